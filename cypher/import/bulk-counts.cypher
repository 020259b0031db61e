// After a bulk load: the nodes of the network and all relationships, both from Neo4j's count store (no scan).
// The journal's entry and the graph version have no relationships.
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
