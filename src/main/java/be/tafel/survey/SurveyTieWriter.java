package be.tafel.survey;

import be.tafel.journal.Author;
import be.tafel.journal.ElementRef;
import be.tafel.journal.Journal;
import be.tafel.store.CypherFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * <b>The one place where survey answers become network data.</b> Closing a wave turns every tie its
 * respondents named into a {@code COLLABORATES} relationship, in the respondent's direction (from the
 * partner that answered to the partner it named), dated to the wave ({@code since = until =} the day it
 * closed), carrying the six indicators, {@code trust} and {@code value} (the mean of their three answered
 * indicators), the kinds and frequency, and {@code reciprocated} (whether the named partner named the
 * respondent too). The ties carry {@code wave}, so the analyses at a date leave them out and
 * {@code wave=ID} reads exactly them.
 *
 * <p>The close and the ties are one write through the {@link Journal} (op {@value #OP}): all or nothing,
 * the caches see a new graph, the journal's entry holds the wave's state and every tie before and after,
 * and undoing it takes the ties away and opens the wave again.
 */
public final class SurveyTieWriter {
    /** The journal's op of a wave's closing. */
    public static final String OP = "survey";

    private final Journal journal;

    public SurveyTieWriter(Journal journal) {
        this.journal = journal;
    }

    /** What closing a wave wrote. */
    public record Applied(String wave, LocalDate on, int ties, int reciprocated) {}

    /** Closes an open wave on {@code on} and writes its ties; null when the wave was not open. */
    public Applied closeAndApply(Author who, String wave, LocalDate on) {
        try {
            return journal.change(who, OP, null, tx -> refs(wave, SurveyStore.waveTies(tx, wave)), tx -> {
                        boolean closed = tx.run(CypherFiles.load("survey/close-wave"), Map.of("id", wave, "on", on))
                                .hasNext();
                        if (!closed) {
                            throw new NotOpen();
                        }
                        List<Map<String, Object>> rows = rows(wave, on, SurveyStore.waveTies(tx, wave));
                        tx.run(CypherFiles.load("survey/write-ties"), Map.of("rows", rows))
                                .consume();
                        int reciprocated = (int) rows.stream()
                                .filter(r -> (Boolean) r.get("reciprocated"))
                                .count();
                        return new Applied(wave, on, rows.size(), reciprocated);
                    })
                    .value();
        } catch (NotOpen e) {
            return null;
        }
    }

    /** The elements a close changes: the wave and a tie per answer. */
    private static List<ElementRef> refs(String wave, List<TieAnswer> ties) {
        List<ElementRef> refs = new ArrayList<>();
        refs.add(new ElementRef(Journal.SURVEYS, wave, false));
        ties.forEach(t -> refs.add(new ElementRef(Journal.SURVEY_TIES, key(wave, t), false)));
        return refs;
    }

    private static String key(String wave, TieAnswer t) {
        return "wave|" + wave + "|" + t.from() + "|" + t.to();
    }

    /** The wave was not open (closed meanwhile): the transaction rolls back and nothing is written. */
    private static final class NotOpen extends RuntimeException {
        NotOpen() {
            super(null, null, false, false);
        }
    }

    static List<Map<String, Object>> rows(String wave, LocalDate on, List<TieAnswer> ties) {
        Set<String> named = new HashSet<>();
        ties.forEach(t -> named.add(t.from() + "|" + t.to()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TieAnswer t : ties) {
            Map<String, Object> row = new HashMap<>(t.parameters());
            row.put("key", key(wave, t));
            row.put("wave", wave);
            row.put("from", t.from());
            row.put("kind", t.kinds().isEmpty() ? null : t.kinds().get(0));
            row.put("trust", t.trust());
            row.put("value", t.value());
            row.put("reciprocated", named.contains(t.to() + "|" + t.from()));
            row.put("since", on);
            row.put("until", on);
            rows.add(row);
        }
        return rows;
    }
}
