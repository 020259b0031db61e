package be.tafel.importing;

import be.tafel.model.Access;
import be.tafel.model.AgeBand;
import be.tafel.model.Collaboration;
import be.tafel.model.Family;
import be.tafel.model.Partner;
import be.tafel.model.PartnerKind;
import be.tafel.model.Period;
import be.tafel.model.Person;
import be.tafel.model.PersonRole;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.model.Seat;
import be.tafel.model.SeatRole;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Table;
import be.tafel.model.TableKind;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.Set;

/**
 * Turns the rows of each section into model records. Every method reports problems through its
 * {@link FieldReader} and returns null for a row it cannot build.
 */
final class RowParser {
    private RowParser() {}

    static Partner partner(FieldReader r) {
        r.rejectUnknown(Set.of("id", "name", "sector", "domains", "neighbourhoods", "kind", "since", "until"), false);
        Period period = r.period();
        Partner p = new Partner(
                r.requiredText("id"),
                r.requiredText("name"),
                r.optionalText("sector"),
                r.textList("domains"),
                r.textList("neighbourhoods"),
                r.optionalEnum("kind", PartnerKind.class),
                period.since(),
                period.until());
        return p.id() == null || p.name() == null ? null : p;
    }

    static Person person(FieldReader r) {
        r.rejectUnknown(
                Set.of("id", "name", "role", "worksFor", "since", "until", "worksForSince", "worksForUntil"), false);
        Period period = r.period();
        Period works = r.period("worksForSince", "worksForUntil");
        Person p = new Person(
                r.requiredText("id"),
                r.requiredText("name"),
                r.requiredEnum("role", PersonRole.class),
                r.optionalText("worksFor"),
                period.since(),
                period.until(),
                works.since(),
                works.until());
        return p.id() == null || p.name() == null || p.role() == null ? null : p;
    }

    static Service service(FieldReader r) {
        r.rejectUnknown(
                Set.of("id", "name", "provider", "domain", "ageMin", "ageMax", "neighbourhood", "capacity", "access"),
                false);
        Integer ageMin = r.optionalInt("ageMin", 0, 25);
        Integer ageMax = r.optionalInt("ageMax", 0, 25);
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            r.problem("ageMax", "importAgeRange", "value", ageMax, "min", ageMin);
        }
        Service s = new Service(
                r.requiredText("id"),
                r.requiredText("name"),
                r.requiredText("provider"),
                r.optionalText("domain"),
                ageMin,
                ageMax,
                r.optionalText("neighbourhood"),
                r.optionalInt("capacity", 0, 1_000_000),
                r.has("access") ? access(r.nested("access")) : null);
        return s.id() == null || s.name() == null || s.provider() == null ? null : s;
    }

    private static Access access(FieldReader r) {
        if (!r.isObject()) {
            return null;
        }
        r.rejectUnknown(Set.copyOf(Access.FIELDS), false);
        Integer[] scores =
                Access.FIELDS.stream().map(f -> r.requiredInt(f, 1, 5)).toArray(Integer[]::new);
        for (Integer score : scores) {
            if (score == null) {
                return null;
            }
        }
        return new Access(scores[0], scores[1], scores[2], scores[3], scores[4]);
    }

    static Family family(FieldReader r) {
        r.rejectUnknown(Family.ALLOWED_FIELDS, true);
        Family f = new Family(
                r.requiredText("id"),
                r.optionalText("neighbourhood"),
                r.enumList("childAgeBands", AgeBand.class),
                r.textList("needs"));
        return f.id() == null ? null : f;
    }

    static Table table(FieldReader r) {
        r.rejectUnknown(Set.of("id", "name", "kind", "domains"), false);
        Table t = new Table(
                r.requiredText("id"),
                r.requiredText("name"),
                r.requiredEnum("kind", TableKind.class),
                r.textList("domains"));
        return t.id() == null || t.name() == null || t.kind() == null ? null : t;
    }

    static Seat seat(FieldReader r) {
        r.rejectUnknown(Set.of("member", "table", "role", "since", "until"), false);
        Seat s = new Seat(
                r.requiredText("member"), r.requiredText("table"), r.optionalEnum("role", SeatRole.class), r.period());
        if (s.member() == null || s.table() == null) {
            return null;
        }
        return s.role() == null ? new Seat(s.member(), s.table(), SeatRole.MEMBER, s.period()) : s;
    }

    static Collaboration collaboration(FieldReader r) {
        r.rejectUnknown(Set.of("a", "b", "kind", "strength", "trust", "since", "until"), false);
        String a = r.requiredText("a");
        String b = r.requiredText("b");
        Double strength = r.optionalPositive("strength");
        Integer trust = r.optionalInt("trust", 1, 5);
        Period period = r.period();
        if (a != null && a.equals(b)) {
            r.problem("b", "importSelfCollaboration", "id", a);
            return null;
        }
        return a == null || b == null
                ? null
                : new Collaboration(a, b, r.optionalText("kind"), strength == null ? 1.0 : strength, trust, period);
    }

    static Support support(FieldReader r) {
        r.rejectUnknown(Set.of("person", "family", "since", "until"), false);
        Support s = new Support(r.requiredText("person"), r.requiredText("family"), r.period());
        return s.person() == null || s.family() == null ? null : s;
    }

    static Use use(FieldReader r) {
        r.rejectUnknown(Set.of("family", "service", "since", "until"), false);
        Use u = new Use(r.requiredText("family"), r.requiredText("service"), r.period());
        return u.family() == null || u.service() == null ? null : u;
    }

    static Referral referral(FieldReader r) {
        r.rejectUnknown(Set.of("id", "from", "to", "family", "date", "domain", "status", "completedOn"), false);
        String id = r.requiredText("id");
        String from = r.requiredText("from");
        String to = r.requiredText("to");
        String family = r.requiredText("family");
        LocalDate date = r.requiredDate("date");
        String domain = r.optionalText("domain");
        ReferralStatus status = r.requiredEnum("status", ReferralStatus.class);
        LocalDate completedOn = r.optionalDate("completedOn");
        if (completedOn != null && date != null && completedOn.isBefore(date)) {
            r.problem("completedOn", "importCompletedBefore", "value", completedOn.toString(), "date", date.toString());
            return null;
        }
        if (id == null || from == null || to == null || family == null || date == null || status == null) {
            return null;
        }
        return new Referral(id, from, to, family, date, domain, status, completedOn);
    }
}
