#!/usr/bin/python3
"""NetworkX's values for the scores of a table's scorecard (Debian python3-networkx).

Reads a JSON document from the file named by the first argument:
  {"members": [ids], "partners": [ids], "collaboration": [[a, b], ...], "referral": [[a, b], ...]}
and prints, for the members' network (the subgraphs on "members") and the whole network (all "partners"),
nx.density and the components of the undirected collaboration graph, Freeman's degree centralisation
computed from nx.degree (sum of max degree - degree over (n-1)(n-2)), and nx.reciprocity of the directed
referral graph (null without arcs), as JSON.
"""

import json
import sys

import networkx as nx


def scores(nodes, collaboration, referral):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in collaboration if a in g and b in g and a != b)
    d = nx.DiGraph()
    d.add_nodes_from(nodes)
    d.add_edges_from((a, b) for a, b in referral if a in d and b in d and a != b)
    n = g.number_of_nodes()
    degrees = [deg for _, deg in g.degree()]
    top = max(degrees) if degrees else 0
    centralisation = sum(top - x for x in degrees) / ((n - 1) * (n - 2)) if n >= 3 else 0.0
    return {
        "partners": n,
        "ties": g.number_of_edges(),
        "density": nx.density(g),
        "degreeCentralization": centralisation,
        "components": nx.number_connected_components(g) if n else 0,
        "referralArcs": d.number_of_edges(),
        "reciprocity": nx.reciprocity(d) if d.number_of_edges() else None,
    }


doc = json.load(open(sys.argv[1]))
print(json.dumps({
    "members": scores(doc["members"], doc["collaboration"], doc["referral"]),
    "network": scores(doc["partners"], doc["collaboration"], doc["referral"]),
}))
