package be.tafel.survey;

import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * One tie a respondent named: from its partner ({@code from}) to another partner of the wave ({@code to}),
 * with the kinds of collaboration, how often, and the six indicators on a 1–4 scale (null while not yet
 * answered). {@link #trust()} and {@link #value()} are the means of the indicators answered.
 */
public record TieAnswer(
        String from,
        String to,
        List<String> kinds,
        String frequency,
        Integer openness,
        Integer reliability,
        Integer mission,
        Integer influence,
        Integer involvement,
        Integer resources) {
    public TieAnswer {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** Mean of openness, reliability and mission answered; null when none is. */
    public Double trust() {
        return mean(openness, reliability, mission);
    }

    /** Mean of influence, involvement and resources answered; null when none is. */
    public Double value() {
        return mean(influence, involvement, resources);
    }

    /** The answer as Cypher parameters (without {@code from}, which the store takes from the link). */
    Map<String, Object> parameters() {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("to", to);
        row.put("kinds", kinds);
        row.put("frequency", frequency);
        row.put("openness", openness);
        row.put("reliability", reliability);
        row.put("mission", mission);
        row.put("influence", influence);
        row.put("involvement", involvement);
        row.put("resources", resources);
        return row;
    }

    private static Double mean(Integer... ratings) {
        double[] given = Stream.of(ratings)
                .filter(r -> r != null)
                .mapToDouble(Integer::doubleValue)
                .toArray();
        return given.length == 0 ? null : DoubleStream.of(given).average().orElseThrow();
    }
}
