package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.store.CypherFiles;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Record;

/** The example queries in cypher/queries/ run against the demo after a write-back, and find what it holds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystQueriesTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeAll
    void demoWithScores() {
        server.loadDemo();
        HttpJson.Response written = http.post("/api/analysis/write-back?view=collaboration&at=2026-10-31", "");
        assertEquals(200, written.status(), written.text());
        // the partners in the network that day: two of the hundred left before it (DemoChanges.LEFT)
        long inNetwork = new DemoNetwork()
                .generate().partners().stream()
                        .filter(p -> p.period().contains(java.time.LocalDate.of(2026, 10, 31)))
                        .count();
        assertEquals(98, inNetwork);
        assertEquals(inNetwork, written.json().get("nodes").asInt());
    }

    private List<Record> run(String name, Map<String, Object> parameters) {
        return server.store()
                .read(tx ->
                        tx.run(CypherFiles.load("queries/" + name), parameters).list());
    }

    @Test
    void top_brokers_per_sector_read_the_written_scores() {
        List<Record> sectors = run("top-brokers-per-sector", Map.of());

        assertTrue(sectors.size() >= 10, "sectors: " + sectors.size());
        Record schools = sectors.stream()
                .filter(r -> "school".equals(r.get("sector").asString(null)))
                .findFirst()
                .orElseThrow();
        assertEquals(3, schools.get("brokers").size());
    }

    @Test
    void partners_sharing_families_without_a_tie_include_the_planted_ones() {
        List<String> partners = run("shared-families-without-tie", Map.of("at", LocalDate.of(2026, 10, 31))).stream()
                .flatMap(r -> java.util.stream.Stream.of(
                        r.get("partner").asString(), r.get("other").asString()))
                .toList();

        assertFalse(partners.isEmpty());
        assertTrue(DemoNetwork.UNCONNECTED_PARTNERS.stream().anyMatch(partners::contains), partners.toString());
    }

    @Test
    void referral_dead_ends_start_with_the_waiting_list() {
        List<Record> ends = run("referral-dead-ends", Map.of());

        assertEquals(
                DemoNetwork.WAITLIST_RECEIVER, ends.getFirst().get("receiver").asString());
    }
}
