"""Reads Tafel's GEXF and GraphML exports back with NetworkX and checks every node, edge and typed
attribute against the expected values Tafel wrote beside them, and the core numbers, Katz centrality
and edge betweenness in the files against NetworkX's own on the graph read back.

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


def check_cohesion(name, graph, expected, problems):
    """Core numbers, Katz and edge betweenness as NetworkX computes them on the exported graph."""
    simple = nx.DiGraph(graph) if expected["directed"] else nx.Graph(graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    core = nx.core_number(simple)
    for node, attributes in expected["nodes"].items():
        if attributes.get("coreness") != core[node]:
            problems.append(f"{name}: node {node} coreness {attributes.get('coreness')}, NetworkX {core[node]}")
    if simple.number_of_nodes() > 1000:
        return  # NetworkX's pure-Python Katz and edge betweenness take minutes on the ecosystem view
    try:
        katz = nx.katz_centrality(simple, tol=1e-12, max_iter=1000, weight=None)
    except nx.PowerIterationFailedConvergence:
        katz = None
    for node, attributes in expected["nodes"].items():
        if katz is None and "katz" in attributes:
            problems.append(f"{name}: node {node} has katz where NetworkX's series diverges")
        elif katz is not None and abs(attributes.get("katz", float("nan")) - katz[node]) > 1e-6:
            problems.append(f"{name}: node {node} katz {attributes.get('katz')}, NetworkX {katz[node]}")
    if expected["graph"].get("approximate"):
        return
    betweenness = nx.edge_betweenness_centrality(simple, normalized=True)
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        want = betweenness.get((u, v), betweenness.get((v, u)))
        if abs(data.get("betweenness", float("nan")) - want) > 1e-6:
            problems.append(f"{name}: edge {u}-{v} betweenness {data.get('betweenness')}, NetworkX {want}")


def main():
    expected_path, gexf_path, graphml_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    gexf = nx.read_gexf(gexf_path)
    check("gexf", gexf, expected, problems)
    check_cohesion("gexf", gexf, expected, problems)
    graphml = nx.read_graphml(graphml_path)
    check("graphml", graphml, expected, problems)
    check_cohesion("graphml", graphml, expected, problems)
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
