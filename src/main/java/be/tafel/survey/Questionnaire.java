package be.tafel.survey;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.PersonalData;
import be.tafel.message.Message;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The respondent's side: {@code GET} and {@code PUT /api/survey/{token}}. The token is the credential; a
 * token that opens nothing (unknown, guessed, revoked, of a closed wave) always gives the same
 * {@link SurveyExceptions.DeadLink}. Answers are checked whole before anything is written; each named tie
 * is stored on its own, so two people of one partner answering at once both keep their ties, and a
 * respondent can only ever write its own partner's answers.
 */
public final class Questionnaire {
    static final int MAX_MISSING = 20;
    static final int MAX_TEXT = 200;
    static final int MAX_COMMENT = 4000;
    private static final Set<String> BODY_FIELDS = Set.of("ties", "leads", "missing", "comment", "submit");
    private static final Set<String> TIE_FIELDS = Set.of("partner", "kinds", "frequency", "trust", "value", "remove");

    private final SurveyStore store;

    public Questionnaire(SurveyStore store) {
        this.store = store;
    }

    public record Form(
            Survey survey,
            WavePartner respondent,
            List<SectorGroup> partners,
            List<String> kinds,
            List<String> frequencies,
            Answers answers) {}

    public record Survey(String id, String name, LocalDate closes, String language) {}

    public record SectorGroup(String sector, List<WavePartner> partners) {}

    public record Answers(String state, List<TieOut> ties, List<String> leads, List<String> missing, String comment) {}

    /** A stored tie in the shape the {@code PUT} takes. */
    public record TieOut(
            String partner,
            List<String> kinds,
            String frequency,
            Map<String, Integer> trust,
            Map<String, Integer> value) {
        static TieOut of(TieAnswer t) {
            Map<String, Integer> trust = new LinkedHashMap<>();
            trust.put("openness", t.openness());
            trust.put("reliability", t.reliability());
            trust.put("mission", t.mission());
            Map<String, Integer> value = new LinkedHashMap<>();
            value.put("influence", t.influence());
            value.put("involvement", t.involvement());
            value.put("resources", t.resources());
            return new TieOut(t.to(), t.kinds(), t.frequency(), trust, value);
        }
    }

    /** What the respondent needs: the wave, itself, the other partners by sector, and its answers so far. */
    public Form open(String token, LocalDate today) {
        SurveyStore.LiveLink link = live(token, today);
        store.markOpened(link.id());
        return form(link, "not-opened".equals(link.state()) ? "started" : link.state());
    }

    /** Checks the answers whole, then stores them; returns the form as it now stands. */
    public Form save(String token, JsonNode body, LocalDate today) {
        SurveyStore.LiveLink link = live(token, today);
        Set<String> invited = new HashSet<>(link.partners());
        List<ImportProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw invalid(List.of(problem("", null, Message.of("answersNotObject"))));
        }
        fields(body, BODY_FIELDS, "", null, problems);
        List<TieAnswer> ties = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        JsonNode tieNodes = body.path("ties");
        if (!tieNodes.isMissingNode() && !tieNodes.isNull() && !tieNodes.isArray()) {
            problems.add(problem("ties", null, Message.of("importNotList", "field", "ties")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; tieNodes.isArray() && i < tieNodes.size(); i++) {
            JsonNode t = tieNodes.get(i);
            String at = "ties[" + i + "]";
            if (!t.isObject()) {
                problems.add(problem(at, i, Message.of("answersObject", "field", at)));
                continue;
            }
            fields(t, TIE_FIELDS, at + ".", i, problems);
            String partner = t.path("partner").isTextual() ? t.path("partner").asText() : null;
            if (partner == null || !invited.contains(partner)) {
                problems.add(problem(
                        at + ".partner",
                        i,
                        partner == null
                                ? Message.of("answersNoPartner", "field", at + ".partner")
                                : Message.of("answersNotInvited", "id", partner)));
                continue;
            }
            if (partner.equals(link.partner())) {
                problems.add(problem(at + ".partner", i, Message.of("answersSelfTie")));
                continue;
            }
            if (!seen.add(partner)) {
                problems.add(problem(at + ".partner", i, Message.of("answersNamedTwice", "id", partner)));
                continue;
            }
            if (t.path("remove").asBoolean(false)) {
                removed.add(partner);
                continue;
            }
            List<String> kinds = textList(t.path("kinds"), at + ".kinds", i, SurveyQuestions.KINDS, problems);
            String frequency = null;
            JsonNode f = t.path("frequency");
            if (!f.isMissingNode() && !f.isNull()) {
                if (f.isTextual() && SurveyQuestions.FREQUENCIES.contains(f.asText())) {
                    frequency = f.asText();
                } else {
                    problems.add(problem(
                            at + ".frequency",
                            i,
                            Message.of(
                                    "answersOneOf",
                                    "field",
                                    at + ".frequency",
                                    "allowed",
                                    SurveyQuestions.FREQUENCIES)));
                }
            }
            Integer[] trust = ratings(t.path("trust"), at + ".trust", i, SurveyQuestions.TRUST, problems);
            Integer[] value = ratings(t.path("value"), at + ".value", i, SurveyQuestions.VALUE, problems);
            ties.add(new TieAnswer(
                    link.partner(),
                    partner,
                    kinds,
                    frequency,
                    trust[0],
                    trust[1],
                    trust[2],
                    value[0],
                    value[1],
                    value[2]));
        }
        List<String> leads = null;
        if (body.has("leads") && !body.get("leads").isNull()) {
            leads = textList(body.get("leads"), "leads", null, List.copyOf(invited), problems);
        }
        List<String> missing = null;
        if (body.has("missing") && !body.get("missing").isNull()) {
            missing = freeNames(body.get("missing"), problems);
        }
        String comment = null;
        JsonNode c = body.path("comment");
        if (!c.isMissingNode() && !c.isNull()) {
            if (!c.isTextual() || c.asText().length() > MAX_COMMENT) {
                problems.add(problem("comment", null, Message.of("answersComment", "max", MAX_COMMENT)));
            } else {
                comment = c.asText().strip();
            }
        }
        JsonNode submit = body.path("submit");
        if (!submit.isMissingNode() && !submit.isBoolean()) {
            problems.add(problem("submit", null, Message.of("answersSubmit")));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (!store.save(link, ties, removed, leads, missing, comment, submit.asBoolean(false))) {
            throw new SurveyExceptions.DeadLink();
        }
        return form(live(token, today), null);
    }

    private SurveyStore.LiveLink live(String token, LocalDate today) {
        if (!SurveyTokens.plausible(token)) {
            throw new SurveyExceptions.DeadLink();
        }
        return store.findLink(SurveyTokens.hash(token), today).orElseThrow(SurveyExceptions.DeadLink::new);
    }

    private Form form(SurveyStore.LiveLink link, String state) {
        List<WavePartner> partners = store.partners(link.partners());
        WavePartner self = partners.stream()
                .filter(p -> p.id().equals(link.partner()))
                .findFirst()
                .orElse(new WavePartner(link.partner(), link.partner(), null));
        Map<String, List<WavePartner>> bySector = new java.util.TreeMap<>();
        partners.stream()
                .filter(p -> !p.id().equals(link.partner()))
                .forEach(p -> bySector.computeIfAbsent(p.sector() == null ? "" : p.sector(), k -> new ArrayList<>())
                        .add(p));
        bySector.values()
                .forEach(l -> l.sort(java.util.Comparator.comparing(
                        WavePartner::name, java.util.Comparator.nullsLast(String::compareTo))));
        List<SectorGroup> groups = bySector.entrySet().stream()
                .map(e -> new SectorGroup(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
                .toList();
        List<TieOut> ties = store.respondentTies(link.survey(), link.partner()).stream()
                .map(TieOut::of)
                .toList();
        Answers answers =
                new Answers(state == null ? link.state() : state, ties, link.leads(), link.missing(), link.comment());
        return new Form(
                new Survey(link.survey(), link.name(), link.closes(), link.language()),
                self,
                groups,
                SurveyQuestions.KINDS,
                SurveyQuestions.FREQUENCIES,
                answers);
    }

    private static Integer[] ratings(
            JsonNode node, String at, Integer row, List<String> names, List<ImportProblem> problems) {
        Integer[] values = new Integer[names.size()];
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            problems.add(problem(at, row, Message.of("answersRatings", "field", at, "allowed", names)));
            return values;
        }
        fields(node, Set.copyOf(names), at + ".", row, problems);
        for (int k = 0; k < names.size(); k++) {
            JsonNode r = node.path(names.get(k));
            if (r.isMissingNode() || r.isNull()) {
                continue;
            }
            if (r.isIntegralNumber()
                    && r.asInt() >= SurveyQuestions.SCALE_MIN
                    && r.asInt() <= SurveyQuestions.SCALE_MAX) {
                values[k] = r.asInt();
            } else {
                problems.add(problem(
                        at + "." + names.get(k),
                        row,
                        Message.of(
                                "importWholeNumber",
                                "field",
                                at + "." + names.get(k),
                                "min",
                                SurveyQuestions.SCALE_MIN,
                                "max",
                                SurveyQuestions.SCALE_MAX,
                                "value",
                                r.toString())));
            }
        }
        return values;
    }

    private static List<String> textList(
            JsonNode node, String at, Integer row, List<String> allowed, List<ImportProblem> problems) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(problem(at, row, Message.of("importNotList", "field", at)));
            return values;
        }
        for (int k = 0; k < node.size(); k++) {
            JsonNode v = node.get(k);
            if (v.isTextual() && allowed.contains(v.asText())) {
                if (!values.contains(v.asText())) {
                    values.add(v.asText());
                }
            } else {
                problems.add(problem(
                        at + "[" + k + "]",
                        row,
                        Message.of("answersChoice", "field", at + "[" + k + "]", "value", v.toString())));
            }
        }
        return values;
    }

    private static List<String> freeNames(JsonNode node, List<ImportProblem> problems) {
        List<String> names = new ArrayList<>();
        if (!node.isArray() || node.size() > MAX_MISSING) {
            problems.add(problem("missing", null, Message.of("answersMissingList", "max", MAX_MISSING)));
            return names;
        }
        for (int k = 0; k < node.size(); k++) {
            JsonNode v = node.get(k);
            if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > MAX_TEXT) {
                problems.add(problem(
                        "missing[" + k + "]",
                        null,
                        Message.of("answersMissingName", "field", "missing[" + k + "]", "max", MAX_TEXT)));
            } else if (PersonalData.kind(v.asText()).isPresent()) {
                problems.add(problem(
                        "missing[" + k + "]",
                        null,
                        Message.of(
                                "answersMissingPersonal",
                                "field",
                                "missing[" + k + "]",
                                "kind",
                                PersonalData.kind(v.asText()).orElseThrow())));
            } else {
                names.add(v.asText().strip());
            }
        }
        return names;
    }

    private static void fields(
            JsonNode node, Set<String> allowed, String prefix, Integer row, List<ImportProblem> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problems.add(problem(prefix + name, row, Message.of("answersUnknownField", "field", prefix + name)));
            }
        }
    }

    private static ImportProblem problem(String field, Integer row, Message message) {
        return new ImportProblem("answers", row, field, message);
    }

    private static SurveyExceptions.InvalidSurvey invalid(List<ImportProblem> problems) {
        return new SurveyExceptions.InvalidSurvey(problems);
    }
}
