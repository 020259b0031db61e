package be.tafel.survey;

import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Waves, links and answers in the graph store, as {@code TafelSurvey}, {@code TafelSurveyLink} and
 * {@code TafelSurveyTie} nodes: bookkeeping next to the network, written without bumping the graph's
 * version (no analysis reads them) until {@link SurveyTieWriter} turns a closed wave into ties.
 */
public final class SurveyStore {
    private final GraphStore store;

    public SurveyStore(GraphStore store) {
        this.store = store;
        for (String statement : CypherFiles.statements("survey/schema")) {
            store.writeUnversioned(tx -> tx.run(statement).consume());
        }
    }

    GraphStore graph() {
        return store;
    }

    /** A live link found by its token's hash, with the wave it belongs to. */
    record LiveLink(
            String id,
            String hash,
            String partner,
            String state,
            List<String> leads,
            List<String> missing,
            String comment,
            String survey,
            String name,
            LocalDate closes,
            String language,
            List<String> partners) {}

    /** Partners by id, in id order; every partner when {@code ids} is null. */
    List<WavePartner> partners(List<String> ids) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        return store.read(tx -> tx.run(CypherFiles.load("survey/partners"), params)
                .list(r -> new WavePartner(r.get("id").asString(), text(r.get("name")), text(r.get("sector")))));
    }

    List<String> tablePartners(String table, LocalDate at) {
        return store.read(tx -> tx.run(CypherFiles.load("survey/table-partners"), Map.of("table", table, "at", at))
                .list(r -> r.get("id").asString()));
    }

    boolean tableExists(String table) {
        return store.read(tx -> tx.run(CypherFiles.load("survey/table-exists"), Map.of("id", table))
                        .single()
                        .get("n")
                        .asLong()
                > 0);
    }

    void createWave(String id, WaveRequest request, List<String> partners, List<Map<String, Object>> links) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("name", request.name());
        params.put("closes", request.closes());
        params.put("language", request.language());
        params.put("table", request.table());
        params.put("partners", partners);
        params.put("opened", Instant.now().toString());
        params.put("links", links);
        store.writeUnversioned(
                tx -> tx.run(CypherFiles.load("survey/create-wave"), params).consume());
    }

    /** Every wave (id null) or one, newest first, with partner names on the links. */
    List<Wave> waves(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        List<Record> rows = store.read(
                tx -> tx.run(CypherFiles.load("survey/waves"), params).list());
        Map<String, String> names = new HashMap<>();
        partners(null).forEach(p -> names.put(p.id(), p.name()));
        List<Wave> waves = new ArrayList<>();
        for (Record r : rows) {
            List<Wave.Link> links = new ArrayList<>();
            int submitted = 0;
            for (Value l : r.get("links").values()) {
                if (l.isNull()) {
                    continue;
                }
                String partner = l.get("partner").asString();
                String state = l.get("state").asString();
                submitted += "submitted".equals(state) ? 1 : 0;
                links.add(new Wave.Link(
                        partner,
                        names.getOrDefault(partner, partner),
                        state,
                        l.get("revoked").asBoolean(),
                        text(l.get("opened")),
                        text(l.get("submitted"))));
            }
            int invited = links.size();
            waves.add(new Wave(
                    r.get("id").asString(),
                    r.get("name").asString(),
                    r.get("closes").asLocalDate(),
                    r.get("language").asString(),
                    text(r.get("table")),
                    r.get("status").asString(),
                    text(r.get("opened")),
                    r.get("closedOn").isNull() ? null : r.get("closedOn").asLocalDate(),
                    invited,
                    submitted,
                    invited == 0 ? 0.0 : (double) submitted / invited,
                    links));
        }
        return waves;
    }

    /**
     * The moment a wave stands for when networks are compared: the day it closed, or, while it is open, the
     * day it closes. Empty for an unknown wave.
     */
    public Optional<LocalDate> moment(String id) {
        return wave(id).map(w -> w.closedOn() != null ? w.closedOn() : w.closes());
    }

    Optional<Wave> wave(String id) {
        return waves(id).stream().findFirst();
    }

    List<String> wavePartners(String id) {
        return store
                .read(tx -> tx.run(CypherFiles.load("survey/wave-partners"), Map.of("id", id))
                        .list(r -> r.get("partners").asList(Value::asString)))
                .stream()
                .findFirst()
                .orElse(List.of());
    }

    Optional<LiveLink> findLink(String hash, LocalDate today) {
        return store
                .read(tx -> tx.run(CypherFiles.load("survey/find-link"), Map.of("hash", hash, "today", today))
                        .list(SurveyStore::liveLink))
                .stream()
                .filter(l -> SurveyTokens.sameHash(hash, l.hash()))
                .findFirst();
    }

    void markOpened(String linkId) {
        store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("survey/mark-opened"),
                        Map.of("id", linkId, "now", Instant.now().toString()))
                .consume());
    }

    List<TieAnswer> respondentTies(String survey, String partner) {
        return store.read(
                tx -> tx.run(CypherFiles.load("survey/respondent-ties"), Map.of("survey", survey, "partner", partner))
                        .list(r -> tie(partner, r)));
    }

    /**
     * Writes one respondent's answers in one transaction; false (and nothing written) when the link died
     * meanwhile (revoked, or its wave closed).
     */
    boolean save(
            LiveLink link,
            List<TieAnswer> ties,
            List<String> removed,
            List<String> leads,
            List<String> missing,
            String comment,
            boolean submit) {
        Map<String, Object> params = new HashMap<>();
        params.put("link", link.id());
        params.put("hash", link.hash());
        params.put("ties", ties.stream().map(TieAnswer::parameters).toList());
        params.put("removed", removed);
        params.put("leads", leads);
        params.put("missing", missing);
        params.put("comment", comment);
        params.put("submit", submit);
        params.put("now", Instant.now().toString());
        return store.writeUnversioned(
                tx -> tx.run(CypherFiles.load("survey/save-answers"), params).hasNext());
    }

    static List<TieAnswer> waveTies(SimpleQueryRunner tx, String survey) {
        return tx.run(CypherFiles.load("survey/wave-ties"), Map.of("survey", survey))
                .list(r -> tie(r.get("from").asString(), r));
    }

    List<TieAnswer> waveTies(String survey) {
        return store.read(tx -> waveTies(tx, survey));
    }

    List<LinkAnswers> waveAnswers(String survey) {
        return store.read(tx -> tx.run(CypherFiles.load("survey/wave-answers"), Map.of("survey", survey))
                .list(r -> new LinkAnswers(
                        r.get("partner").asString(),
                        r.get("state").asString(),
                        strings(r.get("leads")),
                        strings(r.get("missing")),
                        text(r.get("comment")))));
    }

    /** Partners chairing a steering table on {@code at}. */
    List<String> steeringChairs(LocalDate at) {
        return store.read(tx -> tx.run(CypherFiles.load("survey/steering-chairs"), Map.of("at", at))
                .list(r -> r.get("id").asString()));
    }

    boolean revoke(String survey, String partner) {
        return store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("survey/revoke-link"),
                        Map.of(
                                "survey",
                                survey,
                                "partner",
                                partner,
                                "now",
                                Instant.now().toString()))
                .hasNext());
    }

    /** Gives a partner's link a new token (the old one stops working); false when the partner has no link. */
    boolean reissue(String survey, String partner, String hash) {
        return store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("survey/reissue-link"),
                        Map.of("survey", survey, "partner", partner, "hash", hash))
                .hasNext());
    }

    private static LiveLink liveLink(Record r) {
        return new LiveLink(
                r.get("id").asString(),
                r.get("hash").asString(),
                r.get("partner").asString(),
                r.get("state").asString(),
                strings(r.get("leads")),
                strings(r.get("missing")),
                text(r.get("comment")),
                r.get("survey").asString(),
                r.get("name").asString(),
                r.get("closes").asLocalDate(),
                r.get("language").asString(),
                strings(r.get("partners")));
    }

    private static TieAnswer tie(String from, Record r) {
        return new TieAnswer(
                from,
                r.get("to").asString(),
                strings(r.get("kinds")),
                text(r.get("frequency")),
                integer(r.get("openness")),
                integer(r.get("reliability")),
                integer(r.get("mission")),
                integer(r.get("influence")),
                integer(r.get("involvement")),
                integer(r.get("resources")));
    }

    static Map<String, List<String>> byPartner(List<TieAnswer> ties) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        ties.forEach(
                t -> named.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t.to()));
        return named;
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
