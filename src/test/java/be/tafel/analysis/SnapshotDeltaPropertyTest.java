package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.support.TestServer;
import be.tafel.web.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random edit sequences through the journal, on the real embedded Neo4j: after each edit (or a few at
 * once), every view the {@link AnalysisService} caught up by a delta or carried on equals a fresh projection
 * from the store, and every analysis of it equals a full recomputation to 1e-9.
 */
class SnapshotDeltaPropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Author EDITOR = new Author("property test", "broker", "property-test");
    private static final ObjectMapper JSON = Json.mapper();
    private static final String[] DOMAINS = {"education", "welfare", "health"};
    private static final String[] PLACES = {"Noord", "Zuid"};

    private static GraphStore store;
    private static Journal journal;

    @BeforeAll
    static void start() {
        store = TestServer.get().store();
        journal = new Journal(store, new NetworkWriter(store), JSON);
    }

    /** The views the test follows: every kind, one filtered, one at an earlier date. */
    private static List<ViewRequest> views() {
        return List.of(
                new ViewRequest(ViewKind.COLLABORATION, TODAY, null, null),
                new ViewRequest(ViewKind.COLLABORATION, TODAY, "welfare", null),
                new ViewRequest(ViewKind.ECOSYSTEM, TODAY, null, null),
                new ViewRequest(ViewKind.ECOSYSTEM, TODAY.minusYears(1), null, "Noord"),
                new ViewRequest(ViewKind.REFERRAL, TODAY, null, null),
                new ViewRequest(ViewKind.SHARED_FAMILIES, TODAY, null, null));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void every_view_after_random_edits_equals_a_fresh_projection_and_its_analyses_a_full_recompute(long seed) {
        Random random = new Random(seed);
        TestServer.get().reset();
        Town town = new Town(random);
        journal.write(EDITOR, "edit", null, read(town.base()));
        AnalysisService service = new AnalysisService(store);
        ViewLoader loader = new ViewLoader(store);
        for (ViewRequest view : views()) {
            service.analyse(view); // the bases the deltas start from
        }
        long projectionsAtStart = service.projections();
        for (int step = 0; step < 40; step++) {
            int edits = 1 + random.nextInt(3); // several entries between two reads, sometimes
            for (int e = 0; e < edits; e++) {
                town.edit(random);
            }
            for (ViewRequest view : views()) {
                ViewAnalysis caught = service.analyse(view);
                ViewAnalysis fresh = new ViewAnalysis(loader.load(view), loader);
                String where = "seed " + seed + ", step " + step + ", " + view;
                assertEquals(fresh.version(), caught.version(), where);
                assertSameSnapshot(fresh.snapshot(), caught.snapshot(), where);
                assertSameAnalyses(fresh, caught, where);
            }
        }
        assertTrue(service.deltasApplied() > 20, "deltas applied: " + service.deltasApplied());
        assertTrue(service.viewsCarried() > 20, "views carried: " + service.viewsCarried());
        assertTrue(
                service.projections() - projectionsAtStart > 0,
                "node edits are projected again: " + service.projections());
    }

    private static be.tafel.model.Network read(ObjectNode document) {
        return NetworkReader.rowsOnly().readJson(document);
    }

    static void assertSameSnapshot(Snapshot expected, Snapshot actual, String where) {
        assertEquals(expected.vertices(), actual.vertices(), where + ": vertices");
        assertSameGraph(expected.graph(), actual.graph(), where);
        assertEquals(sorted(expected.edges()), sorted(actual.edges()), where + ": edges");
    }

    private static void assertSameGraph(CsrGraph expected, CsrGraph actual, String where) {
        assertEquals(expected.isDirected(), actual.isDirected(), where);
        for (boolean out : new boolean[] {true, false}) {
            CsrGraph.Adjacency e = out ? expected.out() : expected.in();
            CsrGraph.Adjacency a = out ? actual.out() : actual.in();
            assertArrayEquals(e.offsets(), a.offsets(), where + ": offsets");
            assertArrayEquals(e.targets(), a.targets(), where + ": targets");
            assertArrayEquals(e.weights(), a.weights(), 1e-9, where + ": weights");
        }
    }

    private static List<ViewEdge> sorted(List<ViewEdge> edges) {
        List<ViewEdge> copy = new ArrayList<>(edges.stream()
                .map(e -> e.source() <= e.target() || e.kind() == EdgeKind.REFERRAL
                        ? e
                        : new ViewEdge(e.target(), e.source(), e.kind(), e.weight()))
                .toList());
        copy.sort(Comparator.comparingInt(ViewEdge::source)
                .thenComparingInt(ViewEdge::target)
                .thenComparing(ViewEdge::kind)
                .thenComparingDouble(ViewEdge::weight));
        return copy;
    }

    static void assertSameAnalyses(ViewAnalysis expected, ViewAnalysis actual, String where) {
        for (boolean weighted : new boolean[] {true, false}) {
            Centrality e = expected.centrality(weighted);
            Centrality a = actual.centrality(weighted);
            assertArrayEquals(e.degree(), a.degree(), where);
            assertArrayEquals(e.inDegree(), a.inDegree(), where);
            assertArrayEquals(e.outDegree(), a.outDegree(), where);
            assertArrayEquals(e.strength(), a.strength(), 1e-9, where + ": strength");
            assertArrayEquals(e.betweenness(), a.betweenness(), 1e-9, where + ": betweenness");
            assertArrayEquals(e.closeness(), a.closeness(), 1e-9, where + ": closeness");
            assertArrayEquals(e.harmonic(), a.harmonic(), 1e-9, where + ": harmonic");
            assertArrayEquals(e.pagerank(), a.pagerank(), 1e-9, where + ": pagerank");
            assertArrayEquals(e.eigenvector(), a.eigenvector(), 1e-9, where + ": eigenvector");
            assertArrayEquals(e.clustering(), a.clustering(), 1e-9, where + ": clustering");
            assertArrayEquals(e.constraint(), a.constraint(), 1e-9, where + ": constraint");
            assertArrayEquals(e.effectiveSize(), a.effectiveSize(), 1e-9, where + ": effective size");
        }
        assertEquals(expected.summary(), actual.summary(), where + ": summary");
        assertArrayEquals(
                expected.biconnectivity().getArticulationPoints(),
                actual.biconnectivity().getArticulationPoints(),
                where + ": articulation points");
        assertEquals(
                expected.biconnectivity().getBridges(), actual.biconnectivity().getBridges(), where + ": bridges");
        assertEquals(expected.bridgeFigures(), actual.bridgeFigures(), where + ": bridge figures");
        assertEquals(
                expected.communities().getModularity(), actual.communities().getModularity(), 1e-9, where);
        assertArrayEquals(
                expected.communities().getCommunities(), actual.communities().getCommunities(), where + ": Louvain");
    }

    /** A small seeded network and random edits of it, each one journaled write. */
    private static final class Town {
        private final int partners;
        private final int persons;
        private final int services;
        private final int families;
        private final int tables;
        private int newPartners;
        /** The relationship rows written so far, per section, so edits can end, change or delete them. */
        private final List<ObjectNode> collaborations = new ArrayList<>();

        private final List<ObjectNode> seats = new ArrayList<>();
        private final List<ObjectNode> supports = new ArrayList<>();
        private final List<ObjectNode> uses = new ArrayList<>();
        private final List<String> deletedPartners = new ArrayList<>();

        Town(Random random) {
            this.partners = 18 + random.nextInt(8);
            this.persons = 10;
            this.services = 8;
            this.families = 30;
            this.tables = 3;
        }

        ObjectNode base() {
            Random random = new Random(partners);
            ObjectNode doc = JSON.createObjectNode();
            for (int p = 0; p < partners; p++) {
                doc.withArrayProperty("partners").add(partner("p" + p, random));
            }
            for (int p = 0; p < persons; p++) {
                doc.withArrayProperty("persons")
                        .add(JSON.createObjectNode()
                                .put("id", "pe" + p)
                                .put("name", "Person " + p)
                                .put("role", p % 3 == 0 ? "bridge-figure" : "staff")
                                .put("worksFor", "p" + (p % partners)));
            }
            for (int s = 0; s < services; s++) {
                doc.withArrayProperty("services")
                        .add(JSON.createObjectNode()
                                .put("id", "s" + s)
                                .put("name", "Service " + s)
                                .put("provider", "p" + (s * 2 % partners))
                                .put("domain", DOMAINS[s % DOMAINS.length])
                                .put("neighbourhood", PLACES[s % 2]));
            }
            for (int f = 0; f < families; f++) {
                ObjectNode family = JSON.createObjectNode().put("id", "f" + f).put("neighbourhood", PLACES[f % 2]);
                family.putArray("needs").add(DOMAINS[f % DOMAINS.length]);
                doc.withArrayProperty("families").add(family);
            }
            for (int t = 0; t < tables; t++) {
                doc.withArrayProperty("tables")
                        .add(JSON.createObjectNode()
                                .put("id", "t" + t)
                                .put("name", "Table " + t)
                                .put("kind", "steering"));
            }
            for (int k = 0; k < 40; k++) {
                collaborations.add(collaboration(random));
            }
            for (int k = 0; k < 12; k++) {
                seats.add(seat(random));
                supports.add(support(random));
                uses.add(use(random));
            }
            doc.set("collaborations", array(collaborations));
            doc.set("seats", array(seats));
            doc.set("supports", array(supports));
            doc.set("uses", array(uses));
            ArrayNode referrals = doc.putArray("referrals");
            for (int r = 0; r < 25; r++) {
                referrals.add(JSON.createObjectNode()
                        .put("id", "r" + r)
                        .put("from", "p" + random.nextInt(partners))
                        .put("to", "p" + random.nextInt(partners))
                        .put("family", "f" + random.nextInt(families))
                        .put("date", TODAY.minusDays(random.nextInt(400)).toString())
                        .put("status", "completed"));
            }
            return doc;
        }

        /** One random edit, journaled: the kinds a broker makes on the map and in meetings. */
        void edit(Random random) {
            int kind = random.nextInt(100);
            if (kind < 25) {
                ObjectNode tie = collaboration(random);
                collaborations.add(tie);
                write("collaborations", tie);
            } else if (kind < 35) { // a tie ends
                ObjectNode tie = pick(collaborations, random).deepCopy();
                tie.put(
                        "until",
                        LocalDate.parse(tie.path("since").asText())
                                .plusDays(random.nextInt(700))
                                .toString());
                write("collaborations", tie);
            } else if (kind < 45) { // a tie changes strength
                ObjectNode tie = pick(collaborations, random).deepCopy();
                tie.put("strength", 1 + random.nextInt(5));
                write("collaborations", tie);
            } else if (kind < 52) {
                ObjectNode tie = collaborations.remove(random.nextInt(collaborations.size()));
                deleteRelationship(RelationshipKind.COLLABORATIONS, tie, "a", "b");
            } else if (kind < 60) {
                ObjectNode seat = seat(random);
                seats.add(seat);
                write("seats", seat);
            } else if (kind < 65 && !seats.isEmpty()) {
                deleteRelationship(
                        RelationshipKind.SEATS, seats.remove(random.nextInt(seats.size())), "member", "table");
            } else if (kind < 72) {
                ObjectNode support = support(random);
                supports.add(support);
                write("supports", support);
            } else if (kind < 79) {
                ObjectNode use = use(random);
                uses.add(use);
                write("uses", use);
            } else if (kind < 83 && !uses.isEmpty()) {
                deleteRelationship(
                        RelationshipKind.USES, uses.remove(random.nextInt(uses.size())), "family", "service");
            } else if (kind < 88) { // a partner joins
                write("partners", partner("new" + newPartners++, random));
            } else if (kind < 91) { // a partner leaves: its ties go with it (one that employs and provides nobody)
                String id = "p" + (17 - 2 * random.nextInt(3));
                if (!deletedPartners.contains(id)) {
                    deletedPartners.add(id);
                    journal.deleteNode(EDITOR, null, NodeLabel.PARTNER, id, true);
                    collaborations.removeIf(t -> t.path("a").asText().equals(id)
                            || t.path("b").asText().equals(id));
                    seats.removeIf(s -> s.path("member").asText().equals(id));
                }
            } else if (kind < 95) { // a family's needs change
                ObjectNode family = JSON.createObjectNode()
                        .put("id", "f" + random.nextInt(families))
                        .put("neighbourhood", PLACES[random.nextInt(2)]);
                family.putArray("needs").add(DOMAINS[random.nextInt(DOMAINS.length)]);
                write("families", family);
            } else { // a table is renamed
                write(
                        "tables",
                        JSON.createObjectNode()
                                .put("id", "t" + random.nextInt(tables))
                                .put("name", "Table " + random.nextInt(1000))
                                .put("kind", "working-group"));
            }
        }

        private void write(String section, ObjectNode row) {
            ObjectNode doc = JSON.createObjectNode();
            doc.putArray(section).add(row);
            journal.write(EDITOR, "edit", null, read(doc));
        }

        private void deleteRelationship(RelationshipKind kind, ObjectNode row, String a, String b) {
            String x = row.path(a).asText();
            String y = row.path(b).asText();
            if (kind == RelationshipKind.COLLABORATIONS && x.compareTo(y) > 0) {
                String swap = x;
                x = y;
                y = swap;
            }
            journal.deleteRelationship(
                    EDITOR, null, kind, x + "|" + y + "|" + row.path("since").asText(""));
        }

        private ObjectNode partner(String id, Random random) {
            ObjectNode partner = JSON.createObjectNode()
                    .put("id", id)
                    .put("name", "Partner " + id)
                    .put("sector", "s" + random.nextInt(4));
            partner.putArray("domains").add(DOMAINS[random.nextInt(DOMAINS.length)]);
            partner.putArray("neighbourhoods").add(PLACES[random.nextInt(2)]);
            return partner;
        }

        private String livePartner(Random random) {
            String id;
            do {
                id = "p" + random.nextInt(partners);
            } while (deletedPartners.contains(id));
            return id;
        }

        private ObjectNode collaboration(Random random) {
            String a = livePartner(random);
            String b;
            do {
                b = livePartner(random);
            } while (b.equals(a));
            ObjectNode tie = JSON.createObjectNode()
                    .put("a", a)
                    .put("b", b)
                    .put("strength", 1 + random.nextInt(5))
                    .put("since", TODAY.minusDays(random.nextInt(900)).toString());
            if (random.nextInt(5) == 0) {
                tie.put("until", TODAY.minusDays(random.nextInt(900) - 200).toString());
                if (tie.path("until").asText().compareTo(tie.path("since").asText()) < 0) {
                    tie.put("until", tie.path("since").asText());
                }
            }
            return tie;
        }

        private ObjectNode seat(Random random) {
            String member = random.nextBoolean() ? livePartner(random) : "pe" + random.nextInt(persons);
            return JSON.createObjectNode()
                    .put("member", member)
                    .put("table", "t" + random.nextInt(tables))
                    .put("since", TODAY.minusDays(random.nextInt(900)).toString());
        }

        private ObjectNode support(Random random) {
            return JSON.createObjectNode()
                    .put("person", "pe" + random.nextInt(persons))
                    .put("family", "f" + random.nextInt(families))
                    .put("since", TODAY.minusDays(random.nextInt(900)).toString());
        }

        private ObjectNode use(Random random) {
            return JSON.createObjectNode()
                    .put("family", "f" + random.nextInt(families))
                    .put("service", "s" + random.nextInt(services))
                    .put("since", TODAY.minusDays(random.nextInt(900)).toString());
        }

        private static ObjectNode pick(List<ObjectNode> rows, Random random) {
            return rows.get(random.nextInt(rows.size()));
        }

        private static ArrayNode array(List<ObjectNode> rows) {
            ArrayNode array = JSON.createArrayNode();
            rows.forEach(array::add);
            return array;
        }
    }
}
