#!/usr/bin/python3
"""NetworkX reference values for a view filtered to one sector: the karate club's partners of the sector
"Mr. Hi" (their club) and the collaborations among them, i.e. the subgraph induced by the sector.

Reads src/test/resources/reference/karate-club.json and writes
src/test/resources/reference/karate-club-sector.json. Run from the repository root with the Debian NetworkX:

    /usr/bin/python3 scripts/reference/sector.py

Scores are unweighted with NetworkX's defaults: betweenness_centrality (normalized), closeness_centrality
(Wasserman-Faust), pagerank (alpha 0.85), and the subgraph's density.
"""

import json

import networkx as nx

SECTOR = "Mr. Hi"

with open("src/test/resources/reference/karate-club.json") as f:
    club = json.load(f)

g = nx.Graph()
members = [p["id"] for p in club["partners"] if p["club"] == SECTOR]
g.add_nodes_from(members)
g.add_edges_from((c["a"], c["b"]) for c in club["collaborations"] if c["a"] in g and c["b"] in g)

out = {
    "source": "NetworkX " + nx.__version__ + " on the karate club's sector '" + SECTOR + "' (scripts/reference/sector.py)",
    "sector": SECTOR,
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "density": nx.density(g),
    "betweenness": nx.betweenness_centrality(g),
    "closeness": nx.closeness_centrality(g),
    "pagerank": nx.pagerank(g, alpha=0.85, weight=None),
}
with open("src/test/resources/reference/karate-club-sector.json", "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
