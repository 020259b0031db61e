package be.tafel.survey;

import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
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
 * <p>The close and the ties are one versioned write: all or nothing, and the caches see a new graph. A
 * journal of changes should record this write here.
 */
public final class SurveyTieWriter {
    private final GraphStore store;

    public SurveyTieWriter(GraphStore store) {
        this.store = store;
    }

    /** What closing a wave wrote. */
    public record Applied(String wave, LocalDate on, int ties, int reciprocated) {}

    /** Closes an open wave on {@code on} and writes its ties; null when the wave was not open. */
    public Applied closeAndApply(String wave, LocalDate on) {
        return store.write(tx -> {
            boolean closed = tx.run(CypherFiles.load("survey/close-wave"), Map.of("id", wave, "on", on))
                    .hasNext();
            if (!closed) {
                return null;
            }
            List<TieAnswer> ties = SurveyStore.waveTies(tx, wave);
            List<Map<String, Object>> rows = rows(wave, on, ties);
            tx.run(CypherFiles.load("survey/write-ties"), Map.of("rows", rows)).consume();
            int reciprocated = (int)
                    rows.stream().filter(r -> (Boolean) r.get("reciprocated")).count();
            return new Applied(wave, on, rows.size(), reciprocated);
        });
    }

    static List<Map<String, Object>> rows(String wave, LocalDate on, List<TieAnswer> ties) {
        Set<String> named = new HashSet<>();
        ties.forEach(t -> named.add(t.from() + "|" + t.to()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TieAnswer t : ties) {
            Map<String, Object> row = new HashMap<>(t.parameters());
            row.put("key", "wave|" + wave + "|" + t.from() + "|" + t.to());
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
