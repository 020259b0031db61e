package be.tafel.change;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link Sentence}s as text in Dutch or English for the steering group's report. Every number in
 * the text is a parameter of its sentence, and every parameter is a figure of the answer; nothing else.
 * Integers are written without grouping and decimals with the language's separator, so the figures can be
 * read back from the text.
 */
public final class Narrative {
    private static final DateTimeFormatter NL_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Dutch names of the sectors and life domains of the shipped vocabulary; others are shown as they are. */
    private static final Map<String, String> NL_WORDS = Map.ofEntries(
            Map.entry("school", "onderwijs"),
            Map.entry("education", "onderwijs"),
            Map.entry("welfare", "welzijn"),
            Map.entry("social-welfare", "OCMW"),
            Map.entry("health", "gezondheid"),
            Map.entry("childcare", "kinderopvang"),
            Map.entry("pupil-guidance", "leerlingenbegeleiding"),
            Map.entry("family-centre", "Huis van het Kind"),
            Map.entry("local-government", "lokaal bestuur"),
            Map.entry("library", "bibliotheek"),
            Map.entry("sport", "sport"),
            Map.entry("culture", "cultuur"),
            Map.entry("youth-work", "jeugdwerk"),
            Map.entry("employment", "werk"),
            Map.entry("work", "werk"),
            Map.entry("housing", "wonen"),
            Map.entry("parents", "ouders"),
            Map.entry("leisure", "vrije tijd"),
            Map.entry("income", "inkomen"),
            Map.entry("parenting-support", "opvoedingsondersteuning"));

    private static final Map<String, String> NL_BANDS = Map.of(
            "0-3",
            "baby's en peuters (0–3)",
            "3-6",
            "kleuters (3–6)",
            "6-12",
            "kinderen (6–12)",
            "12-18",
            "tieners (12–18)");
    private static final Map<String, String> EN_BANDS = Map.of(
            "0-3",
            "babies and toddlers (0–3)",
            "3-6",
            "pre-schoolers (3–6)",
            "6-12",
            "children (6–12)",
            "12-18",
            "teenagers (12–18)");
    private static final Map<String, String> NL_SCORES = Map.of(
            "density",
            "De dichtheid",
            "components",
            "Het aantal componenten",
            "degreeCentralization",
            "De centralisatie",
            "averageClustering",
            "De gemiddelde clustering",
            "nodes",
            "Het aantal partners",
            "edges",
            "Het aantal samenwerkingen");
    private static final Map<String, String> EN_SCORES = Map.of(
            "density",
            "density",
            "components",
            "number of components",
            "degreeCentralization",
            "degree centralisation",
            "averageClustering",
            "average clustering",
            "nodes",
            "number of partners",
            "edges",
            "number of collaborations");

    private final boolean dutch;

    private Narrative(boolean dutch) {
        this.dutch = dutch;
    }

    /** {@code lang}: "nl" or "en". */
    public static String render(List<Sentence> sentences, String lang) {
        Narrative n = new Narrative(!"en".equals(lang));
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(n.sentence(s));
        }
        return text.toString();
    }

    private String sentence(Sentence s) {
        return switch (s.code()) {
            case "noData" ->
                dutch
                        ? "Voor " + date(s, "date")
                                + " zijn er geen gegevens: geen samenwerking, zitje, contact met een"
                                + " gezin of doorverwijzing die toen gold."
                        : "There is no data for " + date(s, "date")
                                + ": no collaboration, seat, contact with a family or" + " referral held then.";
            case "period" ->
                dutch
                        ? "Tussen " + date(s, "from") + " en " + date(s, "to") + " veranderde het netwerk zo."
                        : "Between " + date(s, "from") + " and " + date(s, "to") + " the network changed as follows.";
            case "partnersJoined" ->
                dutch
                        ? count(s) + (one(s) ? " partner kwam erbij: " : " partners kwamen erbij: ") + names(s) + "."
                        : count(s) + (one(s) ? " partner joined: " : " partners joined: ") + names(s) + ".";
            case "partnersLeft" ->
                dutch
                        ? count(s) + (one(s) ? " partner verliet het netwerk: " : " partners verlieten het netwerk: ")
                                + names(s) + "."
                        : count(s) + (one(s) ? " partner left: " : " partners left: ") + names(s) + ".";
            case "personsJoined" ->
                dutch
                        ? count(s) + (one(s) ? " persoon kwam erbij: " : " personen kwamen erbij: ") + names(s) + "."
                        : count(s) + (one(s) ? " person joined: " : " people joined: ") + names(s) + ".";
            case "personsLeft" ->
                dutch
                        ? count(s) + (one(s) ? " persoon vertrok: " : " personen vertrokken: ") + names(s) + "."
                        : count(s) + (one(s) ? " person left: " : " people left: ") + names(s) + ".";
            case "tiesGained" ->
                dutch
                        ? "Er kwamen " + count(s) + (one(s) ? " samenwerking" : " samenwerkingen") + " bij" + sectors(s)
                                + "."
                        : count(s) + (one(s) ? " collaboration was" : " collaborations were") + " gained" + sectors(s)
                                + ".";
            case "tiesLost" ->
                dutch
                        ? "Er vielen " + count(s) + (one(s) ? " samenwerking" : " samenwerkingen") + " weg."
                        : count(s) + (one(s) ? " collaboration was" : " collaborations were") + " lost.";
            case "tableMembership" -> table(s);
            case "scoreChanged" ->
                dutch
                        ? NL_SCORES.getOrDefault(text(s, "score"), text(s, "score")) + " ging van "
                                + number(s.get("before")) + " naar " + number(s.get("after")) + "."
                        : "The " + EN_SCORES.getOrDefault(text(s, "score"), text(s, "score")) + " went from "
                                + number(s.get("before")) + " to " + number(s.get("after")) + ".";
            case "moverUp", "moverDown" -> mover(s);
            case "reachChanged" ->
                dutch
                        ? "Het aantal bereikte gezinnen met " + group(s) + " ging van "
                                + number(s.get("familiesBefore")) + " naar " + number(s.get("familiesAfter")) + " ("
                                + percent(s.get("changePercent")) + ")."
                        : "Families reached with " + group(s) + " went from " + number(s.get("familiesBefore")) + " to "
                                + number(s.get("familiesAfter")) + " (" + percent(s.get("changePercent")) + ").";
            case "fading" ->
                dutch
                        ? "Gezinnen met " + group(s) + " vallen uit beeld: " + percent(s.get("changePercent"))
                                + " sinds " + month(s, "since") + "."
                        : "Families with " + group(s) + " drop out of sight: " + percent(s.get("changePercent"))
                                + " since " + month(s, "since") + ".";
            default -> throw new IllegalArgumentException("no text for sentence " + s.code());
        };
    }

    private String table(Sentence s) {
        int joined = (Integer) s.get("joined");
        int left = (Integer) s.get("left");
        String name = text(s, "table");
        if (dutch) {
            String j = joined == 0 ? "" : joined + (joined == 1 ? " lid kwam" : " leden kwamen") + " erbij";
            String l = left == 0 ? "" : left + (left == 1 ? " lid vertrok" : " leden vertrokken");
            return "Aan " + name + ": " + j + (j.isEmpty() || l.isEmpty() ? "" : ", ") + l + ".";
        }
        String j = joined == 0 ? "" : joined + (joined == 1 ? " member joined" : " members joined");
        String l = left == 0 ? "" : left + (left == 1 ? " member left" : " members left");
        return "At " + name + ": " + j + (j.isEmpty() || l.isEmpty() ? "" : ", ") + l + ".";
    }

    private String mover(Sentence s) {
        boolean up = s.code().equals("moverUp");
        String partner = text(s, "partner");
        Object before = s.get("rankBefore");
        Object after = s.get("rankAfter");
        if (dutch) {
            return partner + (up ? " steeg het sterkst" : " zakte het sterkst")
                    + " in tussenpositie (betweenness): van plaats " + before + " naar plaats " + after + ".";
        }
        return partner + (up ? " rose most" : " fell most") + " in betweenness rank: from " + before + " to " + after
                + ".";
    }

    private String sectors(Sentence s) {
        if (s.get("sectors") == null) {
            return "";
        }
        List<?> pair = (List<?>) s.get("sectors");
        String a = word((String) pair.get(0));
        String b = word((String) pair.get(1));
        return dutch
                ? ", vooral tussen " + a + " en " + b + " (" + s.get("sectorCount") + ")"
                : ", mostly between " + a + " and " + b + " (" + s.get("sectorCount") + ")";
    }

    private String word(String code) {
        return dutch ? NL_WORDS.getOrDefault(code, code) : code.replace('-', ' ');
    }

    private String group(Sentence s) {
        String group = text(s, "group");
        if ("ageBand".equals(s.get("by"))) {
            return (dutch ? NL_BANDS : EN_BANDS).getOrDefault(group, group);
        }
        return dutch ? "nood aan " + word(group) : "a need in " + word(group);
    }

    private static String count(Sentence s) {
        return String.valueOf(s.get("count"));
    }

    private static boolean one(Sentence s) {
        return Integer.valueOf(1).equals(s.get("count"));
    }

    private static String names(Sentence s) {
        return String.join(
                ", ", ((List<?>) s.get("names")).stream().map(String::valueOf).toList());
    }

    private static String text(Sentence s, String name) {
        return String.valueOf(s.get(name));
    }

    private String date(Sentence s, String name) {
        LocalDate day = LocalDate.parse(text(s, name));
        return day.format(dutch ? NL_DATE : EN_DATE);
    }

    private String month(Sentence s, String name) {
        LocalDate day = LocalDate.parse(text(s, name));
        return day.format(
                DateTimeFormatter.ofPattern("MMMM yyyy", dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH));
    }

    private String number(Object value) {
        if (value instanceof Double d) {
            String text = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return dutch ? text.replace('.', ',') : text;
        }
        return String.valueOf(value);
    }

    /** A signed percentage with a real minus sign, e.g. −34% or +12%. */
    private String percent(Object value) {
        int p = ((Number) value).intValue();
        return (p < 0 ? "\u2212" + (-p) : "+" + p) + "%";
    }
}
