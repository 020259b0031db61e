package be.tafel.meeting;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.message.Message;
import be.tafel.model.Network;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Meeting mode (Net-Map style) at a table: the group rates each actor's influence on the table's goal
 * (0 to 5) and its stance (supports, neutral, opposes), and adds partners and ties. Saving a session writes
 * the new partners and ties to the network through the journal (one entry, op {@code meeting}) and keeps
 * the whole session as a dated {@code (:TafelSession)} snapshot in the same transaction, so next year's
 * meeting can compare.
 */
public final class MeetingSessions {
    public static final int MAX_INFLUENCE = 5;
    private static final Set<String> STANCES = Set.of("supports", "neutral", "opposes");
    private static final String SECTION = "sessions";

    private final GraphStore store;
    private final Journal journal;
    private final NetworkWriter writer;
    private final ObjectMapper json;

    public MeetingSessions(GraphStore store, Journal journal, NetworkWriter writer, ObjectMapper json) {
        this.store = store;
        this.journal = journal;
        this.writer = writer;
        this.json = json;
    }

    /** One actor as the group rated it. */
    public record Actor(String id, int influence, String stance) {}

    /** A saved session: the snapshot, and the journal version that holds the rows it added. */
    public record Session(
            String id,
            String table,
            String date,
            String created,
            String who,
            long version,
            List<Actor> actors,
            JsonNode ties,
            JsonNode partners,
            String notes) {}

    /**
     * Validates and saves a session from its JSON body ({@code date}, {@code actors}, {@code partners},
     * {@code ties}, {@code notes}); empty when the table does not exist. Nothing is written on a problem.
     */
    public Optional<Session> save(String table, JsonNode body, Author who) {
        List<ImportProblem> problems = new ArrayList<>();
        String date = body.path("date").asText(LocalDate.now().toString());
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(problem(null, "date", Message.of("importDate", "field", "date", "value", date)));
        }
        ArrayNode partners = array(body, "partners", problems);
        ArrayNode ties = array(body, "ties", problems);
        ObjectNode document = json.createObjectNode();
        document.set("partners", partners);
        document.set("collaborations", ties);
        Network added = null;
        try {
            added = new NetworkReader(writer).readJson(document);
        } catch (InvalidNetworkException e) {
            problems.addAll(e.problems());
        }
        List<Actor> actors = new ArrayList<>();
        ArrayNode rated = array(body, "actors", problems);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rated.size(); i++) {
            JsonNode actor = rated.get(i);
            String id = actor.path("id").asText(null);
            int influence = actor.path("influence").asInt(-1);
            String stance = actor.path("stance").asText("neutral");
            if (id == null) {
                problems.add(problem(i + 1, "id", Message.of("importRequired", "field", "id")));
            } else if (!ids.add(id)) {
                problems.add(problem(i + 1, "id", Message.of("meetingRatedTwice", "id", id)));
            }
            if (!actor.path("influence").canConvertToInt() || influence < 0 || influence > MAX_INFLUENCE) {
                problems.add(problem(
                        i + 1,
                        "influence",
                        Message.of(
                                "importWholeNumber",
                                "field",
                                "influence",
                                "min",
                                0,
                                "max",
                                MAX_INFLUENCE,
                                "value",
                                actor.path("influence").asText())));
            }
            if (!STANCES.contains(stance)) {
                problems.add(problem(
                        i + 1,
                        "stance",
                        Message.of(
                                "importOneOf",
                                "field",
                                "stance",
                                "allowed",
                                List.of("supports", "neutral", "opposes"),
                                "value",
                                stance)));
            }
            actors.add(new Actor(id, influence, stance));
        }
        Record known = store.read(
                tx -> tx.run(CypherFiles.load("meeting/nodes"), Map.of("table", table, "ids", List.copyOf(ids)))
                        .single());
        if (!known.get("table").asBoolean()) {
            return Optional.empty();
        }
        Set<String> found = new HashSet<>(known.get("ids").asList(Value::asString));
        partners.forEach(p -> found.add(p.path("id").asText()));
        for (int i = 0; i < actors.size(); i++) {
            String id = actors.get(i).id();
            if (id != null && !found.contains(id)) {
                problems.add(problem(i + 1, "id", Message.of("meetingUnknownActor", "id", id)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        Network network = added;
        String id = "session-" + UUID.randomUUID();
        String notes = body.path("notes").asText(null);
        journal.changeAt(who, "meeting", null, tx -> Journal.refsOf(network), (tx, version) -> {
            writer.writeIn(tx, network);
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("table", table);
            params.put("date", date);
            params.put("at", Instant.now().toString());
            params.put("who", who.name());
            params.put("version", version);
            params.put("actors", text(json.valueToTree(actors)));
            params.put("ties", text(ties));
            params.put("partners", text(partners));
            params.put("notes", notes);
            tx.run(CypherFiles.load("meeting/create"), params).consume();
            return null;
        });
        return find(table, id);
    }

    public Optional<Session> find(String table, String id) {
        return list(table, id).stream().findFirst();
    }

    /** The table's sessions, newest first. */
    public List<Session> list(String table) {
        return list(table, null);
    }

    private List<Session> list(String table, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("table", table);
        params.put("id", id);
        return store.read(tx -> tx.run(CypherFiles.load("meeting/get"), params).list(this::session));
    }

    private Session session(Record r) {
        try {
            List<Actor> actors = List.of(json.readValue(r.get("actors").asString(), Actor[].class));
            return new Session(
                    r.get("id").asString(),
                    r.get("table").asString(),
                    r.get("date").asString(),
                    r.get("created").asString(),
                    r.get("who").asString(),
                    r.get("version").asLong(),
                    actors,
                    json.readTree(r.get("ties").asString()),
                    json.readTree(r.get("partners").asString()),
                    r.get("notes").asString(null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArrayNode array(JsonNode body, String field, List<ImportProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return json.createArrayNode();
        }
        if (!value.isArray()) {
            problems.add(problem(null, field, Message.of("importNotList", "field", field)));
            return json.createArrayNode();
        }
        return (ArrayNode) value;
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportProblem problem(Integer row, String field, Message message) {
        return new ImportProblem(SECTION, row, field, message);
    }
}
