package be.tafel.store;

import be.tafel.model.Access;
import be.tafel.model.Coded;
import be.tafel.model.Collaboration;
import be.tafel.model.Family;
import be.tafel.model.Partner;
import be.tafel.model.Period;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Table;
import be.tafel.model.Use;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records as the parameter rows of the import queries in {@code cypher/import/}. */
final class StoreRows {
    private StoreRows() {}

    static Map<String, Object> of(Partner p) {
        return properties(p);
    }

    static Map<String, Object> of(Person p) {
        Map<String, Object> row = withPeriod(
                row("id", p.id(), "name", p.name(), "role", code(p.role()), "worksFor", p.worksFor()), p.period());
        row.put("worksForSince", p.worksForSince());
        row.put("worksForUntil", p.worksForUntil());
        return row;
    }

    /** The properties of a new {@code WORKS_FOR}: when it holds. */
    static Map<String, Object> worksFor(Person p) {
        return withPeriod(new HashMap<>(), p.worksForPeriod());
    }

    static Map<String, Object> of(Service s) {
        return row(
                "id",
                s.id(),
                "name",
                s.name(),
                "provider",
                s.provider(),
                "domain",
                s.domain(),
                "ageMin",
                s.ageMin(),
                "ageMax",
                s.ageMax(),
                "neighbourhood",
                s.neighbourhood(),
                "capacity",
                s.capacity(),
                "access",
                access(s.access()));
    }

    static Map<String, Object> of(Family f) {
        return row(
                "id",
                f.id(),
                "neighbourhood",
                f.neighbourhood(),
                "childAgeBands",
                f.childAgeBands().stream().map(Coded::code).toList(),
                "needs",
                f.needs());
    }

    static Map<String, Object> of(Table t) {
        return row("id", t.id(), "name", t.name(), "kind", code(t.kind()), "domains", t.domains());
    }

    static Map<String, Object> of(Seat s) {
        return withPeriod(
                row("key", s.key(), "member", s.member(), "table", s.table(), "role", code(s.role())), s.period());
    }

    static Map<String, Object> of(Collaboration c) {
        return withPeriod(
                row(
                        "key",
                        c.key(),
                        "a",
                        c.a(),
                        "b",
                        c.b(),
                        "kind",
                        c.kind(),
                        "strength",
                        c.strength(),
                        "trust",
                        c.trust()),
                c.period());
    }

    static Map<String, Object> of(Support s) {
        return withPeriod(row("key", s.key(), "person", s.person(), "family", s.family()), s.period());
    }

    static Map<String, Object> of(Use u) {
        return withPeriod(row("key", u.key(), "family", u.family(), "service", u.service()), u.period());
    }

    static Map<String, Object> of(Referral r) {
        return row(
                "id",
                r.id(),
                "from",
                r.from(),
                "to",
                r.to(),
                "family",
                r.family(),
                "date",
                r.date(),
                "domain",
                r.domain(),
                "status",
                code(r.status()),
                "completedOn",
                r.completedOn());
    }

    /** A row of {@code import/create-nodes}: the node's labels and its properties, as they are stored. */
    static Map<String, Object> node(List<String> labels, Map<String, Object> properties) {
        return row("labels", labels, "properties", properties);
    }

    static Map<String, Object> properties(Partner p) {
        return withPeriod(
                row(
                        "id",
                        p.id(),
                        "name",
                        p.name(),
                        "sector",
                        p.sector(),
                        "domains",
                        p.domains(),
                        "neighbourhoods",
                        p.neighbourhoods(),
                        "kind",
                        code(p.kind())),
                p.period());
    }

    static Map<String, Object> properties(Person p) {
        return withPeriod(row("id", p.id(), "name", p.name(), "role", code(p.role())), p.period());
    }

    /** Access scores are stored flat, as {@code access_reachable} and so on. */
    static Map<String, Object> properties(Service s) {
        Map<String, Object> properties = row(
                "id",
                s.id(),
                "name",
                s.name(),
                "domain",
                s.domain(),
                "ageMin",
                s.ageMin(),
                "ageMax",
                s.ageMax(),
                "neighbourhood",
                s.neighbourhood(),
                "capacity",
                s.capacity());
        if (s.access() != null) {
            int[] scores = s.access().scores();
            for (int i = 0; i < scores.length; i++) {
                properties.put("access_" + Access.FIELDS.get(i), scores[i]);
            }
        }
        return properties;
    }

    /** Families carry only their allowlisted facts. */
    static Map<String, Object> properties(Family f) {
        return row(
                "id",
                f.id(),
                "neighbourhood",
                f.neighbourhood(),
                "childAgeBands",
                f.childAgeBands().stream().map(Coded::code).toList(),
                "needs",
                f.needs());
    }

    static Map<String, Object> properties(Table t) {
        return row("id", t.id(), "name", t.name(), "kind", code(t.kind()), "domains", t.domains());
    }

    /** A row of {@code import/create-relationships}: both ends as element ids, the type, the properties. */
    static Map<String, Object> relationship(String start, String type, String end, Map<String, Object> properties) {
        return row("start", start, "type", type, "end", end, "properties", properties);
    }

    static Map<String, Object> properties(Seat s) {
        return withPeriod(row("key", s.key(), "role", code(s.role())), s.period());
    }

    static Map<String, Object> properties(Collaboration c) {
        return withPeriod(
                row("key", c.key(), "kind", c.kind(), "strength", c.strength(), "trust", c.trust()), c.period());
    }

    static Map<String, Object> properties(Support s) {
        return withPeriod(row("key", s.key()), s.period());
    }

    static Map<String, Object> properties(Use u) {
        return withPeriod(row("key", u.key()), u.period());
    }

    /** A row of {@code import/create-referrals}: the ends as element ids. */
    static Map<String, Object> newReferral(Referral r, String from, String to, String family) {
        return row(
                "id",
                r.id(),
                "from",
                from,
                "to",
                to,
                "family",
                family,
                "date",
                r.date(),
                "domain",
                r.domain(),
                "status",
                code(r.status()),
                "completedOn",
                r.completedOn());
    }

    private static Map<String, Object> access(Access a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> scores = new HashMap<>();
        int[] values = a.scores();
        for (int i = 0; i < values.length; i++) {
            scores.put(Access.FIELDS.get(i), values[i]);
        }
        return scores;
    }

    private static Map<String, Object> withPeriod(Map<String, Object> row, Period period) {
        row.put("since", period.since());
        row.put("until", period.until());
        return row;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    /** A map that, unlike {@code Map.of}, holds nulls: a null property is removed by {@code SET}. */
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    static <T> List<Map<String, Object>> all(List<T> records, java.util.function.Function<T, Map<String, Object>> f) {
        return records.stream().map(f).toList();
    }
}
