package be.tafel.introduction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Two partners a broker means to introduce to each other, with the person who follows it up, the date it
 * is due, the reasons (as the missing-links analysis gave them) and its state. {@code worked} says that a
 * collaboration between the two was recorded in the journal after the introduction was made
 * ({@code workedAt} when), whatever state the broker set.
 */
public record Introduction(
        String id,
        String a,
        String b,
        String owner,
        String due,
        JsonNode reasons,
        String state,
        String created,
        String createdBy,
        long version,
        List<String> history,
        boolean worked,
        String workedAt) {}
