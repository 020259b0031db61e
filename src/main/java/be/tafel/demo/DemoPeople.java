package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;
import static be.tafel.model.PersonRole.BRIDGE_FIGURE;
import static be.tafel.model.PersonRole.COORDINATOR;
import static be.tafel.model.PersonRole.STAFF;
import static be.tafel.model.PersonRole.VOLUNTEER;

import be.tafel.model.Person;
import be.tafel.model.PersonRole;
import java.util.ArrayList;
import java.util.List;

/** The professionals and volunteers of Schelderode, with how many families each supports over three years. */
final class DemoPeople {
    /**
     * A person and the families they take on: {@code caseload} families over three years, preferably in
     * {@code focus} (the employer's neighbourhoods when empty).
     */
    record Worker(Person person, int caseload, List<String> focus) {
        String id() {
            return person.id();
        }
    }

    private final List<Worker> workers = new ArrayList<>();

    private DemoPeople() {}

    static String id(String name) {
        return "person-" + slug(name);
    }

    static List<Worker> cast() {
        DemoPeople c = new DemoPeople();
        c.familyCentreAndLocalGovernment();
        c.guidanceAndWelfare();
        c.bridgeFiguresAtSchools();
        c.othersAroundTheTable();
        return List.copyOf(c.workers);
    }

    private void familyCentreAndLocalGovernment() {
        add("Els Van Damme", COORDINATOR, "huis-van-het-kind", 0);
        // Samira's families are planted separately: she is the only link to Kouterveld.
        add("Samira El Amrani", BRIDGE_FIGURE, "huis-van-het-kind", 0);
        add("Jonas De Smet", BRIDGE_FIGURE, "huis-van-het-kind", 130, STATIONSWIJK, SCHELDEKANT);
        add("Ayşe Demir", BRIDGE_FIGURE, "huis-van-het-kind", 110, MOLENHOEK, HEIDEBOS);
        add("Lotte Verbeke", STAFF, "huis-van-het-kind", 90);
        add("Bart Goossens", COORDINATOR, "gemeente", 0);
        add("Nathalie Peeters", COORDINATOR, "gemeente", 0);
        add("Eva Michiels", STAFF, "lokaal-loket", 40);
    }

    private void guidanceAndWelfare() {
        add("Marc De Backer", COORDINATOR, "ocmw", 0);
        add("Karim Haddad", STAFF, "ocmw", 150, STATIONSWIJK, SCHELDEKANT);
        add("Sofie Wouters", STAFF, "ocmw", 130);
        add("Yasmina Bakkali", STAFF, "ocmw", 110, CENTRUM, SINT_PIETERS);
        add("Hilde Martens", COORDINATOR, "clb", 0);
        add("An Claeys", STAFF, "clb", 140);
        add("Pieter Maes", STAFF, "clb", 120);
        add("Fatima Benali", BRIDGE_FIGURE, "clb", 100, STATIONSWIJK, MOLENHOEK);
        add("Griet Lambrecht", STAFF, "kg-centrum", 150);
        add("Ruben Coppens", STAFF, "kg-heidebos", 120);
        add("Joke Dewulf", STAFF, "caw", 90);
        add("Arne Mertens", STAFF, "jac", 60);
        add("Katrien Hermans", STAFF, "opvoedingswinkel", 70);
        add("Evi Jacobs", STAFF, "ckg", 50);
        add("Dirk Verstraete", STAFF, "thuisbegeleiding", 40);
        add("Veerle Smets", STAFF, "cgg", 50);
        add("Wouter Pauwels", COORDINATOR, "cgg", 0);
        add("Olga Petrova", STAFF, "integratie", 50);
        add("Bram Van Hecke", STAFF, "samenlevingsopbouw", 40);
        add("Patrick Segers", VOLUNTEER, "de-brug", 30);
        add("Annemie Verhoeven", VOLUNTEER, "sociale-kruidenier", 0);
    }

    private void bridgeFiguresAtSchools() {
        add("Leen Vermeulen", BRIDGE_FIGURE, "vbs-sint-jozef", 60, CENTRUM);
        add("Mehmet Kaya", BRIDGE_FIGURE, "go-bs-de-kleine-wereld", 70, STATIONSWIJK);
        add("Ines Vandenberghe", BRIDGE_FIGURE, "bs-de-boomhut", 60, SCHELDEKANT);
        add("Tom Willems", BRIDGE_FIGURE, "go-atheneum", 50, STATIONSWIJK);
        add("Nadia Bouzid", BRIDGE_FIGURE, "ti-sint-vincentius", 50, MOLENHOEK);
    }

    private void othersAroundTheTable() {
        add("Hanne Dumont", STAFF, "wgc-de-vonk", 70);
        add("Jamal Idrissi", STAFF, "tienerwerking-uit-de-marge", 60);
        add("Femke De Wilde", VOLUNTEER, "tienerwerking-uit-de-marge", 0);
        add("Luc Desmedt", STAFF, "woonmaatschappij", 50);
        add("Sarah Geerts", STAFF, "vdab", 40);
        add("Marieke Aerts", STAFF, "bibliotheek", 0);
        add("Koen Wuyts", STAFF, "sportdienst", 0);
        add("Lien Van Acker", COORDINATOR, "jeugddienst", 0);
        add("Stijn Van Hove", STAFF, "ibo-de-speelvogel", 0);
        add("Rachida Ouali", VOLUNTEER, "ouderpanel", 0);
        add("Geert Bogaert", VOLUNTEER, "ouderpanel", 0);
        add("Marleen Cools", VOLUNTEER, "gezinsbond", 0);
    }

    private void add(String name, PersonRole role, String partner, int caseload, String... focus) {
        workers.add(new Worker(new Person(id(name), name, role, "partner-" + partner), caseload, List.of(focus)));
    }
}
