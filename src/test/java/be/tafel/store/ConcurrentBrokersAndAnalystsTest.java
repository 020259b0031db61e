package be.tafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import be.tafel.support.WritesWhileReading;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Brokers import overlapping documents at the same time while analysts read the collaboration view.
 * Every broker write adds one new partner and one collaboration between two partners that existed
 * before it, so in any one version of the graph partners minus collaborations is the same number. An
 * analysis that read the partners before a write and the collaborations after it would be off by one.
 */
class ConcurrentBrokersAndAnalystsTest {
    private static final int HUBS = 5;
    private static final int BROKERS = 4;
    private static final int ROUNDS = 12;
    private static final int ANALYSTS = 2;

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @Test
    void overlapping_writes_lose_nothing_duplicate_nothing_and_every_analysis_sees_one_version() throws Exception {
        server.reset();
        assertEquals(200, http.post("/api/import", base()).status());
        int balance = HUBS + BROKERS; // partners minus collaborations, in every version

        Map<Long, Integer> nodesSeen = new ConcurrentHashMap<>();
        AtomicInteger analyses = new AtomicInteger();
        List<String> failures = WritesWhileReading.run(
                http, BROKERS, ROUNDS, ConcurrentBrokersAndAnalystsTest::brokerWrite, ANALYSTS, found -> {
                    Response summary = http.get("/api/analysis/summary?view=collaboration");
                    if (summary.status() != 200) {
                        found.add("analysis answered " + summary.status() + ": " + summary.text());
                        return;
                    }
                    JsonNode figures = summary.json().get("summary");
                    int nodes = figures.get("nodes").asInt();
                    int edges = figures.get("edges").asInt();
                    if (nodes - edges != balance) {
                        found.add("an analysis mixed versions: " + nodes + " partners, " + edges + " collaborations");
                    }
                    nodesSeen.merge((long) nodes, 1, Integer::sum);
                    analyses.incrementAndGet();
                });

        assertEquals(List.of(), failures);
        assertTrue(analyses.get() >= ANALYSTS, "the analysts read while the brokers wrote: " + analyses.get());
        assertTrue(nodesSeen.size() > 1, "analyses saw several versions as writes landed: " + nodesSeen.keySet());

        JsonNode exported = http.get("/api/export").json();
        assertEquals(HUBS + BROKERS + BROKERS * ROUNDS, exported.get("partners").size(), "no partner lost or doubled");
        assertEquals(BROKERS * ROUNDS, exported.get("collaborations").size(), "no collaboration lost or doubled");
        Set<String> ids = new java.util.HashSet<>();
        exported.get("partners").forEach(p -> ids.add(p.get("id").asText()));
        for (int b = 0; b < BROKERS; b++) {
            for (int r = 0; r < ROUNDS; r++) {
                assertTrue(ids.contains(newPartner(b, r)), newPartner(b, r) + " is missing");
            }
        }
        long duplicated = server.store()
                .read(tx -> tx.run(
                                "MATCH (n:Node) WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*) AS ids")
                        .single()
                        .get("ids")
                        .asLong());
        assertEquals(0, duplicated, "an id names more than one node");

        JsonNode last =
                http.get("/api/analysis/summary?view=collaboration").json().get("summary");
        assertEquals(HUBS + BROKERS + BROKERS * ROUNDS, last.get("nodes").asInt());
        assertEquals(BROKERS * ROUNDS, last.get("edges").asInt());
    }

    private static String base() {
        StringBuilder json = new StringBuilder(hubs());
        json.setLength(json.length() - 2);
        for (int b = 0; b < BROKERS; b++) {
            json.append(",").append(partner(previousPartner(b, 0), "Seed " + b));
        }
        return json.append("]}").toString();
    }

    private static String hubs() {
        StringBuilder json = new StringBuilder("{\"partners\": [");
        for (int h = 0; h < HUBS; h++) {
            json.append(h == 0 ? "" : ",").append(partner("hub-" + h, "Hub " + h));
        }
        return json.append("]}").toString();
    }

    /**
     * All hubs again (overlapping every other broker's documents), one new partner, and a collaboration
     * between this broker's previous partner and a hub: both existed before this write.
     */
    private static String brokerWrite(int broker, int round) {
        String hubs = hubs();
        String partner = newPartner(broker, round);
        return hubs.substring(0, hubs.length() - 2) + "," + partner(partner, "Partner " + partner) + "],"
                + "\"collaborations\": [{\"a\": \"" + previousPartner(broker, round) + "\", \"b\": \"hub-"
                + (round % HUBS) + "\", \"strength\": 2, \"since\": \"2024-01-01\"}]}";
    }

    private static String previousPartner(int broker, int round) {
        return round == 0 ? "p-b" + broker + "-seed" : newPartner(broker, round - 1);
    }

    private static String newPartner(int broker, int round) {
        return "p-b" + broker + "-r" + round;
    }

    private static String partner(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"sector\": \"library\", \"kind\": \"public\"}";
    }
}
