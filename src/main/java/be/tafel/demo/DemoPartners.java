package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;
import static be.tafel.model.PartnerKind.NON_PROFIT;
import static be.tafel.model.PartnerKind.PARENTS;
import static be.tafel.model.PartnerKind.PRIVATE;
import static be.tafel.model.PartnerKind.PUBLIC;
import static be.tafel.model.PartnerKind.VOLUNTEER;

import be.tafel.model.Partner;
import be.tafel.model.PartnerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The cast of organisations in Schelderode. The cast is fixed (the seed only varies what happens
 * between them), so that the ids the planted situations name exist under every seed.
 */
final class DemoPartners {
    /** An offer in the catalogue, before the seed gives it a capacity and access scores. */
    record Offer(String name, String domain, int ageMin, int ageMax, String neighbourhood, int capacity) {}

    /**
     * A partner with its offers and its weight: how central it is in the town, which drives its share of
     * collaborations, referrals and families.
     */
    record Entry(Partner partner, double weight, List<Offer> offers) {
        String id() {
            return partner.id();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    private DemoPartners() {}

    static List<Entry> catalogue() {
        DemoPartners c = new DemoPartners();
        c.core();
        c.welfare();
        c.health();
        c.schools();
        c.childcare();
        c.leisure();
        c.workHousingParents();
        return List.copyOf(c.entries);
    }

    private void core() {
        add(
                "gemeente",
                "Gemeente Schelderode",
                "local-government",
                PUBLIC,
                10,
                List.of(CHILDCARE, EDUCATION, LEISURE, YOUTH_WORK),
                TOWN,
                offer("UiTPAS Schelderode met kansentarief", LEISURE, 0, 25, CENTRUM, 900));
        add(
                "huis-van-het-kind",
                "Huis van het Kind Schelderode",
                "family-centre",
                NON_PROFIT,
                30,
                List.of(PARENTING, CHILDCARE, HEALTH, WELFARE),
                NEIGHBOURHOODS,
                offer("Spel- en ontmoetingsruimte De Speelbrug", PARENTING, 0, 3, STATIONSWIJK, 60),
                offer("Inloopteam Kwebbel", PARENTING, 0, 3, SCHELDEKANT, 50),
                offer("Opvoedingsondersteuning aan huis", PARENTING, 0, 12, CENTRUM, 80),
                offer("Oudercafé Molenhoek", PARENTING, 0, 12, MOLENHOEK, 40),
                offer("Vroedvrouwenspreekuur", HEALTH, 0, 1, CENTRUM, 70),
                offer("Tweedehandsbeurs kinderkleding", WELFARE, 0, 12, HEIDEBOS, 150),
                offer("Babymassage en draagdoekworkshops", PARENTING, 0, 1, TER_LINDEN, 30),
                offer("Peuterspeelgroep Sint-Pieters", PARENTING, 1, 3, SINT_PIETERS, 25));
        add(
                "ocmw",
                "OCMW Schelderode",
                "social-welfare",
                PUBLIC,
                27,
                List.of(WELFARE, INCOME, WORK),
                TOWN,
                offer("Sociale dienst - algemeen onthaal", WELFARE, 0, 25, CENTRUM, 400),
                offer("Leefloon en aanvullende financiële hulp", INCOME, 0, 25, CENTRUM, 300),
                offer("Budgetbegeleiding", INCOME, 0, 25, STATIONSWIJK, 120),
                offer("Schoolkostenfonds", INCOME, 3, 18, CENTRUM, 200),
                offer("Activering en tewerkstelling art. 60", WORK, 0, 25, SCHELDEKANT, 60),
                offer("Kinderarmoedefonds", INCOME, 0, 18, SCHELDEKANT, 150));
        add(
                "clb",
                "Vrij CLB Scheldeland",
                "pupil-guidance",
                NON_PROFIT,
                28,
                List.of(EDUCATION, HEALTH, WELFARE),
                TOWN,
                offer("Leerlingenbegeleiding basisonderwijs", EDUCATION, 3, 12, CENTRUM, 500),
                offer("Leerlingenbegeleiding secundair onderwijs", EDUCATION, 12, 18, CENTRUM, 350),
                offer("Medisch schoolonderzoek", HEALTH, 3, 18, STATIONSWIJK, 900),
                offer("Psychosociale begeleiding leerlingen", WELFARE, 6, 18, HEIDEBOS, 150));
        add(
                "clb-go",
                "GO! CLB Rivierenland",
                "pupil-guidance",
                PUBLIC,
                5,
                List.of(EDUCATION, HEALTH),
                TOWN,
                offer("Leerlingenbegeleiding GO! scholen", EDUCATION, 3, 18, STATIONSWIJK, 200),
                offer("Medisch onderzoek GO! scholen", HEALTH, 3, 18, STATIONSWIJK, 300));
        add(
                "lokaal-loket",
                "Lokaal Loket Kinderopvang Schelderode",
                "childcare",
                PUBLIC,
                7,
                List.of(CHILDCARE),
                TOWN,
                offer("Zoeken naar kinderopvang", CHILDCARE, 0, 3, CENTRUM, 250),
                offer("Occasionele en flexibele opvang", CHILDCARE, 0, 3, STATIONSWIJK, 30));
    }

    private void welfare() {
        add(
                "caw",
                "CAW Oost-Vlaanderen - onthaal Schelderode",
                "welfare",
                NON_PROFIT,
                9,
                List.of(WELFARE, INCOME),
                TOWN,
                offer("Onthaal CAW", WELFARE, 0, 25, CENTRUM, 250),
                offer("Schuldhulpverlening", INCOME, 0, 25, CENTRUM, 90),
                offer("Begeleiding bij relatie- en gezinsproblemen", WELFARE, 0, 25, CENTRUM, 70));
        add(
                "jac",
                "JAC Schelderode",
                "welfare",
                NON_PROFIT,
                3,
                List.of(WELFARE, YOUTH_WORK),
                TOWN,
                offer("JAC jongerenonthaal", WELFARE, 12, 25, CENTRUM, 120),
                offer("JAC chat en vindplaatsgericht werk", WELFARE, 12, 25, STATIONSWIJK, 80));
        add(
                "opvoedingswinkel",
                "Opvoedingswinkel Schelderode",
                "welfare",
                NON_PROFIT,
                7,
                List.of(PARENTING),
                TOWN,
                offer("Opvoedingsspreekuur", PARENTING, 0, 18, CENTRUM, 150),
                offer("Oudercursus Positief Opvoeden", PARENTING, 0, 12, HEIDEBOS, 40),
                offer("Ouders van tieners", PARENTING, 12, 18, CENTRUM, 30));
        add(
                "cgg",
                "CGG Scheldeland",
                "health",
                NON_PROFIT,
                11,
                List.of(HEALTH, WELFARE),
                TOWN,
                offer("Kinder- en jeugdteam CGG", HEALTH, 0, 18, CENTRUM, 60),
                offer("Groepsaanbod veerkracht voor tieners", WELFARE, 12, 18, CENTRUM, 16));
        add(
                "ckg",
                "CKG De Kangoeroe",
                "welfare",
                NON_PROFIT,
                4,
                List.of(PARENTING, CHILDCARE),
                TOWN,
                offer("Mobiele gezinsondersteuning", PARENTING, 0, 12, MOLENHOEK, 35),
                offer("Crisisopvang kinderen", CHILDCARE, 0, 12, MOLENHOEK, 8));
        add(
                "thuisbegeleiding",
                "Thuisbegeleidingsdienst Kompas",
                "welfare",
                NON_PROFIT,
                3,
                List.of(PARENTING, WELFARE),
                TOWN,
                offer("Intensieve thuisbegeleiding", PARENTING, 0, 18, CENTRUM, 30));
        add(
                "de-brug",
                "Vereniging waar armen het woord nemen De Brug",
                "welfare",
                VOLUNTEER,
                2.5,
                List.of(WELFARE, INCOME),
                List.of(STATIONSWIJK, SCHELDEKANT),
                offer("Ontmoetingsavonden De Brug", WELFARE, 0, 25, STATIONSWIJK, 60));
        add(
                "sociale-kruidenier",
                "Sociale Kruidenier Het Mandje",
                "welfare",
                VOLUNTEER,
                3,
                List.of(INCOME, WELFARE),
                List.of(STATIONSWIJK, SCHELDEKANT, CENTRUM),
                offer("Sociale kruidenier Het Mandje", INCOME, 0, 25, STATIONSWIJK, 300),
                offer("Kledingbank Het Mandje", INCOME, 0, 18, SCHELDEKANT, 200));
        add(
                "samenlevingsopbouw",
                "Samenlevingsopbouw Scheldekant",
                "welfare",
                NON_PROFIT,
                2.5,
                List.of(WELFARE, HOUSING),
                List.of(SCHELDEKANT, STATIONSWIJK),
                offer("Buurtwerking Scheldekant", WELFARE, 0, 25, SCHELDEKANT, 80));
        add(
                "integratie",
                "Agentschap Integratie en Inburgering - antenne Schelderode",
                "welfare",
                PUBLIC,
                3,
                List.of(WELFARE, EDUCATION, WORK),
                TOWN,
                offer("Nederlands voor ouders", EDUCATION, 0, 25, STATIONSWIJK, 60),
                offer("Inburgeringstraject", WELFARE, 0, 25, CENTRUM, 80));
        add(
                "vluchtelingenwerk",
                "Vluchtelingenwerk Schelderode",
                "welfare",
                VOLUNTEER,
                2,
                List.of(WELFARE, HOUSING),
                TOWN,
                offer("Buddywerking nieuwkomers", WELFARE, 0, 25, STATIONSWIJK, 40));
        add(
                "dmw-ziekenfonds",
                "Dienst Maatschappelijk Werk van het Ziekenfonds",
                "welfare",
                NON_PROFIT,
                2,
                List.of(WELFARE, INCOME, HEALTH),
                TOWN,
                offer("Sociaal spreekuur ziekenfonds", INCOME, 0, 25, CENTRUM, 120));
        add(
                "mfc-de-kade",
                "MFC De Kade",
                "welfare",
                NON_PROFIT,
                1.5,
                List.of(WELFARE, HEALTH, EDUCATION),
                TOWN,
                offer("Dagopvang voor kinderen met een beperking", WELFARE, 3, 18, HEIDEBOS, 30));
        add(
                "gezinsbond",
                "Gezinsbond Schelderode",
                "welfare",
                VOLUNTEER,
                1.5,
                List.of(PARENTING, CHILDCARE, LEISURE),
                TOWN,
                offer("Babysitdienst Gezinsbond", CHILDCARE, 0, 12, CENTRUM, 80),
                offer("Gezinsuitstappen met korting", LEISURE, 0, 12, TER_LINDEN, 120));
    }

    private void health() {
        add(
                "kg-centrum",
                "Consultatiebureau Kind en Gezin Centrum",
                "health",
                PUBLIC,
                12,
                List.of(HEALTH, PARENTING),
                List.of(CENTRUM, STATIONSWIJK, SINT_PIETERS, SCHELDEKANT),
                offer("Consult baby's en peuters Centrum", HEALTH, 0, 3, CENTRUM, 350),
                offer("Huisbezoek gezinsondersteuner", PARENTING, 0, 3, STATIONSWIJK, 200));
        add(
                "kg-heidebos",
                "Consultatiebureau Kind en Gezin Heidebos",
                "health",
                PUBLIC,
                9,
                List.of(HEALTH, PARENTING),
                List.of(HEIDEBOS, TER_LINDEN, MOLENHOEK),
                offer("Consult baby's en peuters Heidebos", HEALTH, 0, 3, HEIDEBOS, 300),
                offer("Huisbezoek gezinsondersteuner Heidebos", PARENTING, 0, 3, TER_LINDEN, 150));
        add(
                "wgc-de-vonk",
                "Wijkgezondheidscentrum De Vonk",
                "health",
                NON_PROFIT,
                4,
                List.of(HEALTH),
                List.of(STATIONSWIJK, SCHELDEKANT),
                offer("Huisartsenzorg De Vonk", HEALTH, 0, 25, STATIONSWIJK, 900),
                offer("Kinesitherapie en diëtiek De Vonk", HEALTH, 0, 18, SCHELDEKANT, 150));
        add(
                "huisartsen-de-linde",
                "Huisartsenpraktijk De Linde",
                "health",
                PRIVATE,
                2.5,
                List.of(HEALTH),
                List.of(TER_LINDEN, HEIDEBOS),
                offer("Huisartsenpraktijk De Linde", HEALTH, 0, 25, TER_LINDEN, 500));
        add(
                "huisartsen-molenhoek",
                "Huisartsengroep Molenhoek",
                "health",
                PRIVATE,
                2.5,
                List.of(HEALTH),
                List.of(MOLENHOEK, CENTRUM),
                offer("Huisartsengroep Molenhoek", HEALTH, 0, 25, MOLENHOEK, 600));
        add(
                "huisartsen-sint-pieters",
                "Huisartsenpraktijk Sint-Pieters",
                "health",
                PRIVATE,
                2,
                List.of(HEALTH),
                List.of(SINT_PIETERS),
                offer("Huisartsenpraktijk Sint-Pieters", HEALTH, 0, 25, SINT_PIETERS, 400));
        add(
                "logopedie-babbel",
                "Logopediepraktijk Babbel",
                "health",
                PRIVATE,
                1.2,
                List.of(HEALTH, EDUCATION),
                List.of(CENTRUM),
                offer("Logopedie voor kinderen", HEALTH, 3, 12, CENTRUM, 60));
        add(
                "vroedvrouwen-moederhart",
                "Vroedvrouwenpraktijk Moederhart",
                "health",
                PRIVATE,
                1.2,
                List.of(HEALTH, PARENTING),
                TOWN,
                offer("Kraamzorg en borstvoedingsbegeleiding", HEALTH, 0, 1, HEIDEBOS, 90));
        add(
                "wit-gele-kruis",
                "Wit-Gele Kruis Schelderode",
                "health",
                NON_PROFIT,
                1.2,
                List.of(HEALTH),
                TOWN,
                offer("Thuisverpleging kinderen", HEALTH, 0, 18, CENTRUM, 40));
        add(
                "psychologie-het-anker",
                "Praktijk Kinder- en Jeugdpsychologie Het Anker",
                "health",
                PRIVATE,
                1.5,
                List.of(HEALTH),
                List.of(CENTRUM),
                offer("Kinder- en jeugdpsychologie Het Anker", HEALTH, 4, 18, CENTRUM, 45));
        add(
                "tandarts-glimlach",
                "Tandartsenpraktijk Glimlach",
                "health",
                PRIVATE,
                0.8,
                List.of(HEALTH),
                List.of(HEIDEBOS),
                offer("Tandzorg voor kinderen", HEALTH, 2, 18, HEIDEBOS, 300));
        add(
                "az-scheldeland",
                "AZ Scheldeland - dienst kindergeneeskunde",
                "health",
                NON_PROFIT,
                3,
                List.of(HEALTH),
                TOWN,
                offer("Kinderconsultatie AZ Scheldeland", HEALTH, 0, 18, CENTRUM, 500));
        add(
                "rode-kruis",
                "Rode Kruis Schelderode",
                "health",
                VOLUNTEER,
                0.8,
                List.of(HEALTH, LEISURE),
                TOWN,
                offer("Jeugd Rode Kruis", LEISURE, 8, 16, SINT_PIETERS, 40));
    }

    private void schools() {
        primary("vbs-sint-jozef", "Vrije Basisschool Sint-Jozef", NON_PROFIT, CENTRUM, 3.5, true);
        primary("bs-de-regenboog", "Basisschool De Regenboog", NON_PROFIT, STATIONSWIJK, 3, true);
        primary("gbs-de-linde", "Gemeentelijke Basisschool De Linde", PUBLIC, TER_LINDEN, 2.5, true);
        primary("go-bs-de-kleine-wereld", "GO! Basisschool De Kleine Wereld", PUBLIC, STATIONSWIJK, 2.5, true);
        primary("vbs-het-klavertje", "Vrije Basisschool Het Klavertje", NON_PROFIT, MOLENHOEK, 2.5, false);
        primary("vbs-sint-maarten", "Vrije Basisschool Sint-Maarten", NON_PROFIT, SINT_PIETERS, 2.5, false);
        primary("bs-de-vlieger", "Basisschool De Vlieger", NON_PROFIT, HEIDEBOS, 2.5, true);
        primary("gbs-ter-heide", "Gemeentelijke Basisschool Ter Heide", PUBLIC, HEIDEBOS, 2.5, false);
        primary("vbs-olv", "Vrije Basisschool Onze-Lieve-Vrouw", NON_PROFIT, CENTRUM, 2.5, false);
        primary("bs-de-boomhut", "Basisschool De Boomhut", NON_PROFIT, SCHELDEKANT, 2.5, true);
        primary("vbs-t-molentje", "Vrije Basisschool 't Molentje", NON_PROFIT, MOLENHOEK, 2.5, false);
        primary("freinetschool-de-appelboom", "Freinetschool De Appelboom", PUBLIC, SCHELDEKANT, 2, false);
        primary("gbs-de-zonnebloem", "Gemeentelijke Basisschool De Zonnebloem", PUBLIC, TER_LINDEN, 2, false);
        primary("vbs-sint-pieter", "Vrije Basisschool Sint-Pieter", NON_PROFIT, SINT_PIETERS, 2, false);
        add(
                "bubao-de-horizon",
                "Buitengewoon Basisonderwijs De Horizon",
                "school",
                PUBLIC,
                2,
                List.of(EDUCATION, HEALTH),
                List.of(CENTRUM),
                offer("Buitengewoon basisonderwijs De Horizon", EDUCATION, 3, 13, CENTRUM, 90));
        secondary("sint-jozefscollege", "Sint-Jozefscollege", NON_PROFIT, CENTRUM);
        secondary("go-atheneum", "GO! Atheneum Schelderode", PUBLIC, STATIONSWIJK);
        secondary("ti-sint-vincentius", "Technisch Instituut Sint-Vincentius", NON_PROFIT, MOLENHOEK);
        secondary("sint-ursula", "Sint-Ursula-Instituut", NON_PROFIT, CENTRUM);
        secondary("go-middenschool", "GO! Middenschool Scheldeland", PUBLIC, HEIDEBOS);
    }

    private void childcare() {
        daycare("kdv-het-mierennest", "Kinderdagverblijf Het Mierennest", PRIVATE, CENTRUM);
        daycare("kdv-pimpampoentje", "Kinderdagverblijf Pimpampoentje", PRIVATE, CENTRUM);
        daycare("kdv-de-pagadder", "Kinderdagverblijf De Pagadder", NON_PROFIT, STATIONSWIJK);
        daycare("kinderopvang-kadodder", "Kinderopvang Kadodder", PRIVATE, MOLENHOEK);
        daycare("kdv-t-kapoentje", "Kinderdagverblijf 't Kapoentje", PRIVATE, HEIDEBOS);
        daycare("kinderopvang-piepeloentje", "Kinderopvang Piepeloentje", PRIVATE, TER_LINDEN);
        daycare("kdv-zonnestraal", "Kinderdagverblijf Zonnestraal", NON_PROFIT, SCHELDEKANT);
        daycare("kdv-de-kleine-prins", "Kinderdagverblijf De Kleine Prins", PRIVATE, SINT_PIETERS);
        daycare("kinderopvang-stekelbees", "Buurtgerichte Kinderopvang Stekelbees", NON_PROFIT, SCHELDEKANT);
        add(
                "onthaalouders",
                "Dienst Onthaalouders Landelijke Kinderopvang Schelderode",
                "childcare",
                NON_PROFIT,
                2,
                List.of(CHILDCARE),
                TOWN,
                offer("Gezinsopvang bij onthaalouders", CHILDCARE, 0, 3, HEIDEBOS, 90),
                offer("Gezinsopvang bij onthaalouders Sint-Pieters", CHILDCARE, 0, 3, SINT_PIETERS, 40));
        afterSchool("ibo-de-speelvogel", "IBO De Speelvogel", PUBLIC, CENTRUM);
        afterSchool("ibo-het-speelkasteel", "IBO Het Speelkasteel", PUBLIC, HEIDEBOS);
        afterSchool("bko-de-toverfluit", "Buitenschoolse Opvang De Toverfluit", NON_PROFIT, STATIONSWIJK);
        afterSchool("bko-de-wip", "Buitenschoolse Opvang De Wip", NON_PROFIT, MOLENHOEK);
    }

    private void leisure() {
        add(
                "bibliotheek",
                "Bibliotheek Schelderode",
                "library",
                PUBLIC,
                3,
                List.of(LEISURE, EDUCATION),
                TOWN,
                offer("Voorleesuurtje en Boekstart", LEISURE, 0, 6, CENTRUM, 120),
                offer("Huiswerkhulp in de bib", EDUCATION, 6, 18, CENTRUM, 60));
        add(
                "bib-heidebos",
                "Bibliotheek filiaal Heidebos",
                "library",
                PUBLIC,
                1.5,
                List.of(LEISURE),
                List.of(HEIDEBOS, TER_LINDEN),
                offer("Bibfiliaal Heidebos", LEISURE, 0, 18, HEIDEBOS, 200),
                offer("Voorlezen aan huis", LEISURE, 0, 6, TER_LINDEN, 40));
        add(
                "sportdienst",
                "Sportdienst Schelderode",
                "sport",
                PUBLIC,
                3,
                List.of(LEISURE),
                TOWN,
                offer("Sportkampen in de vakantie", LEISURE, 4, 14, CENTRUM, 200),
                offer("Zwemlessen voor kinderen", LEISURE, 5, 12, MOLENHOEK, 150),
                offer("Sportaanbod met kansentarief", LEISURE, 6, 18, SCHELDEKANT, 120));
        club("kfc-schelderode", "KFC Schelderode", "voetbal", TER_LINDEN, 5, 18);
        club("zwemclub-de-dolfijn", "Zwemclub De Dolfijn", "zwemmen", MOLENHOEK, 6, 18);
        club("turnkring-vlug-en-sterk", "Turnkring Vlug en Sterk", "turnen", CENTRUM, 3, 16);
        club("basketclub-scheldeland", "Basketclub Scheldeland", "basketbal", HEIDEBOS, 6, 18);
        club("judoclub-kodokan", "Judoclub Kodokan Schelderode", "judo", STATIONSWIJK, 5, 18);
        club("tennisclub-de-linde", "Tennisclub De Linde", "tennis", TER_LINDEN, 6, 18);
        club("ac-scheldelopers", "Atletiekclub Scheldelopers", "atletiek", SINT_PIETERS, 7, 18);
        club("vc-schelderode", "Volleybalclub VC Schelderode", "volleybal", SCHELDEKANT, 8, 18);
        culture(
                "cc-de-schakel",
                "Cultuurcentrum De Schakel",
                PUBLIC,
                2,
                "Kinder- en familievoorstellingen",
                CENTRUM,
                3,
                14);
        culture(
                "academie-mwd",
                "Academie voor Muziek, Woord en Dans",
                PUBLIC,
                1.2,
                "Muziek, woord en dans",
                CENTRUM,
                6,
                18);
        culture(
                "academie-beeldende-kunst",
                "Academie voor Beeldende Kunst",
                PUBLIC,
                1.2,
                "Beeldatelier",
                SINT_PIETERS,
                6,
                18);
        culture(
                "jeugdtheater-de-zeepbel",
                "Jeugdtheater De Zeepbel",
                NON_PROFIT,
                0.8,
                "Theaterateliers",
                STATIONSWIJK,
                8,
                16);
        culture(
                "circusschool-rode-neus",
                "Circusschool Rode Neus",
                NON_PROFIT,
                0.8,
                "Circusateliers",
                MOLENHOEK,
                6,
                14);
        culture("fanfare-sint-cecilia", "Fanfare Sint-Cecilia", VOLUNTEER, 0.6, "Jeugdfanfare", TER_LINDEN, 8, 18);
        add(
                "jeugddienst",
                "Jeugddienst Schelderode",
                "youth-work",
                PUBLIC,
                3,
                List.of(YOUTH_WORK, LEISURE),
                TOWN,
                offer("Grabbelpas", LEISURE, 6, 12, CENTRUM, 300),
                offer("Speelstraten en buurtspel", YOUTH_WORK, 3, 12, SCHELDEKANT, 150),
                offer("Tienerkampen", YOUTH_WORK, 12, 16, CENTRUM, 80));
        youth("chiro-sint-jan", "Chiro Sint-Jan", CENTRUM, 6, 18, 0.8);
        youth("chirojeugd-heidebos", "Chirojeugd Heidebos", HEIDEBOS, 6, 18, 0.8);
        youth("scouts-sint-michiel", "Scouts en Gidsen Sint-Michiel", TER_LINDEN, 6, 18, 0.8);
        youth("ksa-schelderode", "KSA Schelderode", MOLENHOEK, 6, 18, 0.8);
        youth("speelplein-kameleon", "Speelpleinwerking Kameleon", SINT_PIETERS, 4, 14, 1.2);
        youth("speelotheek-tik-tak", "Speelotheek Tik Tak", STATIONSWIJK, 0, 12, 0.8);
        youth("jeugdhuis-den-tap", "Jeugdhuis Den Tap", CENTRUM, 14, 25, 1.2);
        add(
                "tienerwerking-uit-de-marge",
                "Tienerwerking Uit De Marge",
                "youth-work",
                NON_PROFIT,
                2.5,
                List.of(YOUTH_WORK, WELFARE),
                List.of(STATIONSWIJK, SCHELDEKANT),
                offer("Tienerwerking Stationswijk", YOUTH_WORK, 12, 18, STATIONSWIJK, 60),
                offer("Tienerwerking Scheldekant", YOUTH_WORK, 12, 18, SCHELDEKANT, 50));
    }

    private void workHousingParents() {
        add(
                "vdab",
                "VDAB Werkwinkel Schelderode",
                "employment",
                PUBLIC,
                5,
                List.of(WORK),
                TOWN,
                offer("Werkwinkel - begeleiding naar werk", WORK, 0, 25, CENTRUM, 300),
                offer("Opleiding met kinderopvang", WORK, 0, 25, CENTRUM, 40));
        add(
                "werkplaats-de-sleutel",
                "Maatwerkbedrijf Werkplaats De Sleutel",
                "employment",
                NON_PROFIT,
                1.5,
                List.of(WORK),
                TOWN,
                offer("Werkervaring De Sleutel", WORK, 0, 25, SCHELDEKANT, 40));
        add(
                "jobkanaal",
                "Trajectbegeleiding Jobkanaal",
                "employment",
                NON_PROFIT,
                1.5,
                List.of(WORK, INCOME),
                TOWN,
                offer("Trajectbegeleiding voor ouders", WORK, 0, 25, STATIONSWIJK, 60));
        add(
                "woonmaatschappij",
                "Woonmaatschappij Scheldeland",
                "housing",
                PUBLIC,
                4,
                List.of(HOUSING),
                TOWN,
                offer("Sociale huurwoningen", HOUSING, 0, 25, SCHELDEKANT, 400),
                offer("Woonbegeleiding huurders", HOUSING, 0, 25, STATIONSWIJK, 80));
        add(
                "svk",
                "Sociaal Verhuurkantoor Schelderode",
                "housing",
                NON_PROFIT,
                2.5,
                List.of(HOUSING),
                TOWN,
                offer("Huren via het SVK", HOUSING, 0, 25, CENTRUM, 150));
        add(
                "woonwinkel",
                "Woonwinkel Schelderode",
                "housing",
                PUBLIC,
                2.5,
                List.of(HOUSING),
                TOWN,
                offer("Woonloket en premieadvies", HOUSING, 0, 25, CENTRUM, 300),
                offer("Energiescan en renovatiebegeleiding", HOUSING, 0, 25, MOLENHOEK, 60));
        add(
                "ouderpanel",
                "Ouderpanel Schelderode",
                "parents",
                PARENTS,
                1.5,
                List.of(PARENTING, CHILDCARE, EDUCATION, LEISURE),
                TOWN,
                offer("Koffiemoment voor ouders", PARENTING, 0, 18, STATIONSWIJK, 40));
    }

    private void primary(String id, String name, PartnerKind kind, String where, double weight, boolean homework) {
        List<Offer> offers = new ArrayList<>(List.of(
                offer(name + " - kleuteronderwijs", EDUCATION, 2, 6, where, 120),
                offer(name + " - lager onderwijs", EDUCATION, 6, 12, where, 220)));
        if (homework) {
            offers.add(offer(name + " - huiswerkklas", EDUCATION, 6, 12, where, 30));
        }
        entries.add(new Entry(partner(id, name, "school", kind, List.of(EDUCATION), List.of(where)), weight, offers));
    }

    private void secondary(String id, String name, PartnerKind kind, String where) {
        add(
                id,
                name,
                "school",
                kind,
                3,
                List.of(EDUCATION),
                List.of(where),
                offer(name + " - eerste graad", EDUCATION, 12, 14, where, 300),
                offer(name + " - tweede en derde graad", EDUCATION, 14, 18, where, 500),
                offer(name + " - avondstudie en huiswerkbegeleiding", EDUCATION, 12, 18, where, 60));
    }

    private void daycare(String id, String name, PartnerKind kind, String where) {
        add(
                id,
                name,
                "childcare",
                kind,
                1.5,
                List.of(CHILDCARE),
                List.of(where),
                offer(name, CHILDCARE, 0, 3, where, 28));
    }

    private void afterSchool(String id, String name, PartnerKind kind, String where) {
        add(
                id,
                name,
                "childcare",
                kind,
                2,
                List.of(CHILDCARE, LEISURE),
                List.of(where),
                offer(name + " - voor- en naschoolse opvang", CHILDCARE, 3, 12, where, 90),
                offer(name + " - vakantiewerking", LEISURE, 3, 12, where, 60));
    }

    private void club(String id, String name, String sport, String where, int ageMin, int ageMax) {
        add(
                id,
                name,
                "sport",
                VOLUNTEER,
                0.8,
                List.of(LEISURE),
                List.of(where),
                offer(name + " - jeugdwerking " + sport, LEISURE, ageMin, ageMax, where, 120));
    }

    private void culture(
            String id,
            String name,
            PartnerKind kind,
            double weight,
            String offer,
            String where,
            int ageMin,
            int ageMax) {
        add(
                id,
                name,
                "culture",
                kind,
                weight,
                List.of(LEISURE),
                List.of(where),
                offer(offer + " " + name, LEISURE, ageMin, ageMax, where, 100));
    }

    private void youth(String id, String name, String where, int ageMin, int ageMax, double weight) {
        add(
                id,
                name,
                "youth-work",
                VOLUNTEER,
                weight,
                List.of(YOUTH_WORK, LEISURE),
                List.of(where),
                offer(name + " - werking", YOUTH_WORK, ageMin, ageMax, where, 100));
    }

    private void add(
            String id,
            String name,
            String sector,
            PartnerKind kind,
            double weight,
            List<String> domains,
            List<String> neighbourhoods,
            Offer... offers) {
        entries.add(new Entry(partner(id, name, sector, kind, domains, neighbourhoods), weight, List.of(offers)));
    }

    private static Partner partner(
            String id,
            String name,
            String sector,
            PartnerKind kind,
            List<String> domains,
            List<String> neighbourhoods) {
        return new Partner("partner-" + id, name, sector, domains, neighbourhoods, kind);
    }

    private static Offer offer(String name, String domain, int ageMin, int ageMax, String where, int capacity) {
        return new Offer(name, domain, ageMin, ageMax, where, capacity);
    }
}
