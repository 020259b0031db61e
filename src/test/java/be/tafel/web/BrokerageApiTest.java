package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gould and Fernandez roles through the real import and the referral view, on a network small enough to count by hand. */
class BrokerageApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @Test
    void each_role_is_counted_on_open_two_paths_of_referrals() {
        server.reset();
        // Schools s1, s2, s3; welfare w1, w2; health h1. Every two-path below is open (no direct referral
        // between its ends), so each counts once for its middle partner.
        String document = """
            {"partners": [
              {"id": "s1", "name": "School 1", "sector": "school"}, {"id": "s2", "name": "School 2", "sector": "school"},
              {"id": "s3", "name": "School 3", "sector": "school"},
              {"id": "w1", "name": "Welzijn 1", "sector": "welfare"}, {"id": "w2", "name": "Welzijn 2", "sector": "welfare"},
              {"id": "h1", "name": "Gezondheid", "sector": "health"}],
             "families": [{"id": "f"}],
             "referrals": [
              {"id": "r1", "from": "s1", "to": "s2", "family": "f", "date": "2026-01-10", "status": "completed"},
              {"id": "r2", "from": "s2", "to": "s3", "family": "f", "date": "2026-01-11", "status": "completed"},
              {"id": "r3", "from": "w1", "to": "s1", "family": "f", "date": "2026-01-12", "status": "completed"},
              {"id": "r4", "from": "s1", "to": "w2", "family": "f", "date": "2026-01-13", "status": "completed"},
              {"id": "r5", "from": "w2", "to": "h1", "family": "f", "date": "2026-01-14", "status": "completed"}
             ]}
            """;
        assertEquals(200, http.post("/api/import", document).status());

        JsonNode nodes = http.get("/api/analysis/brokerage?view=referral&at=2026-06-30&groupBy=sector")
                .json()
                .get("nodes");
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.get("id").asText(), n));

        // s2: s1 -> s2 -> s3, all schools, s1 does not refer to s3: coordinator.
        assertEquals(1, byId.get("s2").get("coordinator").asInt());
        // s1: w1 -> s1 -> s2 is gatekeeping (only the source is outside the school group);
        // w1 -> s1 -> w2 is itinerant (both ends welfare, the broker a school).
        assertEquals(1, byId.get("s1").get("gatekeeper").asInt());
        assertEquals(1, byId.get("s1").get("itinerant").asInt());
        // w2: s1 -> w2 -> h1, three sectors: liaison.
        assertEquals(1, byId.get("w2").get("liaison").asInt());
        // No two-path here leaves a group from its broker's own group: no representative.
        assertEquals(0, byId.get("s1").get("representative").asInt());
        assertEquals(2, byId.get("s1").get("total").asInt());
    }
}
