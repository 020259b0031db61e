package be.tafel.store;

import be.tafel.model.Access;
import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
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
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Rows of the queries in {@code cypher/rows/} as model records. */
final class RecordMapper {
    private RecordMapper() {}

    static Partner partner(Record r) {
        return new Partner(
                text(r, "id"),
                text(r, "name"),
                text(r, "sector"),
                texts(r, "domains"),
                texts(r, "neighbourhoods"),
                code(PartnerKind.class, text(r, "kind")),
                date(r.get("since")),
                date(r.get("until")));
    }

    static Person person(Record r) {
        return new Person(
                text(r, "id"),
                text(r, "name"),
                code(PersonRole.class, text(r, "role")),
                text(r, "worksFor"),
                date(r.get("since")),
                date(r.get("until")),
                date(r.get("worksForSince")),
                date(r.get("worksForUntil")));
    }

    static Service service(Record r) {
        Value access = r.get("access");
        return new Service(
                text(r, "id"),
                text(r, "name"),
                text(r, "provider"),
                text(r, "domain"),
                integer(r.get("ageMin")),
                integer(r.get("ageMax")),
                text(r, "neighbourhood"),
                integer(r.get("capacity")),
                access.isNull() ? null : access(access));
    }

    static Family family(Record r) {
        return new Family(
                text(r, "id"),
                text(r, "neighbourhood"),
                texts(r, "childAgeBands").stream()
                        .map(c -> code(AgeBand.class, c))
                        .toList(),
                texts(r, "needs"));
    }

    static Table table(Record r) {
        return new Table(text(r, "id"), text(r, "name"), code(TableKind.class, text(r, "kind")), texts(r, "domains"));
    }

    static Referral referral(Record r) {
        return new Referral(
                text(r, "id"),
                text(r, "from"),
                text(r, "to"),
                text(r, "family"),
                date(r.get("date")),
                text(r, "domain"),
                code(ReferralStatus.class, text(r, "status")),
                date(r.get("completedOn")));
    }

    static Seat seat(Record r) {
        return new Seat(text(r, "member"), text(r, "table"), code(SeatRole.class, text(r, "role")), period(r));
    }

    static Collaboration collaboration(Record r) {
        return new Collaboration(
                text(r, "a"),
                text(r, "b"),
                text(r, "kind"),
                r.get("strength").asDouble(1.0),
                integer(r.get("trust")),
                period(r));
    }

    static Support support(Record r) {
        return new Support(text(r, "person"), text(r, "family"), period(r));
    }

    static Use use(Record r) {
        return new Use(text(r, "family"), text(r, "service"), period(r));
    }

    private static Access access(Value v) {
        return new Access(
                v.get("reachable").asInt(),
                v.get("available").asInt(),
                v.get("affordable").asInt(),
                v.get("usable").asInt(),
                v.get("understandable").asInt());
    }

    private static Period period(Record r) {
        return new Period(date(r.get("since")), date(r.get("until")));
    }

    private static String text(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asString();
    }

    private static List<String> texts(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return code == null ? null : Coded.parse(type, code).orElse(null);
    }
}
