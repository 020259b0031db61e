package be.tafel.web;

import be.tafel.privacy.Audience;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * Javalin's JSON mapping with the audience of the request: {@code ctx.json(answer)} renders every family id
 * and count in the answer (the types of {@code be.tafel.privacy}) for {@link Audience#current()}. Reading JSON
 * is Javalin's Jackson mapping as it is.
 */
public final class PrivateJson implements JsonMapper {
    private final ObjectMapper mapper;
    private final JavalinJackson reading;

    public PrivateJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reading = new JavalinJackson(mapper, false);
    }

    /** A writer for {@code audience}. */
    public static ObjectWriter writer(ObjectMapper mapper, Audience audience) {
        return mapper.writer().withAttribute(Audience.class, audience);
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        if (obj instanceof String text) {
            return text;
        }
        try {
            return writer(mapper, Audience.current()).writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new ByteArrayInputStream(writer(mapper, Audience.current()).writeValueAsBytes(obj));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, java.io.OutputStream out) {
        throw new UnsupportedOperationException("Tafel writes whole answers, never JSON streams");
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return reading.fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        return reading.fromJsonStream(json, type);
    }
}
