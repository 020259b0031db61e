package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.LinkPrediction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ties of one vertex of a view to a group of others (e.g. the members of a table), as the table's
 * analysis asks for them: how many, how heavy, and how close by shared neighbours. Vertices are the
 * snapshot's numbers; a vertex that is not in the view is -1 and has no ties.
 */
public final class Ties {
    private final CsrGraph graph;
    private final LinkPrediction links;

    public Ties(Snapshot snapshot) {
        this.graph = snapshot.graph();
        this.links = new LinkPrediction(graph);
    }

    /** The weight of the ties of {@code v} to vertices of {@code group} (out and in), and with how many of them. */
    public record Tally(double weight, int others) {}

    /** On a directed view, arcs both ways count; on an undirected view, each tie is counted from both ends. */
    public Tally with(int v, boolean[] group) {
        double weight = 0;
        Set<Integer> with = new HashSet<>();
        if (v >= 0) {
            for (CsrGraph.Adjacency rows : List.of(graph.out(), graph.in())) {
                for (int i = rows.offsets()[v]; i < rows.offsets()[v + 1]; i++) {
                    if (group[rows.targets()[i]]) {
                        weight += rows.weights()[i];
                        with.add(rows.targets()[i]);
                    }
                }
            }
        }
        return new Tally(weight, with.size());
    }

    /** How many neighbours (targets of out-ties) of {@code v} are in {@code group}. */
    public int neighboursIn(int v, Set<Integer> group) {
        int count = 0;
        if (v >= 0) {
            for (int i = graph.out().offsets()[v]; i < graph.out().offsets()[v + 1]; i++) {
                if (group.contains(graph.out().targets()[i])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The number of out-ties of {@code v}; 0 for -1. */
    public int degree(int v) {
        return v < 0 ? 0 : graph.out().degree(v);
    }

    /** The summed weight of the out-ties of {@code v}; 0 for -1. */
    public double sent(int v) {
        return v < 0 ? 0 : graph.out().strength(v);
    }

    /** The summed weight of the in-ties of {@code v}; 0 for -1. */
    public double received(int v) {
        return v < 0 ? 0 : graph.in().strength(v);
    }

    public boolean adjacent(int u, int v) {
        return graph.hasEdge(u, v);
    }

    /** Whether {@code u} and {@code v} have a neighbour in common. */
    public boolean shareNeighbours(int u, int v) {
        return links.commonNeighbours(u, v).length > 0;
    }

    /** The Adamic–Adar score of the pair ({@link LinkPrediction}). */
    public double adamicAdar(int u, int v) {
        return links.score(LinkPrediction.Method.ADAMIC_ADAR, u, v);
    }
}
