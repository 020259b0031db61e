#!/usr/bin/python3
"""NetworkX reference values for the analyses Tafel takes from JGraphT's catalogue: k-core
(core_number), Katz centrality, edge betweenness and vertex connectivity.

Uses the graphs of paths.py (karate, referrals, disconnected, path, star) and two G(n, p) graphs, and writes, for each, its
edge list and NetworkX's values to src/test/resources/reference/analyses-<name>.json. Run from the
repository root with the Debian NetworkX:

    /usr/bin/python3 scripts/reference/analyses.py

Conventions (as paths.py):
- vertices are the ints 0..n-1; "edges" lists [u, v, weight];
- core_number on a directed graph uses in + out degree (NetworkX's definition);
- katz_centrality with NetworkX's defaults alpha=0.1, beta=1.0, normalized=True, weight=None, iterated
  to tol=1e-12 instead of 1e-6 so the values are the series' limit to ~1e-10; null when NetworkX
  raises (the series diverges for that alpha);
- edge_betweenness_centrality normalized=True, weight=None, written as [u, v, score] with u < v for
  undirected graphs;
- node_connectivity of the graph, and of every pair listed in "pairs" (written as [s, t, k]); null
  when NetworkX raises.
"""

import json
import os
import random
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paths  # noqa: E402  the reference graphs


def attempt(f):
    try:
        return f()
    except (nx.NetworkXException, ZeroDivisionError, ValueError):
        return None


def pairs(g, count, seed):
    rnd = random.Random(seed)
    nodes = list(g.nodes())
    chosen = []
    while len(nodes) >= 2 and len(chosen) < count:
        s, t = rnd.sample(nodes, 2)
        chosen.append((s, t))
    return chosen


def dense(n, p, seed, directed):
    """A G(n, p) random graph without articulation points, so the global connectivity runs its flows."""
    g = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
    return paths.graph(n, [(u, v, 1) for u, v in sorted(g.edges())], directed=directed)


def reference(name, g):
    n = g.number_of_nodes()
    katz = attempt(lambda: nx.katz_centrality(g, alpha=0.1, beta=1.0, tol=1e-12, max_iter=10000))
    edges = nx.edge_betweenness_centrality(g, normalized=True)
    edge_scores = []
    for (u, v), score in sorted(edges.items()):
        if not g.is_directed() and u > v:
            u, v = v, u
        edge_scores.append([u, v, score])
    edge_scores.sort()
    return {
        "name": name,
        "directed": g.is_directed(),
        "nodes": n,
        "edges": [[u, v, d["weight"]] for u, v, d in sorted(g.edges(data=True))],
        "coreNumber": [nx.core_number(g)[v] for v in range(n)] if n else [],
        "katz": None if katz is None else [katz[v] for v in range(n)],
        "edgeBetweenness": edge_scores,
        "nodeConnectivity": attempt(lambda: nx.node_connectivity(g)) if n else None,
        "pairs": [[s, t, attempt(lambda: nx.node_connectivity(g, s, t))] for s, t in pairs(g, 40, 17)],
    }


def main():
    out = paths.OUT
    os.makedirs(out, exist_ok=True)
    graphs = {
        "karate": paths.karate(weighted=False),
        "referrals": paths.referrals(),
        "disconnected": paths.disconnected(),
        "path": paths.path(),
        "star": paths.star(),
        "dense": dense(30, 0.3, 5, directed=False),
        "dense-directed": dense(20, 0.3, 11, directed=True),
    }
    for name, g in graphs.items():
        target = os.path.join(out, "analyses-" + name + ".json")
        with open(target, "w") as f:
            json.dump(reference(name, g), f, indent=1, allow_nan=False)
            f.write("\n")
        print(target, g.number_of_nodes(), g.number_of_edges(), file=sys.stderr)


if __name__ == "__main__":
    main()
