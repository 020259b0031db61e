#!/usr/bin/python3
"""NetworkX reference values for Tafel's path-based algorithms (be.tafel.analysis.algo).

Builds a few small graphs deterministically and writes, for each, its edge list and the
values NetworkX computes for betweenness, closeness, harmonic centrality, PageRank,
eigenvector centrality, articulation points, bridges, components and the view summary to
src/test/resources/reference/paths-<name>.json. The Java tests read those files.

Run from the repository root with the Debian NetworkX (2.8; the definitions used here are
the same as in NetworkX 3):

    /usr/bin/python3 scripts/reference/paths.py

Conventions shared with the Java side:
- vertices are the ints 0..n-1, inserted in that order;
- "weight" is a similarity; weighted path lengths use distance = 1 / weight, given to
  NetworkX as the edge attribute "dist";
- PageRank is iterated to tol=1e-12 (NetworkX's default stops at 1e-6, too loose to
  compare to 1e-6);
- a value NetworkX refuses to compute (an exception) is written as null;
- the "largest" component is the biggest, ties going to the one with the smallest vertex;
  for directed graphs, diameter and average shortest path are taken on the largest
  strongly connected component.
"""

import json
import math
import os
import random
import sys

import networkx as nx

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "src", "test", "resources", "reference"))


def graph(n, edges, directed=False):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        g.add_edge(u, v, weight=w, dist=1 / w)
    return g


def karate(weighted):
    k = nx.karate_club_graph()
    edges = [(u, v, d["weight"] if weighted else 1) for u, v, d in k.edges(data=True)]
    return graph(k.number_of_nodes(), edges)


def referrals():
    """60 partners; a few hubs send and receive most referrals; some only receive."""
    rnd = random.Random(20240601)
    n = 60
    hubs = [0, 1, 2]
    receivers_only = set(range(50, 58))  # dangling: no outgoing referrals
    isolated = {58, 59}                  # no referrals at all
    arcs = {}
    for u in range(n):
        if u in receivers_only or u in isolated:
            continue
        fan_out = 2 + int(rnd.paretovariate(1.5)) if u not in hubs else 12
        for _ in range(min(fan_out, 15)):
            v = rnd.choice(hubs) if rnd.random() < 0.35 else rnd.randrange(56)
            if v == u:
                continue
            w = int(rnd.paretovariate(1.2))
            arcs[(u, v)] = arcs.get((u, v), 0) + min(w, 40)
    for u in sorted(receivers_only):
        senders = 1 if u >= 56 else 2  # 56 and 57 hang on a single arc: bridges
        for v in rnd.sample(range(50), senders):
            arcs[(v, u)] = arcs.get((v, u), 0) + 1 + rnd.randrange(3)
    return graph(n, [(u, v, w) for (u, v), w in sorted(arcs.items())], directed=True)


def disconnected():
    """Components of 12, 6 and 3 vertices, plus 3 isolated vertices; weighted."""
    rnd = random.Random(7)
    edges = set()
    # 12-vertex component: a random tree with a few extra edges (keeps some bridges)
    for v in range(1, 12):
        edges.add((rnd.randrange(v), v))
    while len(edges) < 16:
        u, v = sorted(rnd.sample(range(12), 2))
        edges.add((u, v))
    # 6-vertex component: a 5-cycle with a pendant vertex
    for i in range(5):
        edges.add(tuple(sorted((12 + i, 12 + (i + 1) % 5))))
    edges.add((14, 17))
    # 3-vertex path
    edges.update({(18, 19), (19, 20)})
    # 21, 22, 23 isolated
    return graph(24, [(u, v, 1 + rnd.randrange(5)) for u, v in sorted(edges)])


def path():
    return graph(10, [(i, i + 1, 1) for i in range(9)])


def star():
    return graph(7, [(0, i, 1) for i in range(1, 7)])


def attempt(f):
    try:
        return f()
    except (nx.NetworkXException, ValueError, TypeError, ZeroDivisionError):
        return None


def as_list(g, scores):
    if scores is None:
        return None
    return [float(scores[v]) for v in range(g.number_of_nodes())]


def groups(sets):
    return sorted(sorted(c) for c in sets)


def largest(components):
    return max(components, key=lambda c: (len(c), -min(c)), default=set())


def summary(g):
    n, m = g.number_of_nodes(), g.number_of_edges()
    weak = list(nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g))
    biggest = largest(weak)
    on_paths = largest(list(nx.strongly_connected_components(g))) if g.is_directed() else biggest
    sub = g.subgraph(on_paths)
    if g.is_directed():
        degrees = [g.in_degree(v) + g.out_degree(v) for v in g]
        denominator = 2 * (n - 1) * (n - 2)
    else:
        degrees = [d for _, d in g.degree()]
        denominator = (n - 1) * (n - 2)
    return {
        "nodes": n,
        "edges": m,
        "density": nx.density(g),
        "components": len(weak),
        "largestComponentShare": len(biggest) / n if n else 0.0,
        "pathComponentSize": len(on_paths),
        "diameter": nx.diameter(sub) if len(on_paths) > 1 else None,
        "averageShortestPath": nx.average_shortest_path_length(sub) if len(on_paths) > 1 else None,
        "averageClustering": attempt(lambda: nx.average_clustering(g)) if n else None,
        "transitivity": attempt(lambda: nx.transitivity(g)),
        "degreeCentralization": (sum(max(degrees) - d for d in degrees) / denominator
                                 if n > 2 else 0.0),
        "reciprocity": attempt(lambda: nx.overall_reciprocity(g)) if g.is_directed() else None,
    }


def fragmentation(g):
    """Borgatti's F over weak components, and DF from hop distances (directed ones on a digraph)."""
    n = g.number_of_nodes()
    if n < 2:
        return {"fragmentation": 0.0, "distanceWeighted": 0.0}
    weak = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
    pairs = n * (n - 1)
    return {
        "fragmentation": 1 - sum(len(c) * (len(c) - 1) for c in weak) / pairs,
        "distanceWeighted": 1 - sum(nx.harmonic_centrality(g).values()) / pairs,
    }


def reference(name, g):
    u = g.to_undirected()
    weak = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
    return {
        "name": name,
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": [[u_, v_, d["weight"]] for u_, v_, d in sorted(g.edges(data=True))],
        "betweenness": as_list(g, nx.betweenness_centrality(g, normalized=True)),
        "betweennessWeighted": as_list(g, nx.betweenness_centrality(g, normalized=True, weight="dist")),
        "closeness": as_list(g, nx.closeness_centrality(g, wf_improved=True)),
        "closenessWeighted": as_list(g, nx.closeness_centrality(g, distance="dist", wf_improved=True)),
        "harmonic": as_list(g, nx.harmonic_centrality(g)),
        "harmonicWeighted": as_list(g, nx.harmonic_centrality(g, distance="dist")),
        "pagerank": as_list(g, nx.pagerank(g, weight=None, tol=1e-12, max_iter=10000)),
        "pagerankWeighted": as_list(g, nx.pagerank(g, weight="weight", tol=1e-12, max_iter=10000)),
        "eigenvector": as_list(g, attempt(lambda: nx.eigenvector_centrality_numpy(g))),
        "eigenvectorWeighted": as_list(g, attempt(lambda: nx.eigenvector_centrality_numpy(g, weight="weight"))),
        "articulationPoints": sorted(nx.articulation_points(u)),
        "bridges": sorted(sorted(e) for e in nx.bridges(u)),
        "components": groups(weak),
        "strongComponents": groups(nx.strongly_connected_components(g) if g.is_directed()
                                   else nx.connected_components(g)),
        "summary": summary(g),
        "fragmentation": fragmentation(g),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    graphs = {
        "karate": karate(weighted=False),
        "karate-weighted": karate(weighted=True),
        "referrals": referrals(),
        "disconnected": disconnected(),
        "path": path(),
        "star": star(),
        "empty": graph(0, []),
        "single": graph(1, []),
    }
    for name, g in graphs.items():
        data = reference(name, g)
        target = os.path.join(OUT, "paths-" + name + ".json")
        with open(target, "w") as f:
            json.dump(data, f, indent=1, allow_nan=False)
            f.write("\n")
        print(target, g.number_of_nodes(), g.number_of_edges(), file=sys.stderr)


if __name__ == "__main__":
    main()
