package be.tafel.web;

import be.tafel.importing.CsvNetworkReader;
import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.NetworkReader;
import be.tafel.importing.Vocabulary;
import be.tafel.importing.WorkbookLabels;
import be.tafel.importing.XlsxNetworkReader;
import be.tafel.importing.XlsxTemplate;
import be.tafel.journal.Journal;
import be.tafel.message.Message;
import be.tafel.model.Network;
import be.tafel.privacy.Audience;
import be.tafel.store.GraphRepository;
import be.tafel.store.ImportCounts;
import be.tafel.store.NetworkWriter;
import be.tafel.store.VocabularyStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/import} (one JSON document, CSV files as multipart, or one {@code .xlsx} workbook as multipart
 * or as the body), {@code GET /api/import/template.xlsx} and {@code GET /api/export}.
 */
public final class ImportRoutes {
    /** The sections of an export that name single families. */
    private static final List<String> FAMILY_SECTIONS = List.of("families", "supports", "uses");

    private final NetworkWriter writer;
    private final GraphRepository repository;
    private final Journal journal;
    private final ObjectMapper json;

    private final VocabularyStore vocabulary;

    public ImportRoutes(
            NetworkWriter writer,
            GraphRepository repository,
            Journal journal,
            ObjectMapper json,
            VocabularyStore vocabulary) {
        this.writer = writer;
        this.repository = repository;
        this.journal = journal;
        this.json = json;
        this.vocabulary = vocabulary;
    }

    /** A document's own vocabulary terms ({@code "vocabulary"} of a backup), added once the import is written. */
    private record Read(Network network, List<String> lifeDomains, List<String> neighbourhoods) {}

    /** What an import answers: counts per section, or, on a dry run, what would be written. */
    public record ImportResult(boolean dryRun, int rows, Map<String, ImportCounts> sections, long millis) {}

    public void importNetwork(Context ctx) throws IOException {
        long started = System.nanoTime();
        Read read = read(ctx);
        Network network = read.network();
        boolean dryRun = ctx.queryParamAsClass("dryRun", Boolean.class).getOrDefault(false);
        Map<String, ImportCounts> counts = Map.of();
        if (!dryRun) {
            Journal.Written<Map<String, ImportCounts>> written =
                    journal.write(JournalRoutes.author(ctx), "import", JournalRoutes.ifMatch(ctx), network);
            JournalRoutes.written(ctx, written.change());
            counts = written.value();
            if (!(read.lifeDomains().isEmpty() && read.neighbourhoods().isEmpty())) {
                vocabulary.add(read.lifeDomains(), read.neighbourhoods());
            }
        }
        ctx.json(new ImportResult(dryRun, network.rows(), counts, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * The import template workbook: instructions in Dutch and English, a sheet per section with examples; its sheet
     * names, headings and codes in Dutch, or in English with {@code lang=en}.
     */
    public void template(Context ctx) {
        ctx.contentType(XlsxNetworkReader.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tafel-import-template.xlsx\"")
                .result(XlsxTemplate.workbook(labels(ctx)));
    }

    /**
     * The whole network as a workbook that imports back unchanged ({@code GET /api/export?format=xlsx}): the same
     * rows as the JSON document, under the template's sheets and headings in Dutch (or English with
     * {@code lang=en}), with the same rows left out for everyone but brokers.
     */
    public void exportWorkbook(Context ctx) {
        WorkbookLabels labels = labels(ctx);
        ctx.contentType(XlsxNetworkReader.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tafel-netwerk.xlsx\"")
                .result(XlsxTemplate.network(labels, document()));
    }

    private static WorkbookLabels labels(Context ctx) {
        try {
            return WorkbookLabels.of(ctx.queryParam("lang"));
        } catch (IllegalArgumentException e) {
            throw new Problems.BadRequest(e.getMessage());
        }
    }

    /**
     * The whole graph as one import document, with the terms brokers added to the vocabularies, if any.
     * Everyone but brokers gets it without the rows that name single families: the families, their supports
     * and uses, and the family of each referral.
     */
    public void exportNetwork(Context ctx) {
        ctx.json(document());
    }

    /** The import document of {@link #exportNetwork}, as the caller may see it. */
    private ObjectNode document() {
        ObjectNode doc = json.valueToTree(repository.export());
        Vocabulary added = vocabulary.added();
        if (!added.lifeDomains().isEmpty() || !added.neighbourhoods().isEmpty()) {
            doc.set("vocabulary", json.valueToTree(VocabularyRoutes.Terms.of(added)));
        }
        if (!Audience.current().seesFamilies()) {
            FAMILY_SECTIONS.forEach(doc::remove);
            for (JsonNode referral : doc.path("referrals")) {
                if (referral instanceof ObjectNode r) {
                    r.remove("family");
                }
            }
        }
        return doc;
    }

    private Read read(Context ctx) throws IOException {
        if (!ctx.isMultipartFormData() && !isWorkbook(ctx.contentType())) {
            JsonNode document = body(ctx);
            if (document instanceof ObjectNode object && object.has("vocabulary")) {
                JsonNode terms = object.remove("vocabulary");
                List<ImportProblem> problems = new ArrayList<>();
                if (!terms.isObject()) {
                    throw new InvalidNetworkException(
                            List.of(new ImportProblem("vocabulary", null, null, Message.of("importVocabularyObject"))));
                }
                List<String> domains = VocabularyRoutes.terms(terms, "lifeDomains", problems);
                List<String> places = VocabularyRoutes.terms(terms, "neighbourhoods", problems);
                if (!problems.isEmpty()) {
                    throw new InvalidNetworkException(problems);
                }
                NetworkReader reader =
                        new NetworkReader(writer, writer.vocabulary().with(domains, places));
                return new Read(reader.readJson(object), domains, places);
            }
            return new Read(new NetworkReader(writer).readJson(document), List.of(), List.of());
        }
        return readFiles(ctx);
    }

    private Read readFiles(Context ctx) throws IOException {
        NetworkReader reader = new NetworkReader(writer);
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> uploads = uploads(ctx);
            List<UploadedFile> workbooks =
                    uploads.stream().filter(ImportRoutes::isWorkbook).toList();
            if (!workbooks.isEmpty()) {
                if (uploads.size() > 1) {
                    throw new InvalidNetworkException(
                            List.of(new ImportProblem(null, null, null, Message.of("importWorkbookAlone"))));
                }
                return readWorkbook(bytes(workbooks.getFirst()));
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (UploadedFile file : uploads) {
                if (files.put(file.filename(), bytes(file)) != null) {
                    throw new InvalidNetworkException(List.of(new ImportProblem(
                            null, null, null, Message.of("importSameFileName", "name", file.filename()))));
                }
            }
            return new Read(new CsvNetworkReader(reader).read(files), List.of(), List.of());
        }
        return readWorkbook(ctx.bodyAsBytes());
    }

    /** A workbook, checked with the terms of its vocabulary sheet (a download's added terms) as a document's own. */
    private Read readWorkbook(byte[] bytes) {
        XlsxNetworkReader.Workbook workbook = new XlsxNetworkReader((domains, places) -> {
                    List<ImportProblem> problems = new ArrayList<>();
                    ObjectNode terms = json.createObjectNode();
                    terms.set("lifeDomains", json.valueToTree(domains));
                    terms.set("neighbourhoods", json.valueToTree(places));
                    List<String> checkedDomains = VocabularyRoutes.terms(terms, "lifeDomains", problems);
                    List<String> checkedPlaces = VocabularyRoutes.terms(terms, "neighbourhoods", problems);
                    if (!problems.isEmpty()) {
                        throw new InvalidNetworkException(problems);
                    }
                    return checkedDomains.isEmpty() && checkedPlaces.isEmpty()
                            ? new NetworkReader(writer)
                            : new NetworkReader(writer, writer.vocabulary().with(checkedDomains, checkedPlaces));
                })
                .readWorkbook(bytes);
        return new Read(workbook.network(), workbook.lifeDomains(), workbook.neighbourhoods());
    }

    /** The uploaded files; a body that is not well-formed multipart (a bad boundary, say) is a 400. */
    private static List<UploadedFile> uploads(Context ctx) {
        try {
            return ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's ServletException(BadMessageException) comes through unchecked
            throw new Problems.BadRequest("The multipart/form-data body cannot be read (is its boundary right?): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static boolean isWorkbook(UploadedFile file) {
        return file.filename().toLowerCase(Locale.ROOT).endsWith(".xlsx") || isWorkbook(file.contentType());
    }

    private static boolean isWorkbook(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XlsxNetworkReader.CONTENT_TYPE);
    }

    private static byte[] bytes(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        }
    }

    private JsonNode body(Context ctx) throws IOException {
        if (ctx.bodyAsBytes().length == 0) {
            throw new Problems.BadRequest("The request has no body: send one JSON document, or CSV files or one"
                    + " .xlsx workbook as multipart/form-data.");
        }
        return json.readTree(ctx.bodyAsBytes());
    }
}
