#!/usr/bin/python3
"""Tafel side by side with igraph and NetworkX on the same graphs.

Reads what `bin/tafel run bench --scale S` wrote to target/bench/S/:
<view>.edges.tsv (vertex indices, weight; first line says directed or undirected) and
<view>.scores.json (Tafel's scores and Tafel's warm median kernel times in ms). Runs the same
analyses (unweighted) in igraph and NetworkX, checks that the scores agree with Tafel's to
1e-6 and prints one table: analysis x scale x tool, with Tafel/igraph and Tafel/NetworkX
(below 1 means Tafel is faster).

    /usr/bin/python3 scripts/bench/side_by_side.py [--dir target/bench] [--scales town,city]
        [--runs 3] [--networkx-max-nodes 2000] [--paths-max-nodes N] [--json out.json]

Where Tafel sampled betweenness, closeness and harmonic (a view above its exact-work limit), the
scores file says so under "approximate" with each score's error bound; those scores are compared
within the bound instead of to 1e-6 and the cell says "approx": "approx ok d=0.0031 <= 0.0500"
(the largest difference over all vertices, and the bound Tafel states), or "approx EXCEEDS" when a
difference is larger than the bound (the bound holds with the stated confidence, 0.9 by default).
The b+c+h row then times Tafel's sampled pass against the tools' exact ones. --paths-max-nodes
skips igraph's betweenness, closeness and harmonic on larger views (at region scale they take
hours); the other analyses still run.

Conventions (as Tafel's, see scripts/reference/paths.py): betweenness normalised as NetworkX;
closeness Wasserman-Faust (nx wf_improved=True; igraph's normalised closeness is turned into it
outside the timed call); harmonic not normalised, over incoming distances; PageRank alpha 0.85,
NetworkX's default stopping rule (tol 1e-6) -- igraph's PRPACK solves exactly, so the two differ
by up to about 1e-6; eigenvector as nx.eigenvector_centrality_numpy (unit length); clustering
undirected only for igraph (igraph has no directed clustering); Louvain compared by modularity,
not partition (the three implementations visit vertices in different orders), on the
weighted undirected graph, as Tafel's communities endpoint.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time

import igraph as ig
import networkx as nx

TOL = 1e-6


def load(path):
    with open(path) as f:
        directed = f.readline().strip() == "# directed"
        edges = []
        for line in f:
            u, v, w = line.split("\t")
            edges.append((int(u), int(v), float(w)))
    return directed, edges


def timed(fn, runs):
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def as_list(n, d):
    return [d[i] for i in range(n)]


def diff(tafel, other):
    """Largest absolute difference; NaN/None on both sides counts as equal."""
    if tafel is None or other is None:
        return None
    worst = 0.0
    for a, b in zip(tafel, other):
        a = float("nan") if a is None else a
        b = float("nan") if b is None else b
        if math.isnan(a) and math.isnan(b):
            continue
        if math.isnan(a) or math.isnan(b):
            return float("inf")
        worst = max(worst, abs(a - b))
    return worst


def undirected_weighted(n, edges):
    """Louvain runs, as in Tafel, on the weighted undirected graph (the weights of u->v and v->u added)."""
    w = {}
    for u, v, x in edges:
        key = (min(u, v), max(u, v))
        w[key] = w.get(key, 0.0) + x
    return [(u, v, x) for (u, v), x in sorted(w.items())]


def unit(values):
    norm = math.sqrt(sum(x * x for x in values)) or 1.0
    sign = 1.0 if sum(values) >= 0 else -1.0
    return [sign * x / norm for x in values]


def igraph_side(n, directed, edges, runs, paths=True):
    g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges], directed=directed)
    out = {}
    scale = (1.0 if directed else 2.0) / ((n - 1) * (n - 2)) if n > 2 else 1.0
    mode = "in" if directed else "all"
    if paths:
        ms, b = timed(lambda: g.betweenness(directed=directed), runs)
        out["betweenness"] = (ms, [x * scale for x in b])
        print(f"#   igraph betweenness {ms:.0f} ms", file=sys.stderr, flush=True)
        ms, c = timed(lambda: g.closeness(mode=mode, normalized=True), runs)
        reached = [s - 1 for s in g.neighborhood_size(order=n, mode=mode)]  # untimed: turn into Wasserman-Faust
        out["closeness"] = (ms, [0.0 if (r == 0 or math.isnan(x)) else x * r / (n - 1) for x, r in zip(c, reached)])
        ms, h = timed(lambda: g.harmonic_centrality(mode=mode, normalized=False), runs)
        out["harmonic"] = (ms, h)
    ms, p = timed(lambda: g.pagerank(directed=directed, damping=0.85), runs)
    out["pagerank"] = (ms, p)
    ms, e = timed(lambda: g.eigenvector_centrality(directed=directed, scale=True), runs)
    out["eigenvector"] = (ms, unit(e))
    if not directed:
        ms, cl = timed(lambda: g.transitivity_local_undirected(mode="zero"), runs)
        out["clustering"] = (ms, cl)
    ms, k = timed(lambda: g.constraint(), runs)
    out["constraint"] = (ms, k)
    u = undirected_weighted(n, edges)
    wu = ig.Graph(n=n, edges=[(a, b) for a, b, _ in u], directed=False)
    wu.es["weight"] = [w for _, _, w in u]
    ms, parts = timed(lambda: wu.community_multilevel(weights="weight"), runs)
    out["louvain"] = (ms, wu.modularity(parts.membership, weights="weight"))
    return out


def networkx_side(n, directed, edges, runs):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v) for u, v, _ in edges)
    out = {}
    ms, b = timed(lambda: nx.betweenness_centrality(g, normalized=True), runs)
    out["betweenness"] = (ms, as_list(n, b))
    ms, c = timed(lambda: nx.closeness_centrality(g, wf_improved=True), runs)
    out["closeness"] = (ms, as_list(n, c))
    ms, h = timed(lambda: nx.harmonic_centrality(g), runs)
    out["harmonic"] = (ms, as_list(n, h))
    ms, p = timed(lambda: nx.pagerank(g, alpha=0.85, weight=None), runs)
    out["pagerank"] = (ms, as_list(n, p))
    try:
        ms, e = timed(lambda: nx.eigenvector_centrality_numpy(g), runs)
        out["eigenvector"] = (ms, unit(as_list(n, e)))
    except Exception:  # e.g. no dominant eigenvector
        pass
    ms, cl = timed(lambda: nx.clustering(g), runs)
    out["clustering"] = (ms, as_list(n, cl))
    ms, k = timed(lambda: nx.constraint(g), runs)
    out["constraint"] = (ms, as_list(n, k))
    u = nx.Graph()
    u.add_nodes_from(range(n))
    u.add_weighted_edges_from(undirected_weighted(n, edges))
    ms, parts = timed(lambda: nx.community.louvain_communities(u, weight="weight", seed=42), runs)
    out["louvain"] = (ms, nx.community.modularity(u, parts, weight="weight"))
    return out


ANALYSES = ["betweenness", "closeness", "harmonic", "b+c+h", "pagerank", "eigenvector", "clustering",
            "constraint", "louvain"]
SAMPLED_KERNEL = "sampled betweenness+closeness+harmonic"
TAFEL_KERNEL = {"b+c+h": "betweenness+closeness+harmonic", "pagerank": "pagerank", "eigenvector": "eigenvector",
                "clustering": "clustering", "constraint": "constraint", "louvain": "louvain"}

# The centrality endpoint's whole answer against igraph's time for the same scores (no clustering on directed views:
# igraph has none), warm and right after a one-tie edit (the view's catch-up on the journal included).
WHOLE = ("betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "clustering", "constraint")
WHOLE_ROWS = {"whole centrality answer": "centrality (whole response)",
              "whole centrality answer after a one-tie edit": "after one-tie edit: centrality (whole response)"}


LINK_METHODS = {
    "common-neighbours": lambda g, pairs: ((u, v, sum(1 for _ in nx.common_neighbors(g, u, v))) for u, v in pairs),
    "jaccard": nx.jaccard_coefficient,
    "adamic-adar": nx.adamic_adar_index,
    "resource-allocation": nx.resource_allocation_index,
    "preferential-attachment": nx.preferential_attachment,
}


def networkx_links(n, edges, tafel_links):
    """NetworkX scores every non-adjacent pair of the undirected view with each method, as Tafel's
    missing links do; the best k must have Tafel's scores (to 1e-9) and, where no tie crosses the k-th
    place, Tafel's pairs."""
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v) for u, v, _ in edges if u != v)
    pairs = [(u, v) if u < v else (v, u) for u, v in nx.non_edges(g)]
    result = {}
    for method, score in LINK_METHODS.items():
        if method not in tafel_links:
            continue
        mine = tafel_links[method]
        start = time.perf_counter()
        scored = list(score(g, pairs))
        x_ms = (time.perf_counter() - start) * 1000
        best = sorted(((min(u, v), max(u, v), s) for u, v, s in scored), key=lambda t: (-t[2], t[0], t[1]))[:len(mine)]
        d = max((abs(a[2] - b[2]) for a, b in zip(mine, best)), default=0.0)
        if len(best) != len(mine) or d > 1e-9:
            verdict = f"d={d:.1e}"
        elif [tuple(p[:2]) for p in mine] == [p[:2] for p in best]:
            verdict = "ok"
        else:
            verdict = "scores ok, tied pairs differ"
        result[method] = (x_ms, verdict)
    return result


def fmt_ms(x):
    if x is None:
        return "-"
    return f"{x:.0f}" if x >= 100 else f"{x:.2f}"


def ratio(a, b):
    return "-" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def agree(name, tafel, tool):
    if tool is None:
        return "-"
    if name == "louvain":
        return f"Q {tool:.3f}"
    if name not in tafel or tafel[name] is None:
        return "n/a"
    d = diff(tafel[name], tool)
    bound = (tafel.get("approximate") or {}).get(name)
    if bound is not None:
        b = bound["errorBound"]
        if d is None:
            return "approx n/a"
        return f"approx ok d={d:.2g} <= {b:.2g}" if d <= b else f"approx EXCEEDS d={d:.2g} > {b:.2g}"
    return "ok" if d is not None and d <= TOL else f"d={d:.1e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default="target/bench")
    ap.add_argument("--scales", default="town,city")
    ap.add_argument("--views", default="collaboration,referral,shared-families,ecosystem")
    ap.add_argument("--runs", type=int, default=3, help="igraph repetitions (median); NetworkX runs once")
    ap.add_argument("--networkx-max-nodes", type=int, default=2000,
                    help="skip NetworkX on larger views (its betweenness is O(nm) in Python)")
    ap.add_argument("--paths-max-nodes", type=int, default=10**9,
                    help="skip igraph's betweenness, closeness and harmonic on larger views")
    ap.add_argument("--links-max-nodes", type=int, default=5000,
                    help="skip NetworkX's missing links on larger views (every non-adjacent pair in Python)")
    ap.add_argument("--json", help="also write the rows here")
    args = ap.parse_args()
    rows = []
    for scale in args.scales.split(","):
        for view in args.views.split(","):
            base = os.path.join(args.dir, scale, view)
            if not os.path.exists(base + ".scores.json"):
                continue
            with open(base + ".scores.json") as f:
                tafel = json.load(f)
            directed, edges = load(base + ".edges.tsv")
            n = tafel["vertices"]
            print(f"# {scale} {view}: {n} vertices, {len(edges)} edges, {'directed' if directed else 'undirected'}",
                  file=sys.stderr, flush=True)
            gi = igraph_side(n, directed, edges, args.runs, paths=n <= args.paths_max_nodes)
            sampled = bool(tafel.get("approximate"))
            gx = networkx_side(n, directed, edges, 1) if n <= args.networkx_max_nodes else None
            for name in ANALYSES:
                t_ms = tafel["tafel_ms"].get(TAFEL_KERNEL.get(name, ""))
                if name == "b+c+h":
                    if sampled:
                        t_ms = tafel["tafel_ms"].get(SAMPLED_KERNEL)
                    paths = ("betweenness", "closeness", "harmonic")
                    i_ms = sum(gi[k][0] for k in paths) if all(k in gi for k in paths) else None
                    x_ms = sum(gx[k][0] for k in paths) if gx else None
                    ia, xa = ("Tafel sampled, tools exact", "") if sampled else ("", "")
                    if tafel.get("betweenness") is None:
                        t_ms = None
                else:
                    i_ms = gi[name][0] if name in gi else None
                    x_ms = gx[name][0] if gx and name in gx else None
                    ia = agree(name, tafel, gi[name][1]) if name in gi else (
                        "skipped" if name in ("betweenness", "closeness", "harmonic") else "n/a")
                    xa = agree(name, tafel, gx[name][1]) if gx and name in gx else ("skipped" if gx is None else "n/a")
                    if name == "louvain":
                        ia, xa = f"Q {tafel['modularity']:.3f} vs " + ia, xa
                rows.append({"scale": scale, "view": view, "n": n, "m": len(edges), "analysis": name,
                             "tafel_ms": t_ms if name not in ("betweenness", "closeness", "harmonic") else None,
                             "igraph_ms": i_ms, "networkx_ms": x_ms, "igraph_agrees": ia,
                             "networkx_agrees": xa if gx else "skipped"})
            whole_i = sum(gi[k][0] for k in WHOLE if k in gi) if all(k in gi for k in WHOLE[:3]) else None
            for name, key in WHOLE_ROWS.items():
                if key in tafel["tafel_ms"]:
                    rows.append({"scale": scale, "view": view, "n": n, "m": len(edges), "analysis": name,
                                 "tafel_ms": tafel["tafel_ms"][key], "igraph_ms": whole_i, "networkx_ms": None,
                                 "igraph_agrees": "igraph: the same scores, summed", "networkx_agrees": "skipped"})
            if tafel.get("missing_links") and n <= args.links_max_nodes:
                for method, (x_ms, xa) in networkx_links(n, edges, tafel["missing_links"]).items():
                    rows.append({"scale": scale, "view": view, "n": n, "m": len(edges),
                                 "analysis": "missing links " + method,
                                 "tafel_ms": tafel["tafel_ms"].get("missing-links " + method), "igraph_ms": None,
                                 "networkx_ms": x_ms, "igraph_agrees": "n/a (igraph has none)",
                                 "networkx_agrees": xa})
    head = ["scale", "view (n, m)", "analysis", "Tafel ms", "igraph ms", "NetworkX ms", "Tafel/igraph",
            "Tafel/NetworkX", "agrees: igraph", "agrees: NetworkX"]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for r in rows:
        t = r["tafel_ms"]
        tafel_cell = "fused, see b+c+h" if r["analysis"] in ("betweenness", "closeness", "harmonic") else fmt_ms(t)
        if r["analysis"] == "b+c+h" and r["igraph_agrees"].startswith("Tafel sampled") and t is not None:
            tafel_cell = fmt_ms(t) + " (sampled)"
        print("| " + " | ".join([r["scale"], f"{r['view']} ({r['n']}, {r['m']})", r["analysis"], tafel_cell,
                                 fmt_ms(r["igraph_ms"]),
                                 "skipped" if r["networkx_agrees"] == "skipped" else fmt_ms(r["networkx_ms"]),
                                 ratio(t, r["igraph_ms"]), ratio(t, r["networkx_ms"]),
                                 r["igraph_agrees"], r["networkx_agrees"]]) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
