package be.tafel.introduction;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.message.Message;
import be.tafel.model.Coded;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Introductions between partners, kept next to the network as {@code (:TafelIntroduction)} nodes. Whether
 * one worked is read from the journal at read time: the first entry after the introduction that left a
 * collaboration between its two partners, however it came (an edit, an import, a survey).
 */
public final class Introductions {
    private static final String SECTION = "introductions";

    private final GraphStore store;
    private final ObjectMapper json;

    public Introductions(GraphStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
        for (String statement : CypherFiles.statements("introductions/schema")) {
            store.writeUnversioned(tx -> tx.run(statement).consume());
        }
    }

    /** What a broker asks for: two partners, the person who follows up, a due date and the reasons. */
    public record Proposal(String a, String b, String owner, String due, JsonNode reasons) {}

    /** The introductions, and how many worked in each quarter (by the date the tie was recorded). */
    public record Overview(List<Introduction> introductions, Map<String, Integer> workedPerQuarter) {}

    public Introduction create(Proposal proposal, String who) {
        List<ImportProblem> problems = new ArrayList<>();
        String a = required(proposal.a(), "a", problems);
        String b = required(proposal.b(), "b", problems);
        String owner = required(proposal.owner(), "owner", problems);
        if (a != null && a.equals(b)) {
            problems.add(problem("b", Message.of("introductionSamePartners")));
        }
        if (proposal.due() != null) {
            try {
                LocalDate.parse(proposal.due());
            } catch (DateTimeParseException e) {
                problems.add(problem("due", Message.of("importDate", "field", "due", "value", proposal.due())));
            }
        }
        if (proposal.reasons() != null && !proposal.reasons().isArray()) {
            problems.add(problem("reasons", Message.of("importNotList", "field", "reasons")));
        }
        if (a != null && b != null && owner != null) {
            Record ends = store.read(
                    tx -> tx.run(CypherFiles.load("introductions/ends"), Map.of("a", a, "b", b, "owner", owner))
                            .single());
            if (!ends.get("a").asBoolean()) {
                problems.add(problem("a", noSuch("a", "partner", a)));
            }
            if (!ends.get("b").asBoolean()) {
                problems.add(problem("b", noSuch("b", "partner", b)));
            }
            if (!ends.get("owner").asBoolean()) {
                problems.add(problem("owner", noSuch("owner", "person", owner)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        String id = "intro-" + UUID.randomUUID();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("a", a.compareTo(b) <= 0 ? a : b);
        params.put("b", a.compareTo(b) <= 0 ? b : a);
        params.put("owner", owner);
        params.put("due", proposal.due());
        params.put("reasons", text(proposal.reasons() == null ? json.createArrayNode() : proposal.reasons()));
        params.put("at", Instant.now().toString());
        params.put("who", who);
        params.put("version", store.version());
        store.writeUnversioned(
                tx -> tx.run(CypherFiles.load("introductions/create"), params).consume());
        return find(id).orElseThrow();
    }

    /** Moves an introduction to a later state; empty when there is no such introduction. */
    public Optional<Introduction> moveTo(String id, String state, String who) {
        Introduction current = find(id).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        IntroductionState next = Coded.parse(IntroductionState.class, state == null ? "" : state)
                .orElseThrow(() -> new InvalidNetworkException(List.of(problem(
                        "state",
                        Message.of(
                                "importOneOf",
                                "field",
                                "state",
                                "allowed",
                                Coded.codes(IntroductionState.class),
                                "value",
                                String.valueOf(state))))));
        IntroductionState now =
                Coded.parse(IntroductionState.class, current.state()).orElseThrow();
        if (!now.canMoveTo(next)) {
            throw new InvalidNetworkException(
                    List.of(problem("state", Message.of("introductionState", "from", now.code(), "to", next.code()))));
        }
        store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("introductions/set-state"),
                        Map.of(
                                "id",
                                id,
                                "state",
                                next.code(),
                                "at",
                                Instant.now().toString(),
                                "who",
                                who))
                .consume());
        return find(id);
    }

    public Optional<Introduction> find(String id) {
        return list(id).stream().findFirst();
    }

    public Overview overview() {
        List<Introduction> all = list(null);
        Map<String, Integer> perQuarter = new TreeMap<>();
        for (Introduction introduction : all) {
            if (introduction.worked()) {
                perQuarter.merge(quarter(introduction.workedAt()), 1, Integer::sum);
            }
        }
        return new Overview(all, perQuarter);
    }

    /** {@code 2026-11-30T...} is in quarter {@code 2026-Q4}. */
    static String quarter(String instant) {
        LocalDate date = LocalDate.parse(instant.substring(0, 10));
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private List<Introduction> list(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return store.read(
                tx -> tx.run(CypherFiles.load("introductions/list"), params).list(this::introduction));
    }

    private Introduction introduction(Record r) {
        try {
            return new Introduction(
                    r.get("id").asString(),
                    r.get("a").asString(),
                    r.get("b").asString(),
                    r.get("owner").asString(),
                    r.get("due").asString(null),
                    json.readTree(r.get("reasons").asString()),
                    r.get("state").asString(),
                    r.get("created").asString(),
                    r.get("createdBy").asString(),
                    r.get("version").asLong(),
                    r.get("history").asList(Value::asString),
                    !r.get("workedAt").isNull(),
                    r.get("workedAt").asString(null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String value, String field, List<ImportProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem(field, Message.of("importRequired", "field", field)));
            return null;
        }
        return value;
    }

    private static ImportProblem problem(String field, Message message) {
        return new ImportProblem(SECTION, null, field, message);
    }

    private static Message noSuch(String field, String kind, String id) {
        return Message.of("importNoSuch", "field", field, "kind", kind, "id", id);
    }
}
