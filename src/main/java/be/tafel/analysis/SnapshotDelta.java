package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.journal.Change;
import be.tafel.journal.Change.ElementChange;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a {@link Snapshot} of one view from the graph version it was read at to a later one, from the journal's
 * entries in between, in memory and without reading the store. The previous snapshot is left as it was (snapshots
 * stay immutable): the answer is the same snapshot moved to the new version when no entry can touch the view, a
 * new snapshot when every entry is one this class can apply, or "project again" otherwise.
 *
 * <p>What is applied in memory: ties that start, end or change ({@code collaborations}) on the collaboration and
 * ecosystem views, and seats, support of families and use of services ({@code seats}, {@code supports},
 * {@code uses}) on the ecosystem view. Which sections cannot touch which view follows the view queries in
 * {@code cypher/views/}: e.g. a seat is no part of the referral, collaboration or shared-families view, and a
 * family's row is no part of the collaboration view. A change to a node a view holds (a partner, a person, a
 * service, a family, a table, a referral), an import, an erasure, a survey wave's view, or more element changes
 * than {@link #maxElementChanges} (a third of the view) make the view be projected again from the store.
 *
 * <p>Running time: O(k) to sort the k element changes out, plus, when edges change, O(m) to copy the edge list
 * and O(m log d) to build the CSR graph again (the builder's per-row sort); no query.
 */
public final class SnapshotDelta {
    /** However small the view, this many element changes are applied in memory. */
    public static final int MIN_ELEMENT_CHANGES = 500;

    /**
     * Above this many element changes the store's projection is cheaper than reading the changes from the journal and
     * editing the edge list: a third of the view's vertices and edges, at least {@link #MIN_ELEMENT_CHANGES}. Both
     * ways read rows from the store, one a change, the other a vertex or an edge; a fixed number would make a large
     * view (the region's: 9-19 s a projection) be projected again after a few seconds of edits.
     */
    public static int maxElementChanges(Snapshot view) {
        long third = ((long) view.size() + view.graph().edgeCount()) / 3;
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.max(MIN_ELEMENT_CHANGES, third));
    }

    /** What became of a snapshot. */
    public enum Outcome {
        /** No entry can touch the view: the same data at the new version. */
        CARRIED,
        /** The entries were applied in memory. */
        APPLIED,
        /** The entries hold a change this class does not apply to this view: project it from the store. */
        REPROJECT
    }

    /** The outcome and, unless {@link Outcome#REPROJECT}, the snapshot at the new version. */
    public record Result(Outcome outcome, Snapshot snapshot) {}

    /** A pair's summed strength at or below this is no tie (strengths are whole numbers from 1). */
    private static final double ZERO = 1e-9;

    private static final Set<String> RELATIONSHIP_SECTIONS = Set.of("collaborations", "seats", "supports", "uses");

    private SnapshotDelta() {}

    /**
     * The snapshot at {@code version}, from {@code previous} and the journal's entries after its version up to
     * {@code version}, oldest first. The entries must be every version in between, each once; otherwise the
     * outcome is {@link Outcome#REPROJECT}.
     */
    public static Result apply(Snapshot previous, List<Change> entries, long version) {
        if (!contiguous(previous.version(), entries, version)) {
            return reproject();
        }
        ViewRequest request = previous.request();
        List<ElementChange> relevant = new ArrayList<>();
        int limit = maxElementChanges(previous);
        int elements = 0;
        for (Change entry : entries) {
            if (entry.op().equals("import") || entry.op().equals(be.tafel.journal.Journal.ERASE)) {
                return reproject();
            }
            for (ElementChange change : entry.changes()) {
                if (++elements > limit) {
                    return reproject();
                }
                switch (touches(request, change.section())) {
                    case NO -> {}
                    case IN_MEMORY -> relevant.add(change);
                    case REPROJECT -> {
                        return reproject();
                    }
                }
            }
        }
        if (relevant.isEmpty()) {
            return new Result(Outcome.CARRIED, previous.at(version));
        }
        Snapshot edited = edit(previous, relevant, version);
        return edited == null ? reproject() : new Result(Outcome.APPLIED, edited);
    }

    /**
     * Whether the reach of families read with a view ({@code cypher/views/reach}) still holds after these entries:
     * only ties, seats and tables changed, none of which the reach reads.
     */
    public static boolean keepsReach(List<Change> entries) {
        for (Change entry : entries) {
            for (ElementChange change : entry.changes()) {
                if (!Set.of("collaborations", "seats", "tables").contains(change.section())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Result reproject() {
        return new Result(Outcome.REPROJECT, null);
    }

    private static boolean contiguous(long from, List<Change> entries, long to) {
        long expected = from + 1;
        for (Change entry : entries) {
            if (entry.version() != expected) {
                return false;
            }
            expected++;
        }
        return expected == to + 1;
    }

    private enum Touch {
        NO,
        IN_MEMORY,
        REPROJECT
    }

    /** Whether changes to elements of {@code section} can change the view of {@code request}, and how. */
    private static Touch touches(ViewRequest request, String section) {
        if (request.wave() != null) {
            // a wave's view: its partners as they were when it closed, its ties the survey's
            return switch (section) {
                case "seats", "supports", "uses", "families", "tables", "referrals", "persons" -> Touch.NO;
                default -> Touch.REPROJECT;
            };
        }
        return switch (request.view()) {
            case COLLABORATION ->
                switch (section) {
                    case "collaborations" -> Touch.IN_MEMORY;
                    case "seats", "supports", "uses", "families", "tables", "referrals", "persons" -> Touch.NO;
                    default -> Touch.REPROJECT;
                };
            case REFERRAL ->
                switch (section) {
                    case "collaborations", "seats", "supports", "uses", "tables" -> Touch.NO;
                    default -> Touch.REPROJECT;
                };
            case SHARED_FAMILIES ->
                switch (section) {
                    case "collaborations", "seats", "tables" -> Touch.NO;
                    default -> Touch.REPROJECT;
                };
            // filtered, the ecosystem holds the families its partners reach: a new tie can bring in nodes
            case ECOSYSTEM ->
                RELATIONSHIP_SECTIONS.contains(section) && !filtered(request) ? Touch.IN_MEMORY : Touch.REPROJECT;
        };
    }

    private static boolean filtered(ViewRequest request) {
        return request.domain() != null || request.neighbourhood() != null || request.sector() != null;
    }

    /**
     * The snapshot with every relevant relationship change applied: old spells out, new spells in; null when the
     * snapshot lacks an edge the journal ends (the two disagree, so the store decides).
     */
    private static Snapshot edit(Snapshot previous, List<ElementChange> changes, long version) {
        ViewRequest request = previous.request();
        LocalDate at = request.at();
        boolean summed = request.view() == ViewKind.COLLABORATION;
        List<ViewEdge> edges = new ArrayList<>(previous.edges());
        Map<Long, Integer> pairs = summed ? pairIndex(edges) : Map.of();
        for (ElementChange change : changes) {
            Spell before = Spell.of(change.section(), change.before(), previous, at);
            Spell after = Spell.of(change.section(), change.after(), previous, at);
            if (before != null) {
                if (summed) {
                    addWeight(edges, pairs, before, -before.weight());
                } else if (!removeOne(edges, before)) {
                    return null;
                }
            }
            if (after != null) {
                if (summed) {
                    addWeight(edges, pairs, after, after.weight());
                } else {
                    edges.add(new ViewEdge(after.source(), after.target(), after.kind(), after.weight()));
                }
            }
        }
        List<ViewEdge> kept =
                summed ? edges.stream().filter(e -> e.weight() > ZERO).toList() : edges;
        CsrGraph.Builder graph =
                new CsrGraph.Builder(previous.size(), request.view().directed());
        for (ViewEdge e : kept) {
            graph.addEdge(e.source(), e.target(), e.weight());
        }
        return new Snapshot(previous, graph.build(), kept, version);
    }

    /**
     * One relationship row as an edge of the view, or null when it is no edge of it: absent, not valid on the
     * view's date, or with an end the view does not hold (filtered out, or not in the network that day).
     */
    private record Spell(int source, int target, EdgeKind kind, double weight) {
        static Spell of(String section, JsonNode row, Snapshot snapshot, LocalDate at) {
            if (row == null || row.isNull() || !validOn(row, at)) {
                return null;
            }
            String from;
            String to;
            EdgeKind kind;
            double weight = 1.0;
            switch (section) {
                case "collaborations" -> {
                    from = row.path("a").asText();
                    to = row.path("b").asText();
                    kind = EdgeKind.COLLABORATES;
                    if (snapshot.request().view() == ViewKind.COLLABORATION) {
                        JsonNode strength = row.get("strength");
                        weight = strength == null || strength.isNull() ? 1.0 : strength.asDouble();
                    }
                }
                case "seats" -> {
                    from = row.path("member").asText();
                    to = row.path("table").asText();
                    kind = EdgeKind.SITS_AT;
                }
                case "supports" -> {
                    from = row.path("person").asText();
                    to = row.path("family").asText();
                    kind = EdgeKind.SUPPORTS;
                }
                case "uses" -> {
                    from = row.path("family").asText();
                    to = row.path("service").asText();
                    kind = EdgeKind.USES;
                }
                default -> throw new IllegalArgumentException("not a relationship section: " + section);
            }
            var s = snapshot.indexOf(from);
            var t = snapshot.indexOf(to);
            if (s.isEmpty() || t.isEmpty() || s.getAsInt() == t.getAsInt() || !(weight > 0)) {
                return null;
            }
            return new Spell(s.getAsInt(), t.getAsInt(), kind, weight);
        }

        private static boolean validOn(JsonNode row, LocalDate at) {
            return before(row.get("since"), at, true) && before(row.get("until"), at, false);
        }

        /** since <= at (or open), respectively until >= at (or open). */
        private static boolean before(JsonNode date, LocalDate at, boolean since) {
            if (date == null || date.isNull()) {
                return true;
            }
            LocalDate day = LocalDate.parse(date.asText());
            return since ? !day.isAfter(at) : !day.isBefore(at);
        }
    }

    private static long pair(int s, int t) {
        return ((long) s << 32) | (t & 0xffffffffL);
    }

    private static Map<Long, Integer> pairIndex(List<ViewEdge> edges) {
        Map<Long, Integer> index = new HashMap<>(edges.size() * 2);
        for (int i = 0; i < edges.size(); i++) {
            index.put(pair(edges.get(i).source(), edges.get(i).target()), i);
        }
        return index;
    }

    /**
     * The collaboration view sums the strengths of a pair's valid spells into one edge (stored from the lower id to
     * the higher): a spell's strength is added or taken away, and an edge left at zero is dropped at the end.
     */
    private static void addWeight(List<ViewEdge> edges, Map<Long, Integer> pairs, Spell spell, double delta) {
        Integer i = pairs.get(pair(spell.source(), spell.target()));
        if (i == null) {
            pairs.put(pair(spell.source(), spell.target()), edges.size());
            edges.add(new ViewEdge(spell.source(), spell.target(), spell.kind(), delta));
        } else {
            ViewEdge e = edges.get(i);
            edges.set(i, new ViewEdge(e.source(), e.target(), e.kind(), e.weight() + delta));
        }
    }

    /**
     * Takes away one edge of the spell's kind between its ends (the ecosystem view keeps one per relationship, and
     * is undirected); false when there is none.
     */
    private static boolean removeOne(List<ViewEdge> edges, Spell spell) {
        for (int i = edges.size() - 1; i >= 0; i--) {
            ViewEdge e = edges.get(i);
            if (e.kind() == spell.kind()
                    && ((e.source() == spell.source() && e.target() == spell.target())
                            || (e.source() == spell.target() && e.target() == spell.source()))) {
                edges.remove(i);
                return true;
            }
        }
        return false;
    }
}
