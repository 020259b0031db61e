package be.tafel.web;

import be.tafel.importing.CsvNetworkReader;
import be.tafel.importing.NetworkReader;
import be.tafel.model.Network;
import be.tafel.store.GraphRepository;
import be.tafel.store.ImportCounts;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/import} (one JSON document, or CSV files as multipart) and {@code GET /api/export}. */
public final class ImportRoutes {
    private final NetworkWriter writer;
    private final GraphRepository repository;
    private final ObjectMapper json;

    public ImportRoutes(NetworkWriter writer, GraphRepository repository, ObjectMapper json) {
        this.writer = writer;
        this.repository = repository;
        this.json = json;
    }

    /** What an import answers: counts per section, or, on a dry run, what would be written. */
    public record ImportResult(boolean dryRun, int rows, Map<String, ImportCounts> sections, long millis) {}

    public void importNetwork(Context ctx) throws IOException {
        long started = System.nanoTime();
        Network network = read(ctx);
        boolean dryRun = ctx.queryParamAsClass("dryRun", Boolean.class).getOrDefault(false);
        Map<String, ImportCounts> counts = dryRun ? Map.of() : writer.write(network);
        ctx.json(new ImportResult(dryRun, network.rows(), counts, (System.nanoTime() - started) / 1_000_000));
    }

    public void exportNetwork(Context ctx) {
        ctx.json(repository.export());
    }

    private Network read(Context ctx) throws IOException {
        NetworkReader reader = new NetworkReader(writer);
        if (ctx.isMultipartFormData()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (UploadedFile file : ctx.uploadedFiles()) {
                try (InputStream in = file.content()) {
                    files.put(file.filename(), in.readAllBytes());
                }
            }
            return new CsvNetworkReader(reader).read(files);
        }
        return reader.readJson(body(ctx));
    }

    private JsonNode body(Context ctx) throws IOException {
        if (ctx.bodyAsBytes().length == 0) {
            throw new Problems.BadRequest("The request has no body: send one JSON document, or CSV files as multipart/form-data.");
        }
        return json.readTree(ctx.bodyAsBytes());
    }
}
