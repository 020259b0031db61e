package be.tafel.importing;

import be.tafel.model.Access;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a workbook in one language: sheet names, column headings and codes. The English words are the
 * API's own (the JSON field names and codes); the Dutch ones are what a Flemish broker reads in the Dutch template
 * and the Dutch network download ({@code personen}, {@code naam}, {@code brugfiguur}). On import both are accepted,
 * in any case, so files made with the English template keep working.
 *
 * <p>Codes are translated for the closed vocabularies (kinds, roles, statuses), the default life domains and the
 * sectors the app knows; any other value (a term a broker added, a sector of one's own, a neighbourhood) is written
 * and read as it is. A value that equals a Dutch label is read as that label's code: a broker who adds
 * {@code onderwijs} as a term of its own would see it read as {@code education}.
 */
public enum WorkbookLabels {
    DUTCH("nl"),
    ENGLISH("en");

    /** The sheet that carries the added vocabulary terms in a download (not a section of the network). */
    public static final String VOCABULARY = "vocabulary";

    private static final String VOCABULARY_NL = "woordenlijst";

    private static final Map<Section, String> SHEETS_NL = Map.of(
            Section.PARTNERS, "partners",
            Section.PERSONS, "personen",
            Section.SERVICES, "aanbod",
            Section.FAMILIES, "gezinnen",
            Section.TABLES, "tafels",
            Section.SEATS, "tafelleden",
            Section.COLLABORATIONS, "samenwerkingen",
            Section.SUPPORTS, "ondersteuning",
            Section.USES, "gebruik",
            Section.REFERRALS, "doorverwijzingen");

    /** Field names that read the same in every section. */
    private static final Map<String, String> FIELDS_NL = fieldsNl();

    /** Per section, where a field's Dutch heading differs from the common one (a service's {@code kind} is none). */
    private static final Map<Section, Map<String, String>> SECTION_FIELDS_NL = Map.of(
            Section.USES, Map.of("service", "aanbod"),
            Section.REFERRALS, Map.of("from", "van", "to", "naar"));

    /** Dutch labels of codes, per field whose values are codes. */
    private static final Map<String, Map<String, String>> CODES_NL = codesNl();

    /** The columns of the vocabulary sheet: which list a term belongs to, and the term. */
    public static final List<String> VOCABULARY_COLUMNS = List.of("list", "term");

    private static final Map<String, String> VOCABULARY_FIELDS_NL = Map.of("list", "lijst", "term", "term");
    private static final Map<String, String> VOCABULARY_LISTS_NL =
            Map.of("lifeDomains", "levensdomeinen", "neighbourhoods", "wijken");

    private final String language;

    WorkbookLabels(String language) {
        this.language = language;
    }

    /** The labels for {@code nl} (or nothing) and {@code en}; another language is a bad request. */
    public static WorkbookLabels of(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("nl")) {
            return DUTCH;
        }
        if (lang.equalsIgnoreCase("en")) {
            return ENGLISH;
        }
        throw new IllegalArgumentException("Unknown lang '" + lang + "'; languages are nl, en.");
    }

    public String language() {
        return language;
    }

    /** The sheet name of a section in this language. */
    public String sheet(Section section) {
        return this == DUTCH ? SHEETS_NL.get(section) : section.key();
    }

    /** The name of the vocabulary sheet in this language. */
    public String vocabularySheet() {
        return this == DUTCH ? VOCABULARY_NL : VOCABULARY;
    }

    /** The heading of a section's field in this language. */
    public String heading(Section section, String field) {
        if (this == ENGLISH) {
            return field;
        }
        String own = SECTION_FIELDS_NL.getOrDefault(section, Map.of()).get(field);
        if (own != null) {
            return own;
        }
        if (field.startsWith(FlatRow.ACCESS_PREFIX)) {
            return "toegang." + FIELDS_NL.getOrDefault(field.substring(FlatRow.ACCESS_PREFIX.length()), field);
        }
        return FIELDS_NL.getOrDefault(field, field);
    }

    /** A code as this language writes it: its Dutch label where it has one, else the code itself. */
    public String label(Section section, String field, String code) {
        if (this == ENGLISH || code == null) {
            return code;
        }
        return CODES_NL.getOrDefault(codeField(section, field), Map.of()).getOrDefault(code, code);
    }

    /** The heading of a vocabulary sheet's column, and the name of one of its lists, in this language. */
    public String vocabularyHeading(String column) {
        return this == DUTCH ? VOCABULARY_FIELDS_NL.get(column) : column;
    }

    public String vocabularyList(String list) {
        return this == DUTCH ? VOCABULARY_LISTS_NL.get(list) : list;
    }

    // ---- reading: both languages at once ----

    /** The section a sheet is named after, in either language and any case, or null. */
    public static Section section(String sheetName) {
        String name = sheetName.strip().toLowerCase(Locale.ROOT);
        for (Section section : Section.values()) {
            if (section.key().equals(name) || SHEETS_NL.get(section).equals(name)) {
                return section;
            }
        }
        return null;
    }

    /** Whether a sheet is the vocabulary sheet, in either language. */
    public static boolean isVocabulary(String sheetName) {
        String name = sheetName.strip().toLowerCase(Locale.ROOT);
        return name.equals(VOCABULARY) || name.equals(VOCABULARY_NL);
    }

    /** Whether a sheet name is Dutch (and not also the English name, as {@code partners} is). */
    static boolean isDutchSheet(String sheetName) {
        String name = sheetName.strip().toLowerCase(Locale.ROOT);
        Section section = section(name);
        return section != null ? !section.key().equals(name) : name.equals(VOCABULARY_NL);
    }

    /** The field a heading names in a section: the English name as it is, a Dutch heading in any case; else as is. */
    static String field(Section section, String heading) {
        if (heading == null) {
            return null;
        }
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        for (String field : fields(section)) {
            if (field.equals(heading.strip())) {
                return field;
            }
        }
        for (String field : fields(section)) {
            if (field.toLowerCase(Locale.ROOT).equals(lower)
                    || DUTCH.heading(section, field).toLowerCase(Locale.ROOT).equals(lower)) {
                return field;
            }
        }
        return heading;
    }

    /** A cell's text read back: a Dutch label becomes its code, a list's items one by one; other text stays. */
    static String code(Section section, String field, String text) {
        Map<String, String> codes = CODES_NL.get(codeField(section, field));
        if (codes == null || text == null) {
            return text;
        }
        if (FlatRow.LIST_FIELDS.contains(field)) {
            return java.util.Arrays.stream(text.split(";"))
                    .map(item -> single(codes, item.strip()))
                    .collect(Collectors.joining(";"));
        }
        return single(codes, text);
    }

    private static String single(Map<String, String> codes, String text) {
        if (codes.containsKey(text)) {
            return text;
        }
        // exact matches only: a sector of one's own in another case is not a label
        return codes.entrySet().stream()
                .filter(e -> e.getValue().equals(text))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(text);
    }

    /** A vocabulary list's name read back ({@code levensdomeinen} or {@code lifeDomains}), or null. */
    public static String vocabularyListOf(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> list : VOCABULARY_LISTS_NL.entrySet()) {
            if (list.getKey().toLowerCase(Locale.ROOT).equals(lower)
                    || list.getValue().equals(lower)) {
                return list.getKey();
            }
        }
        return null;
    }

    /** A vocabulary sheet's column read back ({@code lijst} or {@code list}), or the heading as it is. */
    public static String vocabularyColumnOf(String heading) {
        if (heading == null) {
            return null;
        }
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> column : VOCABULARY_FIELDS_NL.entrySet()) {
            if (column.getKey().equals(lower) || column.getValue().equals(lower)) {
                return column.getKey();
            }
        }
        return heading;
    }

    /** The fields a section's sheet may carry (its template columns). */
    static List<String> fields(Section section) {
        return XlsxTemplate.fields(section);
    }

    private static Map<String, String> fieldsNl() {
        Map<String, String> fields = new HashMap<>();
        fields.putAll(Map.of(
                "id", "id",
                "name", "naam",
                "sector", "sector",
                "domains", "domeinen",
                "neighbourhoods", "wijken",
                "kind", "soort",
                "since", "sinds",
                "until", "tot",
                "role", "rol",
                "worksFor", "werktVoor"));
        fields.putAll(Map.of(
                "worksForSince", "werktVoorSinds",
                "worksForUntil", "werktVoorTot",
                "provider", "aanbieder",
                "domain", "domein",
                "ageMin", "leeftijdVan",
                "ageMax", "leeftijdTot",
                "neighbourhood", "wijk",
                "capacity", "capaciteit",
                "childAgeBands", "leeftijdenKinderen",
                "needs", "noden"));
        fields.putAll(Map.of(
                "member", "lid",
                "table", "tafel",
                "a", "a",
                "b", "b",
                "strength", "sterkte",
                "trust", "vertrouwen",
                "person", "persoon",
                "family", "gezin",
                "date", "datum",
                "status", "status"));
        fields.put("completedOn", "afgerondOp");
        // the five B's of accessibility, as Flemish services name them
        List<String> bs = List.of("bereikbaar", "beschikbaar", "betaalbaar", "bruikbaar", "begrijpbaar");
        for (int i = 0; i < Access.FIELDS.size(); i++) {
            fields.put(Access.FIELDS.get(i), bs.get(i));
        }
        return Map.copyOf(fields);
    }

    private static Map<String, Map<String, String>> codesNl() {
        Map<String, String> domains = new LinkedHashMap<>();
        domains.put("childcare", "kinderopvang");
        domains.put("education", "onderwijs");
        domains.put("welfare", "welzijn");
        domains.put("health", "gezondheid");
        domains.put("leisure", "vrije-tijd");
        domains.put("work", "werk");
        domains.put("housing", "wonen");
        domains.put("income", "inkomen");
        domains.put("parenting-support", "opvoedingsondersteuning");
        domains.put("youth-work", "jeugdwerk");
        domains.put("mobility", "mobiliteit");
        domains.put("safety", "veiligheid");
        domains.put("participation", "participatie");
        domains.put("language", "taal");
        Map<String, String> sectors = new LinkedHashMap<>(domains);
        sectors.put("local-government", "lokaal-bestuur");
        sectors.put("family-centre", "huis-van-het-kind");
        sectors.put("social-welfare", "ocmw");
        sectors.put("pupil-guidance", "clb");
        sectors.put("school", "school");
        sectors.put("sport", "sport");
        sectors.put("library", "bibliotheek");
        sectors.put("employment", "werk-en-opleiding");
        sectors.put("parents", "ouders");
        sectors.put("culture", "cultuur");
        Map<String, String> partnerKinds = Map.of(
                "public", "publiek",
                "non-profit", "vzw",
                "private", "privé",
                "volunteer", "vrijwilligers",
                "parents", "ouders");
        Map<String, String> personRoles = Map.of(
                "bridge-figure", "brugfiguur",
                "coordinator", "coördinator",
                "staff", "medewerker",
                "volunteer", "vrijwilliger");
        Map<String, String> tableKinds =
                Map.of("steering", "stuurgroep", "working-group", "werkgroep", "broad-consultation", "breed-overleg");
        Map<String, String> seatRoles = Map.of("chair", "voorzitter", "member", "lid", "observer", "waarnemer");
        Map<String, String> statuses = Map.of(
                "proposed", "voorgesteld",
                "accepted", "aanvaard",
                "completed", "afgerond",
                "waitlisted", "wachtlijst",
                "dropped", "afgehaakt");
        Map<String, Map<String, String>> codes = new HashMap<>();
        codes.put("domains", domains);
        codes.put("domain", domains);
        codes.put("needs", domains);
        codes.put("sector", sectors);
        codes.put("partner.kind", partnerKinds);
        codes.put("person.role", personRoles);
        codes.put("table.kind", tableKinds);
        codes.put("seat.role", seatRoles);
        codes.put("status", statuses);
        return Map.copyOf(codes);
    }

    /** The key under which a section's field has its codes: {@code kind} and {@code role} differ per section. */
    public static String codeField(Section section, String field) {
        return switch (field) {
            case "kind" ->
                section == Section.PARTNERS ? "partner.kind" : section == Section.TABLES ? "table.kind" : field;
            case "role" -> section == Section.PERSONS ? "person.role" : section == Section.SEATS ? "seat.role" : field;
            default -> field;
        };
    }

    /** Whether a section's field has Dutch labels for its codes. */
    static boolean hasLabels(Section section, String field) {
        return CODES_NL.containsKey(codeField(section, field));
    }
}
