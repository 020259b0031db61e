#!/usr/bin/python3
"""NetworkX reference values for Tafel's local-structure algorithms (be.tafel.analysis.algo).

Builds a few small graphs deterministically and writes, for each, its edge list and the
values NetworkX computes for local clustering, average clustering, transitivity, Burt's
constraint and effective size, the five link-prediction scores of every non-adjacent pair,
and the modularity of a few fixed partitions, to
src/test/resources/reference/structure-<name>.json. The Java tests read those files.

Run from anywhere with the Debian NetworkX (2.8; the definitions used here are the same as
in NetworkX 3):

    /usr/bin/python3 scripts/reference/structure.py

Conventions shared with the Java side:
- vertices are the ints 0..n-1, inserted in that order; "weight" is a similarity;
- a NaN (constraint of a vertex without successors) and a value NetworkX refuses to compute
  (an exception, e.g. the average clustering of the empty graph) are both written as null,
  which the tests read as NaN;
- link prediction runs on the undirected version of a directed graph (NetworkX refuses
  directed graphs); pairs are written as [u, v] with u < v, sorted;
- partitions are written as one community label per vertex.
"""

import json
import math
import os
import random
import sys

import networkx as nx
from networkx.algorithms import community as nxc

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                    "src", "test", "resources", "reference"))


def graph(n, edges, directed=False):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        g.add_edge(u, v, weight=w)
    return g


def karate(weighted):
    k = nx.karate_club_graph()
    edges = [(u, v, d["weight"] if weighted else 1) for u, v, d in k.edges(data=True)]
    return graph(k.number_of_nodes(), edges)


def referrals():
    """60 partners in 6 sectors; hubs send and receive most referrals, many arcs are
    reciprocated, a few partners only receive (no successors) and two have no referrals."""
    rnd = random.Random(20250301)
    n = 60
    hubs = [0, 1, 2, 3]
    receivers_only = set(range(52, 58))
    isolated = {58, 59}
    arcs = {}

    def add(u, v, w):
        if u != v:
            arcs[(u, v)] = arcs.get((u, v), 0) + w

    for u in range(n):
        if u in receivers_only or u in isolated:
            continue
        fan_out = 10 if u in hubs else 1 + min(int(rnd.paretovariate(1.3)), 6)
        for _ in range(fan_out):
            if rnd.random() < 0.4:
                v = rnd.choice(hubs)
            else:
                v = (u // 10) * 10 + rnd.randrange(10) if rnd.random() < 0.6 else rnd.randrange(52)
                v = v if v < 52 else rnd.randrange(52)
            w = min(int(rnd.paretovariate(1.2)), 30)
            add(u, v, w)
            if rnd.random() < 0.3:
                add(v, u, 1 + rnd.randrange(4))
    for u in sorted(receivers_only):
        for v in rnd.sample(range(52), 1 + rnd.randrange(3)):
            add(v, u, 1 + rnd.randrange(3))
    return graph(n, [(u, v, w) for (u, v), w in sorted(arcs.items())], directed=True)


def disconnected():
    """Components of 10, 5 (a clique) and 4 (a cycle) vertices, a pair, 3 isolated
    vertices; weighted."""
    rnd = random.Random(11)
    edges = set()
    for v in range(1, 10):
        edges.add((rnd.randrange(v), v))
    while len(edges) < 17:
        u, v = sorted(rnd.sample(range(10), 2))
        edges.add((u, v))
    edges.update((u, v) for u in range(10, 15) for v in range(u + 1, 15))
    edges.update({(15, 16), (16, 17), (17, 18), (15, 18)})
    edges.add((19, 20))
    # 21, 22, 23 isolated
    return graph(24, [(u, v, 1 + rnd.randrange(5)) for u, v in sorted(edges)])


def star():
    return graph(7, [(0, i, 1 + i % 3) for i in range(1, 7)])


def attempt(f):
    try:
        return f()
    except (nx.NetworkXException, ValueError, TypeError, ZeroDivisionError):
        return None


def finite(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def as_list(g, scores):
    if scores is None:
        return None
    return [finite(scores[v]) for v in range(g.number_of_nodes())]


def labels(g, communities):
    label = [None] * g.number_of_nodes()
    for c, members in enumerate(sorted(sorted(s) for s in communities)):
        for v in members:
            label[v] = c
    return label


def partitions(name, g):
    n = g.number_of_nodes()
    found = {
        "singletons": [{v} for v in range(n)],
        "whole": [set(range(n))] if n else [],
        "modulo3": [set(range(r, n, 3)) for r in range(3) if r < n],
    }
    if name.startswith("karate"):
        club = nx.karate_club_graph().nodes(data="club")
        found["club"] = [{v for v, c in club if c == "Mr. Hi"}, {v for v, c in club if c != "Mr. Hi"}]
    if n and g.number_of_edges():
        found["greedy"] = nxc.greedy_modularity_communities(g.to_undirected(), weight=None)
        found["greedyWeighted"] = nxc.greedy_modularity_communities(g.to_undirected(), weight="weight")
    result = []
    for key, communities in found.items():
        result.append({
            "name": key,
            "labels": labels(g, communities),
            "modularity": finite(attempt(lambda: nxc.modularity(g, communities, weight=None))),
            "modularityWeighted": finite(attempt(lambda: nxc.modularity(g, communities, weight="weight"))),
        })
    return result


def link_prediction(g):
    u = g.to_undirected()
    pairs = sorted(tuple(sorted(p)) for p in nx.non_edges(u))
    methods = {
        "commonNeighbours": lambda ebunch: ((a, b, len(list(nx.common_neighbors(u, a, b)))) for a, b in ebunch),
        "jaccard": lambda ebunch: nx.jaccard_coefficient(u, ebunch),
        "adamicAdar": lambda ebunch: nx.adamic_adar_index(u, ebunch),
        "resourceAllocation": lambda ebunch: nx.resource_allocation_index(u, ebunch),
        "preferentialAttachment": lambda ebunch: nx.preferential_attachment(u, ebunch),
    }
    scores = {key: [float(s) for _, _, s in f(pairs)] for key, f in methods.items()}
    common = [sorted(nx.common_neighbors(u, a, b)) for a, b in pairs]
    return {"pairs": [list(p) for p in pairs], "commonNeighbours": common, "scores": scores}


def louvain(g):
    """Modularity NetworkX's own Louvain reaches, for comparison only (not asserted exactly)."""
    if g.number_of_edges() == 0:
        return None
    u = g.to_undirected()
    return [nxc.modularity(u, nxc.louvain_communities(u, seed=s, weight=None), weight=None) for s in range(5)]


def reference(name, g):
    n = g.number_of_nodes()
    return {
        "name": name,
        "directed": g.is_directed(),
        "nodes": n,
        "edges": [[a, b, d["weight"]] for a, b, d in sorted(g.edges(data=True))],
        "clustering": as_list(g, nx.clustering(g)),
        "averageClustering": finite(attempt(lambda: nx.average_clustering(g))),
        "transitivity": finite(attempt(lambda: nx.transitivity(g))),
        "constraint": as_list(g, nx.constraint(g)),
        "constraintWeighted": as_list(g, nx.constraint(g, weight="weight")),
        "effectiveSize": as_list(g, nx.effective_size(g)),
        "effectiveSizeWeighted": as_list(g, nx.effective_size(g, weight="weight")),
        "linkPrediction": link_prediction(g),
        "partitions": partitions(name, g),
        "louvainModularity": louvain(g),
    }


def dump(data, f):
    """One key per line, values compact: readable diffs without a line per number."""
    f.write("{\n")
    items = list(data.items())
    for i, (key, value) in enumerate(items):
        f.write(" " + json.dumps(key) + ": " + json.dumps(value, allow_nan=False, separators=(",", ":")))
        f.write(",\n" if i < len(items) - 1 else "\n")
    f.write("}\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    graphs = {
        "karate": karate(weighted=False),
        "karate-weighted": karate(weighted=True),
        "referrals": referrals(),
        "disconnected": disconnected(),
        "star": star(),
        "empty": graph(0, []),
        "single": graph(1, []),
    }
    for name, g in graphs.items():
        data = reference(name, g)
        target = os.path.join(OUT, "structure-" + name + ".json")
        with open(target, "w") as f:
            dump(data, f)
        print(target, g.number_of_nodes(), g.number_of_edges(), file=sys.stderr)


if __name__ == "__main__":
    main()
