package be.tafel.survey;

import be.tafel.importing.ImportProblem;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.message.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a broker does with waves: open one, follow its links, revoke or reissue a link, close it. */
public final class SurveyService {
    static final int MAX_NAME = 200;
    static final int MIN_PARTNERS = 2;

    private final SurveyStore store;
    private final SurveyTieWriter ties;
    /** Results of closed waves (their answers no longer change), by wave and graph version. */
    private final Map<String, WaveResults> closedResults = new java.util.concurrent.ConcurrentHashMap<>();

    /** Who closes a wave recorded elsewhere (the demo's waves), in the journal. */
    public static final Author RECORDER = new Author("survey import", "system", "survey-import");

    public SurveyService(SurveyStore store, Journal journal) {
        this.store = store;
        this.ties = new SurveyTieWriter(journal);
    }

    /**
     * Opens a wave and issues one link per partner. {@code baseUrl} is where the app is reached (the
     * links point to its questionnaire page).
     */
    public NewWave open(WaveRequest request, String baseUrl, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            problems.add(problem("name", Message.of("waveName", "max", MAX_NAME)));
        }
        if (request.closes() == null) {
            problems.add(problem("closes", Message.of("waveCloses")));
        } else if (request.closes().isBefore(today)) {
            problems.add(problem(
                    "closes", Message.of("waveClosed", "date", request.closes().toString())));
        }
        String language = request.language() == null ? "nl" : request.language();
        if (!SurveyQuestions.LANGUAGES.contains(language)) {
            problems.add(problem("language", Message.of("waveLanguage", "allowed", SurveyQuestions.LANGUAGES)));
        }
        Set<String> ids = new LinkedHashSet<>();
        if (request.table() != null) {
            if (store.tableExists(request.table())) {
                ids.addAll(store.tablePartners(request.table(), today));
            } else {
                problems.add(problem(
                        "table", Message.of("importNoSuch", "field", "table", "kind", "table", "id", request.table())));
            }
        }
        List<String> asked = request.partners() == null ? List.of() : request.partners();
        Map<String, WavePartner> known = new HashMap<>();
        store.partners(asked.isEmpty() ? List.of() : asked).forEach(p -> known.put(p.id(), p));
        for (int i = 0; i < asked.size(); i++) {
            if (!known.containsKey(asked.get(i))) {
                problems.add(new ImportProblem(
                        "wave",
                        null,
                        "partners[" + i + "]",
                        Message.of(
                                "importNoSuch",
                                "field",
                                "partners[" + i + "]",
                                "kind",
                                "partner",
                                "id",
                                asked.get(i))));
            }
            ids.add(asked.get(i));
        }
        if (request.table() == null && request.partners() == null) {
            problems.add(problem("partners", Message.of("waveNoPartners")));
        } else if (problems.isEmpty() && ids.size() < MIN_PARTNERS) {
            problems.add(problem("partners", Message.of("waveFewPartners", "min", MIN_PARTNERS)));
        }
        if (!problems.isEmpty()) {
            throw new SurveyExceptions.InvalidSurvey(problems);
        }
        List<WavePartner> partners = store.partners(List.copyOf(ids));
        String id = SurveyTokens.newId("wave-");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<NewWave.IssuedLink> links = new ArrayList<>();
        for (WavePartner p : partners) {
            String token = SurveyTokens.newToken();
            rows.add(Map.of("id", SurveyTokens.newId("link-"), "partner", p.id(), "hash", SurveyTokens.hash(token)));
            links.add(new NewWave.IssuedLink(p.id(), p.name(), token, url(baseUrl, token, language)));
        }
        WaveRequest normalised =
                new WaveRequest(request.name().strip(), null, request.table(), request.closes(), language);
        store.createWave(id, normalised, partners.stream().map(WavePartner::id).toList(), rows);
        return new NewWave(id, links);
    }

    /**
     * Records a wave gathered elsewhere with its answers (no links are handed out: their tokens are thrown
     * away), and closes it on {@code closedOn} through {@link SurveyTieWriter} when that is set. Does
     * nothing when a wave with that id exists.
     */
    public void record(RecordedWave wave) {
        if (store.wave(wave.id()).isPresent()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, SurveyStore.LiveLink> links = new HashMap<>();
        for (String partner : wave.partners()) {
            String id = SurveyTokens.newId("link-");
            String hash = SurveyTokens.hash(SurveyTokens.newToken());
            rows.add(Map.of("id", id, "partner", partner, "hash", hash));
            links.put(
                    partner,
                    new SurveyStore.LiveLink(
                            id,
                            hash,
                            partner,
                            "not-opened",
                            List.of(),
                            List.of(),
                            null,
                            wave.id(),
                            wave.name(),
                            wave.closes(),
                            wave.language(),
                            wave.partners()));
        }
        store.createWave(
                wave.id(),
                new WaveRequest(wave.name(), null, null, wave.closes(), wave.language()),
                wave.partners(),
                rows);
        for (RecordedWave.Respondent r : wave.respondents()) {
            store.save(links.get(r.partner()), r.ties(), List.of(), r.leads(), r.missing(), r.comment(), r.submitted());
        }
        if (wave.closedOn() != null) {
            ties.closeAndApply(RECORDER, wave.id(), wave.closedOn());
        }
    }

    public List<Wave> waves() {
        return store.waves(null);
    }

    public Wave wave(String id) {
        return store.wave(id).orElseThrow(() -> new SurveyExceptions.UnknownWave(id));
    }

    /** Closes an open wave and writes its ties ({@link SurveyTieWriter}), journaled as {@code who}'s change. */
    public SurveyTieWriter.Applied close(Author who, String id, LocalDate today) {
        Wave wave = wave(id);
        if (!wave.isOpen()) {
            throw new SurveyExceptions.WaveClosed(id);
        }
        LocalDate on = wave.closes().isBefore(today) ? wave.closes() : today;
        SurveyTieWriter.Applied applied = ties.closeAndApply(who, id, on);
        if (applied == null) {
            throw new SurveyExceptions.WaveClosed(id);
        }
        return applied;
    }

    public void revoke(String id, String partner) {
        Wave wave = wave(id);
        if (!wave.isOpen()) {
            throw new SurveyExceptions.WaveClosed(id);
        }
        if (!store.revoke(id, partner)) {
            throw new SurveyExceptions.InvalidSurvey(
                    List.of(problem("partner", Message.of("waveNoLink", "id", partner))));
        }
    }

    /** New tokens for the given partners' links (all links when the list is empty); the old ones die. */
    public NewWave reissue(String id, List<String> partners, String baseUrl) {
        Wave wave = wave(id);
        if (!wave.isOpen()) {
            throw new SurveyExceptions.WaveClosed(id);
        }
        List<String> asked = partners == null || partners.isEmpty()
                ? wave.links().stream().map(Wave.Link::partner).toList()
                : partners;
        Map<String, String> names = new HashMap<>();
        wave.links().forEach(l -> names.put(l.partner(), l.name()));
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            if (!names.containsKey(asked.get(i))) {
                problems.add(new ImportProblem(
                        "links", null, "partners[" + i + "]", Message.of("waveNotInvited", "id", asked.get(i))));
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyExceptions.InvalidSurvey(problems);
        }
        List<NewWave.IssuedLink> links = new ArrayList<>();
        for (String partner : asked) {
            String token = SurveyTokens.newToken();
            store.reissue(id, partner, SurveyTokens.hash(token));
            links.add(new NewWave.IssuedLink(partner, names.get(partner), token, url(baseUrl, token, wave.language())));
        }
        return new NewWave(id, links);
    }

    /** The figures of a wave, open or closed, from the answers stored so far. */
    public WaveResults results(String id) {
        Wave wave = wave(id);
        if (wave.isOpen()) {
            return compute(wave);
        }
        String key = id + "@" + store.graph().version();
        if (closedResults.size() > 64) {
            closedResults.clear();
        }
        return closedResults.computeIfAbsent(key, k -> compute(wave));
    }

    private WaveResults compute(Wave wave) {
        String id = wave.id();
        List<WavePartner> partners = store.partners(store.wavePartners(id));
        return WaveResults.of(
                wave, partners, store.waveAnswers(id), store.waveTies(id), store.steeringChairs(wave.date()));
    }

    /** The questionnaire's address: the token rides in the fragment, so it never reaches a server log. */
    static String url(String baseUrl, String token, String language) {
        return baseUrl + "/survey.html" + ("en".equals(language) ? "?lang=en" : "") + "#" + token;
    }

    private static ImportProblem problem(String field, Message message) {
        return new ImportProblem("wave", null, field, message);
    }
}
