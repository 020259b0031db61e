package be.tafel.demo;

import static be.tafel.model.SeatRole.CHAIR;
import static be.tafel.model.SeatRole.MEMBER;
import static be.tafel.model.SeatRole.OBSERVER;

import be.tafel.model.Period;
import be.tafel.model.Seat;
import be.tafel.model.SeatRole;
import be.tafel.model.Table;
import be.tafel.model.TableKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The three tables of Schelderode and who sat at them when. The steering group has no housing partner and
 * no parents; the broad consultation has both.
 */
final class DemoTables {
    private static final String STEERING_START = "2023-09-01";
    private static final String WORKING_GROUP_START = "2024-03-01";
    private static final String BROAD_START = "2023-10-01";

    private final List<Seat> seats = new ArrayList<>();

    private DemoTables() {}

    static List<Table> tables() {
        return List.of(
                new Table(
                        DemoNetwork.STEERING_TABLE,
                        "Stuurgroep Huis van het Kind Schelderode",
                        TableKind.STEERING,
                        List.of(
                                DemoTown.CHILDCARE,
                                DemoTown.EDUCATION,
                                DemoTown.HEALTH,
                                DemoTown.WELFARE,
                                DemoTown.PARENTING)),
                new Table(
                        DemoNetwork.WORKING_GROUP_TABLE,
                        "Werkgroep Buitenschoolse Opvang en Activiteiten",
                        TableKind.WORKING_GROUP,
                        List.of(DemoTown.CHILDCARE, DemoTown.LEISURE, DemoTown.EDUCATION, DemoTown.YOUTH_WORK)),
                new Table(
                        DemoNetwork.BROAD_TABLE,
                        "Breed Overleg Kinderen en Gezinnen Schelderode",
                        TableKind.BROAD_CONSULTATION,
                        DemoTown.DOMAINS));
    }

    static List<Seat> seats() {
        DemoTables t = new DemoTables();
        t.steering();
        t.workingGroup();
        t.broad();
        return List.copyOf(t.seats);
    }

    private void steering() {
        String table = DemoNetwork.STEERING_TABLE;
        partner(table, "gemeente", CHAIR, STEERING_START, null);
        for (String id :
                List.of("huis-van-het-kind", "ocmw", "clb", "kg-centrum", "caw", "opvoedingswinkel", "lokaal-loket")) {
            partner(table, id, MEMBER, STEERING_START, null);
        }
        partner(table, "vdab", MEMBER, STEERING_START, "2025-06-30");
        partner(table, "kg-heidebos", OBSERVER, "2024-01-15", "2024-12-31");
        partner(table, "vbs-sint-jozef", MEMBER, "2024-09-01", null);
        partner(table, "cgg", MEMBER, "2025-02-01", null);
        person(table, "Els Van Damme", MEMBER, STEERING_START, null);
        person(table, "Bart Goossens", OBSERVER, STEERING_START, null);
    }

    private void workingGroup() {
        String table = DemoNetwork.WORKING_GROUP_TABLE;
        person(table, "Nathalie Peeters", CHAIR, WORKING_GROUP_START, null);
        for (String id : List.of(
                "gemeente",
                "ibo-de-speelvogel",
                "ibo-het-speelkasteel",
                "bko-de-toverfluit",
                "sportdienst",
                "jeugddienst",
                "bibliotheek",
                "academie-mwd",
                "vbs-sint-jozef",
                "go-bs-de-kleine-wereld",
                "huis-van-het-kind")) {
            partner(table, id, MEMBER, WORKING_GROUP_START, null);
        }
        partner(table, "speelplein-kameleon", MEMBER, "2024-06-01", null);
        partner(table, "bko-de-wip", MEMBER, "2025-01-15", null);
        partner(table, "chiro-sint-jan", OBSERVER, WORKING_GROUP_START, "2025-06-30");
        person(table, "Mehmet Kaya", MEMBER, "2024-09-01", null);
    }

    private void broad() {
        String table = DemoNetwork.BROAD_TABLE;
        partner(table, "gemeente", CHAIR, BROAD_START, null);
        for (String id : List.of(
                "huis-van-het-kind",
                "ocmw",
                "clb",
                "clb-go",
                "kg-centrum",
                "kg-heidebos",
                "lokaal-loket",
                "caw",
                "jac",
                "opvoedingswinkel",
                "ckg",
                "thuisbegeleiding",
                "de-brug",
                "integratie",
                "vluchtelingenwerk",
                "samenlevingsopbouw",
                "gezinsbond",
                "vdab",
                "bibliotheek",
                "sportdienst",
                "jeugddienst",
                "cc-de-schakel",
                "tienerwerking-uit-de-marge",
                "vbs-sint-jozef",
                "go-bs-de-kleine-wereld",
                "bs-de-boomhut",
                "sint-jozefscollege",
                "go-atheneum",
                "kdv-de-pagadder",
                "kinderopvang-stekelbees",
                "onthaalouders",
                "ibo-de-speelvogel")) {
            partner(table, id, MEMBER, BROAD_START, null);
        }
        partner(table, "cgg", MEMBER, "2024-05-01", null);
        partner(table, "ouderpanel", MEMBER, "2024-05-01", null);
        partner(table, "woonmaatschappij", MEMBER, "2025-03-01", null);
        partner(table, "kinderopvang-kadodder", MEMBER, BROAD_START, "2025-12-31");
        partner(table, "az-scheldeland", OBSERVER, "2024-02-01", null);
        person(table, "Els Van Damme", MEMBER, BROAD_START, null);
        person(table, "Jonas De Smet", OBSERVER, "2024-01-15", null);
    }

    private void partner(String table, String id, SeatRole role, String since, String until) {
        seats.add(new Seat("partner-" + id, table, role, period(since, until)));
    }

    private void person(String table, String name, SeatRole role, String since, String until) {
        seats.add(new Seat(DemoPeople.id(name), table, role, period(since, until)));
    }

    private static Period period(String since, String until) {
        return new Period(LocalDate.parse(since), until == null ? null : LocalDate.parse(until));
    }
}
