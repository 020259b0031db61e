package be.tafel.web;

import be.tafel.importing.NetworkReader;
import be.tafel.journal.Change;
import be.tafel.journal.Journal;
import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.store.GraphRepository;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;

/**
 * Create, read, update and delete for every node label and the relationships the API manages. Writes go
 * through the import path, so a single row gets exactly the validation a whole document gets.
 */
public final class CrudRoutes {
    public static final int DEFAULT_PAGE = 100;
    public static final int MAX_PAGE = 10_000;

    private final NetworkWriter writer;
    private final GraphRepository repository;
    private final Journal journal;
    private final ObjectMapper json;

    public CrudRoutes(NetworkWriter writer, GraphRepository repository, Journal journal, ObjectMapper json) {
        this.writer = writer;
        this.repository = repository;
        this.journal = journal;
        this.json = json;
    }

    /** A page of a collection, with the paging that produced it and the total. */
    public record Page(List<Object> items, int offset, int limit, Long total) {}

    public void list(Context ctx, NodeLabel label) {
        int offset = offset(ctx);
        int limit = limit(ctx);
        ctx.json(new Page(repository.page(label, offset, limit), offset, limit, repository.count(label)));
    }

    public void get(Context ctx, NodeLabel label) {
        long version = repository.version();
        ctx.header("ETag", JournalRoutes.etag(version)).json(found(label, ctx.pathParam("id")));
    }

    public void create(Context ctx, NodeLabel label) throws IOException {
        ObjectNode row = object(ctx);
        write(ctx, "create", label.plural(), row);
        String id = row.path("id").asText();
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/" + label.plural() + "/" + id)
                .json(found(label, id));
    }

    public void update(Context ctx, NodeLabel label) throws IOException {
        String id = ctx.pathParam("id");
        found(label, id);
        ObjectNode row = object(ctx);
        if (row.has("id") && !id.equals(row.get("id").asText())) {
            throw new Problems.BadRequest("The body's id '" + row.get("id").asText() + "' differs from the path's '"
                    + id + "'; ids cannot be changed.");
        }
        row.put("id", id);
        write(ctx, "update", label.plural(), row);
        ctx.json(found(label, id));
    }

    public void delete(Context ctx, NodeLabel label) {
        String id = ctx.pathParam("id");
        boolean cascade = ctx.queryParamAsClass("cascade", Boolean.class).getOrDefault(false);
        Change change = journal.deleteNode(JournalRoutes.author(ctx), JournalRoutes.ifMatch(ctx), label, id, cascade)
                .orElseThrow(() -> notFound(label, id));
        if (label == NodeLabel.FAMILY) {
            repository.noteErasure();
        }
        JournalRoutes.written(ctx, change);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void listRelationships(Context ctx, RelationshipKind kind) {
        int offset = offset(ctx);
        int limit = limit(ctx);
        ctx.json(new Page(repository.relationships(kind, offset, limit), offset, limit, null));
    }

    /** Adds a relationship, or updates the one with the same ends and {@code since} (set {@code until} to end it). */
    public void putRelationship(Context ctx, RelationshipKind kind) throws IOException {
        Network written = write(ctx, "put", kind.plural(), object(ctx));
        ctx.status(HttpStatus.OK).json(relationshipOf(written, kind));
    }

    /** Deletes the relationship named by the query parameters (its ends and, when it has one, {@code since}). */
    public void deleteRelationship(Context ctx, RelationshipKind kind) {
        ObjectNode row = json.createObjectNode();
        ctx.queryParamMap().forEach((name, values) -> row.put(name, values.getFirst()));
        Network parsed = NetworkReader.rowsOnly()
                .readJson(json.createObjectNode()
                        .set(kind.plural(), json.createArrayNode().add(row)));
        String key = keyOf(relationshipOf(parsed, kind));
        Change change = journal.deleteRelationship(JournalRoutes.author(ctx), JournalRoutes.ifMatch(ctx), kind, key)
                .orElseThrow(() -> new NotFoundResponse(
                        "There is no such " + kind.plural() + " row (" + key.replace('|', ' ') + ")."));
        JournalRoutes.written(ctx, change);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Validates one row as an import would, then writes it through the journal (with its If-Match). */
    private Network write(Context ctx, String op, String section, JsonNode row) {
        ObjectNode document = json.createObjectNode();
        document.set(section, json.createArrayNode().add(row));
        Network network = new NetworkReader(writer).readJson(document);
        JournalRoutes.written(
                ctx,
                journal.write(JournalRoutes.author(ctx), op, JournalRoutes.ifMatch(ctx), network)
                        .change());
        return network;
    }

    private Object found(NodeLabel label, String id) {
        return repository.find(label, id).orElseThrow(() -> notFound(label, id));
    }

    private static NotFoundResponse notFound(NodeLabel label, String id) {
        return new NotFoundResponse("There is no " + label.singular() + " with id '" + id + "'.");
    }

    private ObjectNode object(Context ctx) throws IOException {
        JsonNode body = ctx.bodyAsBytes().length == 0 ? null : json.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw new Problems.BadRequest("The body must be one JSON object.");
        }
        return (ObjectNode) body;
    }

    private static Object relationshipOf(Network network, RelationshipKind kind) {
        return switch (kind) {
            case SEATS -> network.seats().getFirst();
            case COLLABORATIONS -> network.collaborations().getFirst();
            case SUPPORTS -> network.supports().getFirst();
            case USES -> network.uses().getFirst();
        };
    }

    private static String keyOf(Object relationship) {
        return switch (relationship) {
            case be.tafel.model.Seat s -> s.key();
            case Collaboration c -> c.key();
            case be.tafel.model.Support s -> s.key();
            case be.tafel.model.Use u -> u.key();
            default -> throw new IllegalStateException("not a relationship: " + relationship);
        };
    }

    static int offset(Context ctx) {
        return ctx.queryParamAsClass("offset", Integer.class)
                .check(o -> o == null || o >= 0, "offset must be 0 or more")
                .getOrDefault(0);
    }

    static int limit(Context ctx) {
        return ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || (l >= 1 && l <= MAX_PAGE), "limit must be from 1 to " + MAX_PAGE)
                .getOrDefault(DEFAULT_PAGE);
    }
}
