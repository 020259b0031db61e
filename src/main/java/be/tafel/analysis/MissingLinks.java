package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.LinkPrediction;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Partner pairs without a tie that look as if they should have one: by a link predictor on the view
 * ({@link LinkPrediction}), or by the families both reach while they do not collaborate on the date.
 */
public final class MissingLinks {
    /** The method that counts shared families instead of scoring the view's own ties. */
    public static final String SHARED_FAMILIES = "shared-families";

    private MissingLinks() {}

    /**
     * A pair with its ends in id order, so it reads the same whichever way the graph numbered it.
     * {@code score}: for {@link #SHARED_FAMILIES} the number of families both partners reach, a {@link FamilyCount}.
     */
    public record Link(NodeRef source, NodeRef target, Number score, List<NodeRef> commonNeighbours) {
        static Link of(NodeRef a, NodeRef b, Number score, List<NodeRef> commonNeighbours) {
            return a.id().compareTo(b.id()) <= 0
                    ? new Link(a, b, score, commonNeighbours)
                    : new Link(b, a, score, commonNeighbours);
        }

        /** The same link naming only {@code neighbours} as common neighbours. */
        public Link withCommonNeighbours(List<NodeRef> neighbours) {
            return new Link(source, target, score, neighbours);
        }
    }

    /**
     * The method called {@code name} (a link predictor's code, e.g. {@code adamic-adar}, or
     * {@link #SHARED_FAMILIES}), checked before any view is read.
     *
     * @throws IllegalArgumentException naming the methods there are
     */
    public static String checkMethod(String name) {
        if (name.equals(SHARED_FAMILIES) || predictor(name).isPresent()) {
            return name;
        }
        throw new IllegalArgumentException("Unknown method '" + name + "'; use " + String.join(", ", methods()) + ".");
    }

    /** Every method's code: the link predictors, then {@link #SHARED_FAMILIES}. */
    public static List<String> methods() {
        List<String> codes = new ArrayList<>(Arrays.stream(LinkPrediction.Method.values())
                .map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList());
        codes.add(SHARED_FAMILIES);
        return codes;
    }

    private static Optional<LinkPrediction.Method> predictor(String name) {
        try {
            return Optional.of(
                    LinkPrediction.Method.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code limit} best-scored non-adjacent pairs of the view, read as undirected, by a link predictor. */
    public static List<Link> predicted(Snapshot snapshot, String method, int limit) {
        LinkPrediction.Method predictor = predictor(checkMethod(method))
                .orElseThrow(() -> new IllegalArgumentException(method + " is no link predictor"));
        return new LinkPrediction(snapshot.graph().undirected())
                .top(predictor, limit).stream()
                        .map(p -> Link.of(
                                snapshot.vertex(p.u()).ref(),
                                snapshot.vertex(p.v()).ref(),
                                p.score(),
                                Arrays.stream(p.commonNeighbours())
                                        .mapToObj(w -> snapshot.vertex(w).ref())
                                        .toList()))
                        .toList();
    }

    /**
     * Partner pairs that reach the same families but have no collaboration on the date, by families shared,
     * most first. Both snapshots must be of one graph version ({@link AnalysisService#oneVersion}).
     */
    public static List<Link> sharedFamiliesWithoutTie(Snapshot collaboration, Snapshot shared, int limit) {
        if (collaboration.version() != shared.version()) {
            throw new IllegalArgumentException("the views are of different graph versions: " + collaboration.version()
                    + " and " + shared.version());
        }
        Set<String> tied = new HashSet<>();
        CsrGraph ties = collaboration.graph();
        for (int u = 0; u < ties.vertexCount(); u++) {
            for (int i = ties.out().offsets()[u]; i < ties.out().offsets()[u + 1]; i++) {
                tied.add(pair(
                        collaboration.vertex(u).id(),
                        collaboration.vertex(ties.out().targets()[i]).id()));
            }
        }
        List<Link> links = new ArrayList<>();
        CsrGraph g = shared.graph();
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int i = g.out().offsets()[u]; i < g.out().offsets()[u + 1]; i++) {
                int v = g.out().targets()[i];
                String a = shared.vertex(u).id();
                String b = shared.vertex(v).id();
                if (u < v && !tied.contains(pair(a, b))) {
                    links.add(Link.of(
                            NodeRef.of(a),
                            NodeRef.of(b),
                            FamilyCount.of((int) Math.round(g.out().weights()[i])),
                            List.of()));
                }
            }
        }
        links.sort(Comparator.comparingDouble((Link l) -> l.score().doubleValue())
                .reversed()
                .thenComparing(l -> l.source().id())
                .thenComparing(l -> l.target().id()));
        return List.copyOf(links.subList(0, Math.min(limit, links.size())));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
