package be.tafel.survey;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.message.Message;
import be.tafel.model.NamedOrganisations;
import be.tafel.model.NamedOrganisations.Named;
import be.tafel.model.Network;
import be.tafel.store.CypherFiles;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * The organisations a wave's respondents named as missing ("Wie ontbreekt er in dit netwerk?"), grouped as
 * {@link NamedOrganisations} does and counted by distinct respondents, and what a broker does with one:
 * <em>confirm</em> it as a new partner (created through the {@link Journal}, op {@value #CONFIRM_OP}, so undo
 * takes it back) or <em>match</em> it to an existing partner. Either way the name is resolved: it no longer
 * shows as missing, here or in a table's analysis. A resolution is kept by the grouped name, so a later wave
 * naming the same organisation finds it resolved too.
 */
public final class NamedMissing {
    /** The journal's op of a confirmed name. */
    public static final String CONFIRM_OP = "survey-named";

    static final Set<String> CONFIRM_FIELDS = Set.of("id", "name", "sector", "kind", "domains", "neighbourhoods");
    static final int MAX_ID = 100;

    private final SurveyStore store;
    private final Journal journal;
    private final NetworkWriter writer;
    private final ObjectMapper json;

    public NamedMissing(SurveyStore store, Journal journal, NetworkWriter writer, ObjectMapper json) {
        this.store = store;
        this.journal = journal;
        this.writer = writer;
        this.json = json;
    }

    /**
     * One organisation named as missing: how many respondents named it, whether a broker resolved it
     * ({@code open}, {@code confirmed}, {@code matched}) and to which partner, and, while open, an existing
     * partner whose name groups the same ({@code suggestion}), if any.
     */
    public record Entry(
            String key,
            String name,
            int namedBy,
            String status,
            String partner,
            String partnerName,
            String suggestion,
            String suggestionName) {}

    public record Listing(String wave, String waveName, String waveStatus, List<Entry> named) {}

    /** The names a wave's respondents gave as missing so far, most often named first. */
    public Listing list(String waveId) {
        Wave wave = store.wave(waveId).orElseThrow(() -> new SurveyExceptions.UnknownWave(waveId));
        List<Named> named = grouped(waveId);
        return store.graph().read(tx -> {
            Map<String, Resolution> resolved =
                    resolutions(tx, named.stream().map(Named::key).toList());
            Map<String, String[]> byName = partnersByName(tx);
            List<Entry> entries = new ArrayList<>();
            for (Named n : named) {
                Resolution r = resolved.get(n.key());
                String[] same = r == null ? byName.get(n.key()) : null;
                entries.add(new Entry(
                        n.key(),
                        n.name(),
                        n.count(),
                        r == null ? "open" : r.status(),
                        r == null ? null : r.partner(),
                        r == null ? null : r.partnerName(),
                        same == null ? null : same[0],
                        same == null ? null : same[1]));
            }
            return new Listing(wave.id(), wave.name(), wave.status(), entries);
        });
    }

    /**
     * Confirms a named organisation as a new partner. {@code body} may set the partner's {@code id} (default
     * {@code p-} and the grouped name), {@code name} (default the spelling most respondents used),
     * {@code sector}, {@code kind}, {@code domains} and {@code neighbourhoods}; the row passes the import's
     * checks (free text included). 409 when the name is resolved already or the id is taken.
     */
    public Entry confirm(Author who, String waveId, String key, JsonNode body) {
        Named named = named(waveId, key);
        ObjectNode row = json.createObjectNode();
        List<ImportProblem> problems = new ArrayList<>();
        if (body != null && !body.isNull() && !body.isMissingNode()) {
            if (!body.isObject()) {
                throw invalid("body", Message.of("namedMissingBody"));
            }
            for (var field : body.properties()) {
                if (!CONFIRM_FIELDS.contains(field.getKey())) {
                    problems.add(problem(
                            field.getKey(),
                            Message.of(
                                    "namedMissingField",
                                    "field",
                                    field.getKey(),
                                    "allowed",
                                    CONFIRM_FIELDS.stream().sorted().toList())));
                } else {
                    row.set(field.getKey(), field.getValue());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyExceptions.InvalidSurvey(problems);
        }
        if (!row.hasNonNull("id")) {
            String id = "p-" + key;
            row.put("id", id.length() > MAX_ID ? id.substring(0, MAX_ID) : id);
        }
        if (!row.hasNonNull("name")) {
            row.put("name", named.name());
        }
        ObjectNode document = json.createObjectNode();
        document.putArray("partners").add(row);
        Network network = new NetworkReader(writer).readJson(document);
        String partner = network.partners().getFirst().id();
        return journal.change(who, CONFIRM_OP, null, tx -> Journal.refsOf(network), tx -> {
                    failWhenResolved(tx, key);
                    if (partnerExists(tx, partner)) {
                        throw new SurveyExceptions.NameResolved("There is a partner '" + partner
                                + "' already: match the name to it, or confirm with another 'id'.");
                    }
                    writer.writeIn(tx, network);
                    resolve(tx, key, "confirmed", partner, waveId, named.name(), who);
                    return new Entry(
                            key,
                            named.name(),
                            named.count(),
                            "confirmed",
                            partner,
                            network.partners().getFirst().name(),
                            null,
                            null);
                })
                .value();
    }

    /** Matches a named organisation to an existing partner; 422 when there is no such partner, 409 when resolved. */
    public Entry match(Author who, String waveId, String key, String partner) {
        Named named = named(waveId, key);
        if (partner == null || partner.isBlank()) {
            throw invalid("partner", Message.of("namedMissingPartner"));
        }
        return store.graph().write(tx -> {
            failWhenResolved(tx, key);
            String name = partnerName(tx, partner);
            if (name == null) {
                throw invalid(
                        "partner", Message.of("importNoSuch", "field", "partner", "kind", "partner", "id", partner));
            }
            resolve(tx, key, "matched", partner, waveId, named.name(), who);
            return new Entry(key, named.name(), named.count(), "matched", partner, name, null, null);
        });
    }

    private List<Named> grouped(String waveId) {
        return NamedOrganisations.group(store.waveAnswers(waveId).stream()
                .map(a -> new NamedOrganisations.Naming(a.partner(), a.missing()))
                .toList());
    }

    private Named named(String waveId, String key) {
        store.wave(waveId).orElseThrow(() -> new SurveyExceptions.UnknownWave(waveId));
        return grouped(waveId).stream()
                .filter(n -> n.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new SurveyExceptions.UnknownName(waveId, key));
    }

    private record Resolution(String status, String partner, String partnerName) {}

    private static Map<String, Resolution> resolutions(TransactionContext tx, List<String> keys) {
        Map<String, Resolution> found = new HashMap<>();
        tx.run(CypherFiles.load("survey/named-resolutions"), Map.of("keys", keys))
                .forEachRemaining(r -> found.put(
                        r.get("key").asString(),
                        new Resolution(
                                r.get("status").asString(),
                                r.get("partner").asString(),
                                r.get("partnerName").asString(null))));
        return found;
    }

    /** Partners by the grouped key of their name: {id, name}; the first in id order when several share one. */
    private static Map<String, String[]> partnersByName(TransactionContext tx) {
        Map<String, String[]> byName = new HashMap<>();
        tx.run(CypherFiles.load("survey/partner-names")).forEachRemaining(r -> {
            String id = r.get("id").asString();
            String name = r.get("name").asString(null);
            byName.merge(
                    NamedOrganisations.key(name), new String[] {id, name}, (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b);
        });
        byName.remove("");
        return byName;
    }

    private static void failWhenResolved(TransactionContext tx, String key) {
        if (!resolutions(tx, List.of(key)).isEmpty()) {
            throw new SurveyExceptions.NameResolved(
                    "The organisation '" + key + "' is resolved already: it is a partner of the network.");
        }
    }

    private static boolean partnerExists(TransactionContext tx, String id) {
        return partnerName(tx, id) != null;
    }

    private static String partnerName(TransactionContext tx, String id) {
        return tx.run(CypherFiles.load("survey/partner-name"), Map.of("id", id)).stream()
                .findFirst()
                .map(r -> r.get("name").asString(""))
                .orElse(null);
    }

    private static void resolve(
            TransactionContext tx, String key, String status, String partner, String wave, String name, Author who) {
        tx.run(
                        CypherFiles.load("survey/resolve-named"),
                        Map.of(
                                "key",
                                key,
                                "status",
                                status,
                                "partner",
                                partner,
                                "wave",
                                wave,
                                "name",
                                name,
                                "by",
                                who.name(),
                                "on",
                                LocalDate.now()))
                .consume();
    }

    private static ImportProblem problem(String field, Message message) {
        return new ImportProblem("named-missing", null, field, message);
    }

    private static SurveyExceptions.InvalidSurvey invalid(String field, Message message) {
        return new SurveyExceptions.InvalidSurvey(List.of(problem(field, message)));
    }
}
