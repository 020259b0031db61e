package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import be.tafel.support.WritesWhileReading;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Brokers seat new partners at a table while analysts read its scorecard. Every write adds one partner, seated
 * at the table since before the turnover's first day, and one collaboration between it and a partner seated
 * before: so in any one version of the graph every partner in the network sits at the table, the members' ties
 * are all the network's ties, and nobody joined since the first day. A scorecard that read the seats at one
 * version and the views (or the collaborations, or the earlier day's seats) at another would break one of these.
 */
class ScorecardOneVersionTest {
    private static final int BROKERS = 3;
    private static final int ROUNDS = 8;
    private static final int ANALYSTS = 2;
    private static final String TABLE = "t-one";
    private static final String SCORECARD = "/api/tables/" + TABLE + "/scorecard?at=2025-06-01&from=2024-06-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @Test
    void a_scorecard_read_while_partners_are_seated_is_of_one_graph_version() throws Exception {
        server.reset();
        assertEquals(200, http.post("/api/import", base()).status());

        Set<Integer> sizesSeen = ConcurrentHashMap.newKeySet();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<String> failures = WritesWhileReading.run(
                http,
                BROKERS,
                ROUNDS,
                ScorecardOneVersionTest::brokerWrite,
                ANALYSTS,
                found -> check(found, sizesSeen, versionsSeen));
        check(failures, sizesSeen, versionsSeen);

        assertEquals(List.of(), failures);
        assertTrue(sizesSeen.size() > 1, "the scorecards saw several versions as writes landed: " + sizesSeen);
        assertTrue(sizesSeen.contains(BROKERS + BROKERS * ROUNDS), "the last scorecard sees every write: " + sizesSeen);
        assertTrue(versionsSeen.size() > 1, "answers named several versions: " + versionsSeen);
    }

    /** One scorecard: its version header names one version and its figures agree with each other. */
    private void check(List<String> failures, Set<Integer> sizesSeen, Set<String> versionsSeen) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + SCORECARD)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            failures.add("the scorecard answered " + response.statusCode() + ": " + response.body());
            return;
        }
        String version =
                response.headers().firstValue(WarmResponses.GRAPH_VERSION).orElse("none");
        if (!version.matches("\\d+")) {
            failures.add("the scorecard names not one graph version: " + version);
        }
        versionsSeen.add(version);
        JsonNode card = JSON.readTree(response.body());
        int seated = card.at("/size/seats").asInt();
        int inNetwork = card.at("/network/partners").asInt();
        int ties = card.at("/network/ties").asInt();
        sizesSeen.add(seated);
        if (seated != inNetwork
                || card.at("/members/partners").asInt() != inNetwork
                || card.at("/members/ties").asInt() != ties
                || card.at("/multiplexity/tiedPairs").asInt() != ties
                || ties != inNetwork - BROKERS
                || card.at("/turnover/membersFrom").asInt() != seated
                || !card.at("/turnover/joined").isEmpty()) {
            failures.add("a scorecard mixed versions (" + version + "): " + card);
        }
    }

    private static String base() {
        StringBuilder partners = new StringBuilder();
        StringBuilder seats = new StringBuilder();
        for (int b = 0; b < BROKERS; b++) {
            partners.append(b == 0 ? "" : ",").append(partner(seed(b)));
            seats.append(b == 0 ? "" : ",").append(seat(seed(b)));
        }
        return "{" + table() + ", \"partners\": [" + partners + "], \"seats\": [" + seats + "]}";
    }

    /** One new partner, seated at the table, collaborating with this broker's previous partner. */
    private static String brokerWrite(int broker, int round) {
        String partner = "p-b" + broker + "-r" + round;
        String previous = round == 0 ? seed(broker) : "p-b" + broker + "-r" + (round - 1);
        return "{" + table() + ", \"partners\": [" + partner(partner) + "], \"seats\": [" + seat(partner)
                + "], \"collaborations\": [{\"a\": \"" + previous + "\", \"b\": \"" + partner
                + "\", \"strength\": 2, \"since\": \"2024-01-01\"}]}";
    }

    private static String seed(int broker) {
        return "p-b" + broker + "-seed";
    }

    private static String table() {
        return "\"tables\": [{\"id\": \"" + TABLE + "\", \"name\": \"Stuurgroep\", \"kind\": \"steering\","
                + " \"domains\": [\"education\"]}]";
    }

    private static String partner(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Partner " + id + "\", \"sector\": \"library\","
                + " \"kind\": \"public\"}";
    }

    private static String seat(String member) {
        return "{\"member\": \"" + member + "\", \"table\": \"" + TABLE + "\", \"role\": \"member\","
                + " \"since\": \"2024-01-01\"}";
    }
}
