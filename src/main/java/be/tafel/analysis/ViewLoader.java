package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.model.NodeLabel;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Projects the stored graph into a {@link Snapshot}: a few streaming queries from {@code cypher/views/},
 * all in one read transaction so the snapshot is one consistent version of the graph.
 */
public final class ViewLoader {
    /**
     * Vertices are numbered by type, then id, whatever order the store returns them in, so ties in
     * rankings break the same way on every run.
     */
    private static final java.util.Comparator<Vertex> STABLE_ORDER =
            java.util.Comparator.comparing(Vertex::type).thenComparing(Vertex::id);

    private final GraphStore store;

    public ViewLoader(GraphStore store) {
        this.store = store;
    }

    public Snapshot load(ViewRequest request) {
        return store.readConsistent((tx, version) -> load(tx, request, version)).value();
    }

    /** The view read in {@code tx}, a transaction that reads {@code version} of the graph. */
    Snapshot load(SimpleQueryRunner tx, ViewRequest request, long version) {
        Builder builder = switch (request.view()) {
            case COLLABORATION ->
                request.wave() != null ? waveView(tx, request) : partnerView(tx, request, "views/collaborations");
            case REFERRAL -> partnerView(tx, request, "views/referrals");
            case SHARED_FAMILIES -> sharedFamilies(tx, request);
            case ECOSYSTEM -> ecosystem(tx, request);
        };
        return builder.build(version);
    }

    private Builder partnerView(SimpleQueryRunner tx, ViewRequest request, String edgesQuery) {
        boolean filterNodes = request.view() == ViewKind.COLLABORATION;
        List<Vertex> vertices = partners(tx, request, filterNodes);
        Builder builder = new Builder(request, vertices);
        tx.run(CypherFiles.load(edgesQuery), parameters(request))
                .forEachRemaining(r -> builder.edge(
                        r.get("source").asString(),
                        r.get("target").asString(),
                        kindOf(request.view()),
                        r.get("weight").asDouble()));
        return builder;
    }

    /**
     * A survey wave's ties ({@code cypher/survey/wave-collaborations}) between the partners it invited:
     * one undirected edge per pair that either side named, weight = how many sides named it (1 or 2).
     */
    private Builder waveView(SimpleQueryRunner tx, ViewRequest request) {
        Map<String, Object> params = Map.of("wave", request.wave(), "id", request.wave());
        java.util.Set<String> invited = new HashSet<>();
        java.time.LocalDate[] closedOn = new java.time.LocalDate[1];
        tx.run(CypherFiles.load("survey/wave-partners"), params).forEachRemaining(r -> {
            invited.addAll(r.get("partners").asList(Value::asString));
            closedOn[0] = r.get("closedOn").isNull() ? null : r.get("closedOn").asLocalDate();
        });
        if (invited.isEmpty()) {
            throw new UnknownWaveException(request.wave());
        }
        // the partners as the network had them when the wave closed, so later departures keep their ties
        ViewRequest partnersAt = closedOn[0] == null
                ? request
                : new ViewRequest(
                        ViewKind.COLLABORATION,
                        closedOn[0],
                        request.domain(),
                        request.neighbourhood(),
                        null,
                        null,
                        request.sector());
        List<Vertex> vertices = new ArrayList<>(partners(tx, partnersAt, true).stream()
                .filter(v -> invited.contains(v.id()))
                .toList());
        Builder builder = new Builder(request, vertices);
        Map<String, Integer> sides = new java.util.TreeMap<>();
        tx.run(CypherFiles.load("survey/wave-collaborations"), params).forEachRemaining(r -> {
            String a = r.get("source").asString();
            String b = r.get("target").asString();
            sides.merge(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a, 1, Integer::sum);
        });
        sides.forEach((pair, count) -> {
            String[] ab = pair.split("\u0000");
            builder.edge(ab[0], ab[1], EdgeKind.COLLABORATES, count);
        });
        return builder;
    }

    /** Partners joined by the number of families both reach ({@link SharedFamilyCounts}). */
    private Builder sharedFamilies(SimpleQueryRunner tx, ViewRequest request) {
        Builder builder = new Builder(request, partners(tx, request, false));
        int[][] familiesOf = new int[builder.vertices.size()][];
        Map<String, Integer> familyNumbers = new HashMap<>();
        tx.run(CypherFiles.load("views/reach"), parameters(request)).forEachRemaining(r -> {
            List<Object> families = r.get("families").asList();
            int[] numbers = new int[families.size()];
            for (int k = 0; k < numbers.length; k++) {
                numbers[k] = familyNumbers.computeIfAbsent((String) families.get(k), f -> familyNumbers.size());
            }
            Integer partner = builder.index.get(r.get("partner").asString());
            if (partner != null) { // a partner of another sector than the view's
                familiesOf[partner] = numbers;
            }
        });
        SharedFamilyCounts.forEachPair(
                familiesOf,
                familyNumbers.size(),
                (p, q, shared) -> builder.edge(p, q, EdgeKind.SHARES_FAMILIES, shared));
        return builder;
    }

    private Builder ecosystem(SimpleQueryRunner tx, ViewRequest request) {
        List<Vertex> all = new ArrayList<>();
        tx.run(CypherFiles.load("views/ecosystem-nodes"), parameters(request)).forEachRemaining(r -> {
            for (Object node : r.get("nodes").asList()) {
                all.add(vertex((List<?>) node));
            }
        });
        List<List<?>> groups = new ArrayList<>();
        tx.run(CypherFiles.load("views/ecosystem-edges"), parameters(request)).forEachRemaining(r -> {
            for (Object row : r.get("groups").asList()) {
                groups.add((List<?>) row);
            }
        });
        Set<String> ofSector = request.sector() == null ? null : hangingOnSector(all, groups, request.sector());
        List<Vertex> kept = all.stream()
                .filter(v -> keeps(v, request) && (ofSector == null || ofSector.contains(v.id())))
                .sorted(STABLE_ORDER)
                .toList();
        Builder builder = new Builder(request, kept);
        for (List<?> group : groups) {
            Integer source = builder.index.get((String) group.get(0));
            if (source == null) {
                continue;
            }
            String type = (String) group.get(1);
            boolean reversed = type.equals("REFERRED_BY"); // the others are senders to this receiver
            EdgeKind kind = reversed ? EdgeKind.REFERRAL : edgeKind(type);
            for (Object other : (List<?>) group.get(2)) {
                Integer o = builder.index.get((String) other);
                if (o != null && o.intValue() != source.intValue()) {
                    builder.edge(reversed ? o : source, reversed ? source : o, kind, 1.0);
                }
            }
        }
        return builder;
    }

    /**
     * The ecosystem of one sector: its partners, their staff (works for) and services (offers), the tables
     * these partners and staff sit at, and the families their services, staff and referrals reach.
     */
    private static Set<String> hangingOnSector(List<Vertex> all, List<List<?>> groups, String sector) {
        Set<String> kept = new HashSet<>();
        all.stream()
                .filter(v -> v.type() == NodeLabel.PARTNER && sector.equals(v.sector()))
                .forEach(v -> kept.add(v.id()));
        Set<String> partners = Set.copyOf(kept);
        for (List<?> g : groups) { // staff and services of the sector's partners
            String type = (String) g.get(1);
            List<?> others = (List<?>) g.get(2);
            if (type.equals("WORKS_FOR") && others.stream().anyMatch(partners::contains)) {
                kept.add((String) g.get(0));
            } else if (type.equals("OFFERS") && partners.contains((String) g.get(0))) {
                others.forEach(o -> kept.add((String) o));
            }
        }
        Set<String> familiesAndTables = new HashSet<>();
        all.forEach(v -> {
            if (v.type() == NodeLabel.FAMILY || v.type() == NodeLabel.TABLE) {
                familiesAndTables.add(v.id());
            }
        });
        Set<String> reached = new HashSet<>();
        for (List<?> g : groups) { // families and tables they are tied to
            String source = (String) g.get(0);
            List<?> others = (List<?>) g.get(2);
            if (g.get(1).equals("REFERRED_BY")) {
                continue; // senders to a receiver: partners and staff, not what hangs on them
            }
            if (kept.contains(source)) {
                others.stream()
                        .map(o -> (String) o)
                        .filter(familiesAndTables::contains)
                        .forEach(reached::add);
            } else if (familiesAndTables.contains(source) && others.stream().anyMatch(kept::contains)) {
                reached.add(source); // a family using a service of the sector
            }
        }
        kept.addAll(reached);
        return kept;
    }

    /** The map's kind of a relationship type, e.g. {@code SITS_AT} -> {@link EdgeKind#SITS_AT}. */
    private static EdgeKind edgeKind(String type) {
        return EdgeKind.ofRelationshipType(type)
                .orElseThrow(() -> new IllegalStateException("no view draws relationships of type " + type));
    }

    /** Persons and tables have no domain or place of their own; they stay and hang on what they link. */
    private static boolean keeps(Vertex v, ViewRequest request) {
        if (v.type() == NodeLabel.PERSON || v.type() == NodeLabel.TABLE) {
            return true;
        }
        return v.activeIn(request.domain()) && v.presentIn(request.neighbourhood());
    }

    /** The partners in the network on the request's date; {@code filter}: only those in its domain and place. */
    private List<Vertex> partners(SimpleQueryRunner tx, ViewRequest request, boolean filter) {
        List<Vertex> partners = new ArrayList<>();
        tx.run(CypherFiles.load("views/partners"), parameters(request)).forEachRemaining(r -> {
            Vertex v = new Vertex(
                    r.get("id").asString(),
                    NodeLabel.PARTNER,
                    text(r.get("name")),
                    text(r.get("sector")),
                    text(r.get("kind")),
                    null,
                    null,
                    union(r.get("domains"), r.get("serviceDomains")),
                    union(r.get("neighbourhoods"), r.get("serviceNeighbourhoods")));
            boolean inSector = request.sector() == null || request.sector().equals(v.sector());
            if (inSector && (!filter || (v.activeIn(request.domain()) && v.presentIn(request.neighbourhood())))) {
                partners.add(v);
            }
        });
        partners.sort(STABLE_ORDER);
        return partners;
    }

    /** Which families each partner reaches on the request's date, read in {@code tx}. */
    static Reach reach(SimpleQueryRunner tx, ViewRequest request) {
        Map<String, Set<String>> reach = new HashMap<>();
        tx.run(CypherFiles.load("views/reach"), parameters(request))
                .forEachRemaining(r -> reach.put(
                        r.get("partner").asString(),
                        new HashSet<>(r.get("families").asList(Value::asString))));
        return new Reach(reach);
    }

    /** A vertex from {@code [id, type, name, sector, kind, role, neighbourhood, domains, neighbourhoods]}. */
    private static Vertex vertex(List<?> f) {
        return new Vertex(
                (String) f.get(0),
                NodeLabel.valueOf(((String) f.get(1)).toUpperCase(java.util.Locale.ROOT)),
                (String) f.get(2),
                (String) f.get(3),
                (String) f.get(4),
                (String) f.get(5),
                (String) f.get(6),
                union((List<?>) f.get(7), null),
                union((List<?>) f.get(8), null));
    }

    private static Map<String, Object> parameters(ViewRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("at", request.at());
        parameters.put("from", request.referralsFrom());
        parameters.put("domain", request.domain());
        parameters.put("neighbourhood", request.neighbourhood());
        parameters.put("statuses", request.statuses());
        return parameters;
    }

    private static EdgeKind kindOf(ViewKind view) {
        return view == ViewKind.REFERRAL ? EdgeKind.REFERRAL : EdgeKind.COLLABORATES;
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static List<String> union(Value first, Value second) {
        return union(
                first == null || first.isNull() ? null : first.asList(),
                second == null || second.isNull() ? null : second.asList());
    }

    private static List<String> union(List<?> first, List<?> second) {
        Set<String> values = new LinkedHashSet<>();
        for (List<?> list : java.util.Arrays.asList(first, second)) {
            if (list != null) {
                for (Object x : list) {
                    if (x != null) {
                        values.add((String) x);
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    /** Collects edges by vertex id, then builds the CSR graph and the map's edge list together. */
    private static final class Builder {
        private final ViewRequest request;
        private final List<Vertex> vertices;
        private final Map<String, Integer> index = new HashMap<>();
        private final CsrGraph.Builder graph;
        private final List<ViewEdge> edges = new ArrayList<>();

        Builder(ViewRequest request, List<Vertex> vertices) {
            this.request = request;
            this.vertices = vertices;
            for (int i = 0; i < vertices.size(); i++) {
                index.put(vertices.get(i).id(), i);
            }
            this.graph = new CsrGraph.Builder(vertices.size(), request.view().directed());
        }

        void edge(String source, String target, EdgeKind kind, double weight) {
            edgeIfBoth(source, target, kind, weight);
        }

        void edgeIfBoth(String source, String target, EdgeKind kind, double weight) {
            Integer s = index.get(source);
            Integer t = index.get(target);
            if (s != null && t != null && !s.equals(t) && weight > 0) {
                edge(s, t, kind, weight);
            }
        }

        void edge(int s, int t, EdgeKind kind, double weight) {
            graph.addEdge(s, t, weight);
            edges.add(new ViewEdge(s, t, kind, weight));
        }

        /** The index of a vertex that must be there. */
        int index(String id) {
            return index.get(id);
        }

        Snapshot build(long version) {
            return new Snapshot(request, vertices, graph.build(), edges, version);
        }
    }
}
