package be.tafel.report;

import be.tafel.store.CypherFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/** What the reports read from the store beside the views ({@code cypher/report/}), in the caller's transaction. */
final class ReportStore {
    private ReportStore() {}

    /**
     * A seat valid on the day.
     *
     * @param partner the partner the member represents: itself, or the partner a person works for (null for a
     *     person who works for no partner)
     */
    record Seat(
            String table,
            String member,
            String memberName,
            String type,
            String role,
            LocalDate since,
            String partner) {}

    /** One stored collaboration valid on the day; {@code kind}, {@code strength} and {@code trust} may be null. */
    record Collaboration(String a, String b, String kind, Double strength, Integer trust) {
        String other(String partner) {
            return a.equals(partner) ? b : a;
        }
    }

    static List<Seat> seats(SimpleQueryRunner tx, LocalDate at) {
        List<Seat> seats = new ArrayList<>();
        tx.run(CypherFiles.load("report/seats"), Map.of("at", at))
                .forEachRemaining(r -> seats.add(new Seat(
                        r.get("table").asString(),
                        r.get("member").asString(),
                        text(r.get("memberName")),
                        r.get("type").asString(),
                        text(r.get("role")),
                        r.get("since").isNull() ? null : r.get("since").asLocalDate(),
                        text(r.get("partner")))));
        return seats;
    }

    static List<Collaboration> collaborations(SimpleQueryRunner tx, Collection<String> partners, LocalDate at) {
        List<Collaboration> rows = new ArrayList<>();
        tx.run(CypherFiles.load("report/collaborations"), Map.of("partners", List.copyOf(partners), "at", at))
                .forEachRemaining(r -> rows.add(new Collaboration(
                        r.get("a").asString(),
                        r.get("b").asString(),
                        text(r.get("kind")),
                        r.get("strength").isNull() ? null : r.get("strength").asDouble(),
                        r.get("trust").isNull() ? null : r.get("trust").asInt())));
        return rows;
    }

    /** Where each of {@code families} lives and the age bands of its children, read with {@code table/families}. */
    static List<FamilyFacts> families(SimpleQueryRunner tx, Collection<String> families) {
        List<FamilyFacts> rows = new ArrayList<>();
        tx.run(CypherFiles.load("table/families"), Map.of("families", List.copyOf(families)))
                .forEachRemaining(r -> rows.add(new FamilyFacts(
                        text(r.get("neighbourhood")), r.get("childAgeBands").asList(Value::asString))));
        return rows;
    }

    /** A family as a report counts it: never its id, only where it lives and its children's age bands. */
    record FamilyFacts(String neighbourhood, List<String> childAgeBands) {}

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
