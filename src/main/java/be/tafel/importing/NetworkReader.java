package be.tafel.importing;

import be.tafel.message.Message;
import be.tafel.model.Coded;
import be.tafel.model.Network;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a whole import document, checks every row and every reference, and either returns the
 * network or throws {@link InvalidNetworkException} listing every problem. Nothing is written here.
 */
public final class NetworkReader {
    private final KnownIds store;
    private final boolean checkReferences;

    private final Vocabulary vocabulary;

    public NetworkReader(KnownIds store) {
        this(store, true, null);
    }

    /** A reader that checks terms against {@code vocabulary} (the network's, with a document's own terms). */
    public NetworkReader(KnownIds store, Vocabulary vocabulary) {
        this(store, true, vocabulary);
    }

    private NetworkReader(KnownIds store, boolean checkReferences, Vocabulary vocabulary) {
        this.store = store;
        this.checkReferences = checkReferences;
        this.vocabulary = vocabulary;
    }

    /** A reader that checks each row alone, for requests that name rows rather than write them. */
    public static NetworkReader rowsOnly() {
        return new NetworkReader(KnownIds.NONE, false, Vocabulary.OPEN);
    }

    /** Reads a JSON document: an object with one array per section; rows are numbered by their index. */
    public Network readJson(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new InvalidNetworkException(List.of(
                    new ImportProblem(null, null, null, Message.of("importNotJsonObject", "sections", sectionKeys()))));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Section, List<NumberedRow>> sections = new EnumMap<>(Section.class);
        for (Map.Entry<String, JsonNode> field : document.properties()) {
            Coded.parse(Section.class, field.getKey())
                    .ifPresentOrElse(
                            section -> sections.put(section, numbered(section, field.getValue(), problems)),
                            () -> problems.add(new ImportProblem(
                                    field.getKey(),
                                    null,
                                    null,
                                    Message.of(
                                            "importUnknownSection",
                                            "section",
                                            field.getKey(),
                                            "sections",
                                            sectionKeys()))));
        }
        return read(sections, problems);
    }

    /** Reads sections whose rows are already numbered (CSV and spreadsheet readers build them). */
    public Network read(Map<Section, List<NumberedRow>> sections, List<ImportProblem> problems) {
        ParsedNetwork parsed = new ParsedNetwork(
                rows(sections, Section.PARTNERS, problems, RowParser::partner),
                rows(sections, Section.PERSONS, problems, RowParser::person),
                rows(sections, Section.SERVICES, problems, RowParser::service),
                rows(sections, Section.FAMILIES, problems, RowParser::family),
                rows(sections, Section.TABLES, problems, RowParser::table),
                rows(sections, Section.SEATS, problems, RowParser::seat),
                rows(sections, Section.COLLABORATIONS, problems, RowParser::collaboration),
                rows(sections, Section.SUPPORTS, problems, RowParser::support),
                rows(sections, Section.USES, problems, RowParser::use),
                rows(sections, Section.REFERRALS, problems, RowParser::referral));
        if (checkReferences) {
            new ReferenceCheck(parsed, store, problems).run();
            Vocabulary terms = vocabulary != null
                    ? vocabulary
                    : store instanceof Vocabulary.Source source ? source.vocabulary() : Vocabulary.OPEN;
            new VocabularyCheck(terms, problems).run(parsed);
        }
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        return parsed.network();
    }

    private static List<NumberedRow> numbered(Section section, JsonNode rows, List<ImportProblem> problems) {
        List<NumberedRow> numbered = new ArrayList<>();
        if (!rows.isArray()) {
            problems.add(new ImportProblem(
                    section.key(), null, null, Message.of("importNotArray", "section", section.key())));
            return numbered;
        }
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new NumberedRow(i, rows.get(i)));
        }
        return numbered;
    }

    private static <T> List<Parsed<T>> rows(
            Map<Section, List<NumberedRow>> sections,
            Section section,
            List<ImportProblem> problems,
            Function<FieldReader, T> parser) {
        List<Parsed<T>> records = new ArrayList<>();
        for (NumberedRow row : sections.getOrDefault(section, List.of())) {
            FieldReader reader = new FieldReader(section.key(), row.row(), row.fields(), problems);
            if (reader.isObject()) {
                T record = parser.apply(reader);
                if (record != null) {
                    records.add(new Parsed<>(row.row(), record));
                }
            }
        }
        return records;
    }

    /** The keys of the sections, in order. */
    static List<String> sectionKeys() {
        return java.util.Arrays.stream(Section.values()).map(Section::key).toList();
    }
}
