package be.tafel.table;

import be.tafel.analysis.Reach;
import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
import be.tafel.store.CypherFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Reads what a table's analysis needs beyond the cached views, with the queries of {@code cypher/table/}:
 * the seats on a day, the members' services (for age bands) and the facts of the families members reach.
 */
final class TableStore {
    private TableStore() {}

    /** One valid seat: a partner or a person (with the partner it works for, if any). */
    record SeatRow(String member, String type, String role, LocalDate since, LocalDate until, String partner) {
        boolean isPerson() {
            return "person".equals(type);
        }

        /** The partner this seat makes present at the table; null for a person who works for nobody. */
        String representedPartner() {
            return isPerson() ? partner : member;
        }
    }

    record ServiceRow(String partner, String id, String domain, Integer ageMin, Integer ageMax, String neighbourhood) {}

    record FamilyRow(String id, String neighbourhood, List<AgeBand> childAgeBands, List<String> needs) {}

    /** One thing that connects a family to the network: a service, a person or a partner id. */
    record Connection(String family, List<String> needs, String via) {}

    /** The seats, the members' services and the families they reach, from one consistent read. */
    record Loaded(
            List<SeatRow> seats,
            List<ServiceRow> services,
            List<FamilyRow> families,
            List<TableReport.NamedMissing> named) {}

    /** The seats on {@code at}, the members' services and their families, read in {@code tx}. */
    static Loaded load(SimpleQueryRunner tx, String table, LocalDate at, Reach reach) {
        List<SeatRow> seats = seats(tx, table, at);
        Set<String> partners = representedPartners(seats).keySet();
        List<ServiceRow> services = new ArrayList<>();
        tx.run(CypherFiles.load("table/services"), Map.of("partners", List.copyOf(partners)))
                .forEachRemaining(r -> services.add(new ServiceRow(
                        r.get("partner").asString(),
                        r.get("id").asString(),
                        text(r.get("domain")),
                        integer(r.get("ageMin")),
                        integer(r.get("ageMax")),
                        text(r.get("neighbourhood")))));
        return new Loaded(seats, services, families(tx, partners, reach), NamedByPartners.read(tx, at));
    }

    /**
     * The seats on {@code at} and the facts of the families the members reach, read in {@code tx}: what the empty
     * chairs and the families reached need (no services, no partners named as missing).
     */
    static Loaded loadSeatsAndFamilies(SimpleQueryRunner tx, String table, LocalDate at, Reach reach) {
        List<SeatRow> seats = seats(tx, table, at);
        return new Loaded(
                seats, List.of(), families(tx, representedPartners(seats).keySet(), reach), List.of());
    }

    /** Who sits at {@code table} on {@code at}, read in {@code tx}. */
    static List<SeatRow> seats(SimpleQueryRunner tx, String table, LocalDate at) {
        List<SeatRow> seats = new ArrayList<>();
        tx.run(CypherFiles.load("table/seats"), Map.of("table", table, "at", at))
                .forEachRemaining(r -> seats.add(new SeatRow(
                        r.get("member").asString(),
                        r.get("type").asString(),
                        text(r.get("role")),
                        date(r.get("since")),
                        date(r.get("until")),
                        text(r.get("partner")))));
        return seats;
    }

    /** The names of the partners and persons among {@code ids}, read in {@code tx}. */
    static Map<String, String> names(SimpleQueryRunner tx, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        tx.run(CypherFiles.load("meeting/names"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(r -> names.put(r.get("id").asString(), text(r.get("name"))));
        return names;
    }

    /** The facts of the families {@code partners} reach, read in {@code tx}. */
    private static List<FamilyRow> families(SimpleQueryRunner tx, Set<String> partners, Reach reach) {
        Set<String> reached = new TreeSet<>();
        partners.forEach(p -> reached.addAll(reach.of(p)));
        List<FamilyRow> families = new ArrayList<>();
        tx.run(CypherFiles.load("table/families"), Map.of("families", List.copyOf(reached)))
                .forEachRemaining(r -> families.add(new FamilyRow(
                        r.get("id").asString(),
                        text(r.get("neighbourhood")),
                        r.get("childAgeBands").asList(v -> Coded.parse(AgeBand.class, v.asString())).stream()
                                .flatMap(Optional::stream)
                                .distinct()
                                .toList(),
                        r.get("needs").asList(Value::asString))));
        return families;
    }

    /** The families hanging on any of {@code elements}, each with everything that connects it, read in {@code tx}. */
    static List<Connection> connections(
            SimpleQueryRunner tx, Collection<String> elements, LocalDate at, LocalDate from) {
        List<Connection> rows = new ArrayList<>();
        tx.run(
                        CypherFiles.load("table/family-connections"),
                        Map.of("elements", List.copyOf(elements), "at", at, "from", from))
                .forEachRemaining(r -> rows.add(new Connection(
                        r.get("family").asString(),
                        r.get("needs").asList(Value::asString),
                        r.get("via").asString())));
        return rows;
    }

    /**
     * The partners present at the table, each with the seats that make it present: its own and those of the
     * persons who work for it. A person who works for no partner represents nobody.
     */
    static Map<String, List<String>> representedPartners(List<SeatRow> seats) {
        Map<String, Set<String>> bySeat = new LinkedHashMap<>();
        for (SeatRow seat : seats) {
            String partner = seat.representedPartner();
            if (partner != null) {
                bySeat.computeIfAbsent(partner, k -> new LinkedHashSet<>()).add(seat.member());
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        bySeat.forEach((partner, members) -> result.put(partner, List.copyOf(members)));
        return result;
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
