"""Reads Tafel's GEXF and GraphML exports back with NetworkX and checks every node, edge and typed
attribute against the expected values Tafel wrote beside them.

    python3 check_networkx.py expected.json export.gexf export.graphml

Prints OK and exits 0 when both files match, else prints each difference and exits 1."""
import json
import sys
from collections import Counter

import networkx as nx

TYPES = {"STRING": str, "INT": int, "DOUBLE": float, "BOOLEAN": bool}


def edge_key(u, v, kind, weight, directed):
    ends = (u, v) if directed else tuple(sorted((u, v)))
    return ends + (kind, float(weight))


def check(name, graph, expected, problems):
    types = {c["name"]: TYPES[c["type"]] for c in expected["nodeColumns"]}
    directed = expected["directed"]
    if graph.is_directed() != directed:
        problems.append(f"{name}: directed is {graph.is_directed()}, expected {directed}")
    if set(graph.nodes) != set(expected["nodes"]):
        problems.append(f"{name}: {len(graph.nodes)} nodes, expected {len(expected['nodes'])}")
        return
    for node, attributes in expected["nodes"].items():
        data = graph.nodes[node]
        for key, value in attributes.items():
            if key not in data:
                problems.append(f"{name}: node {node} lacks {key}")
                continue
            got = data[key]
            if type(got) is not types[key]:
                problems.append(f"{name}: node {node} {key} is {type(got).__name__}, expected {types[key].__name__}")
            elif got != value:
                problems.append(f"{name}: node {node} {key} = {got!r}, expected {value!r}")
        extra = set(data) - set(attributes) - {"label", "id"}
        if extra:
            problems.append(f"{name}: node {node} has unexpected {sorted(extra)}")
    edges = Counter()
    for u, v, data in graph.edges(data=True):
        if type(data.get("weight")) is not float:
            problems.append(f"{name}: edge {u}-{v} weight is {type(data.get('weight')).__name__}")
        edges[edge_key(u, v, data.get("kind"), data.get("weight", 1.0), directed)] += 1
    wanted = Counter(edge_key(e["source"], e["target"], e["kind"], e["weight"], directed) for e in expected["edges"])
    if edges != wanted:
        problems.append(f"{name}: edges differ: {sum((edges - wanted).values())} unexpected, "
                        f"{sum((wanted - edges).values())} missing")


def main():
    expected_path, gexf_path, graphml_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    check("gexf", nx.read_gexf(gexf_path), expected, problems)
    graphml = nx.read_graphml(graphml_path)
    check("graphml", graphml, expected, problems)
    for key, value in expected["graph"].items():
        if graphml.graph.get(key) != value:
            problems.append(f"graphml: graph attribute {key} = {graphml.graph.get(key)!r}, expected {value!r}")
    for problem in problems[:50]:
        print(problem)
    if problems:
        sys.exit(1)
    print("OK", len(expected["nodes"]), "nodes", len(expected["edges"]), "edges")


if __name__ == "__main__":
    main()
