package be.tafel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** A request body that must be one JSON object; anything else answers 400 saying what was expected. */
final class JsonBody {
    private JsonBody() {}

    static JsonNode object(Context ctx, ObjectMapper json, String expected) throws IOException {
        JsonNode body = ctx.bodyAsBytes().length == 0 ? null : json.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw new Problems.BadRequest("The body must be one JSON object" + expected + ".");
        }
        return body;
    }
}
