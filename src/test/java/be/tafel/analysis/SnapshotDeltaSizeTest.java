package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.PartnerKind;
import be.tafel.model.Period;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.support.TestServer;
import be.tafel.web.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many changes a view catches up on in memory grows with the view: a third of its vertices and edges (at least
 * {@link SnapshotDelta#MIN_ELEMENT_CHANGES}), so a large view under a stream of edits is not projected again from the
 * store after a few seconds of them. On the real embedded Neo4j, through the journal.
 */
class SnapshotDeltaSizeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Author EDITOR = new Author("size test", "broker", "size-test");
    private static final int PARTNERS = 400;
    private static final int TIES = 2_000;
    private static final ViewRequest COLLABORATION = new ViewRequest(ViewKind.COLLABORATION, TODAY, null, null);

    private final GraphStore store = TestServer.get().store();
    private final Journal journal = new Journal(store, new NetworkWriter(store), Json.mapper());
    private final Random random = new Random(19);

    @BeforeEach
    void network() {
        TestServer.get().reset();
        List<Partner> partners = new ArrayList<>();
        for (int p = 0; p < PARTNERS; p++) {
            partners.add(new Partner(
                    id(p), "Partner " + p, "welfare", List.of("welfare"), List.of("Noord"), PartnerKind.NON_PROFIT));
        }
        List<Collaboration> ties = new ArrayList<>();
        for (int t = 0; t < TIES; t++) {
            ties.add(tie(TODAY.minusYears(2).minusDays(t)));
        }
        journal.write(EDITOR, "edit", null, Network.ofPartnersAndTies(partners, ties));
    }

    @Test
    void more_edits_than_the_fixed_minimum_on_a_large_view_are_applied_in_memory() {
        AnalysisService service = new AnalysisService(store);
        Snapshot before = service.analyse(COLLABORATION).snapshot();
        int limit = SnapshotDelta.maxElementChanges(before);
        assertTrue(limit > SnapshotDelta.MIN_ELEMENT_CHANGES + 100, "a third of the view: " + limit);
        int edits = SnapshotDelta.MIN_ELEMENT_CHANGES + 100;
        editTies(edits);
        long projections = service.projections();

        Snapshot caught = service.analyse(COLLABORATION).snapshot();

        assertEquals(projections, service.projections(), edits + " one-tie edits caught up without a projection");
        assertTrue(caught.graph().edgeCount() > before.graph().edgeCount(), "the new ties are in");
        Snapshot fresh = new ViewLoader(store).load(COLLABORATION);
        SnapshotDeltaPropertyTest.assertSameSnapshot(fresh, caught, edits + " edits");
    }

    @Test
    void more_edits_than_a_third_of_the_view_are_projected_again() {
        AnalysisService service = new AnalysisService(store);
        int limit =
                SnapshotDelta.maxElementChanges(service.analyse(COLLABORATION).snapshot());
        editTies(limit + 1);
        long projections = service.projections();

        Snapshot caught = service.analyse(COLLABORATION).snapshot();

        assertEquals(projections + 1, service.projections(), "projected again");
        SnapshotDeltaPropertyTest.assertSameSnapshot(new ViewLoader(store).load(COLLABORATION), caught, "projected");
    }

    /** {@code count} journal entries, each one new tie between two random partners. */
    private void editTies(int count) {
        for (int e = 0; e < count; e++) {
            journal.write(
                    EDITOR, "edit", null, Network.ofPartnersAndTies(List.of(), List.of(tie(TODAY.minusDays(1 + e)))));
        }
    }

    private Collaboration tie(LocalDate since) {
        int a = random.nextInt(PARTNERS);
        int b = (a + 1 + random.nextInt(PARTNERS - 1)) % PARTNERS;
        return new Collaboration(
                id(a), id(b), "case-consultation", 1 + random.nextInt(5), null, new Period(since, null));
    }

    private static String id(int p) {
        return "p-" + p;
    }
}
