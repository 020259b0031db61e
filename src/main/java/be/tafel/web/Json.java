package be.tafel.web;

import be.tafel.model.Coded;
import be.tafel.model.Collaboration;
import be.tafel.model.Period;
import be.tafel.model.Seat;
import be.tafel.model.Support;
import be.tafel.model.Use;
import be.tafel.privacy.PrivacyModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one JSON mapping of the API: records as the import document writes them, dates as ISO text. */
public final class Json {
    private Json() {}

    public static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("tafel-codes");
        codes.addSerializer(Coded.class, new CodedSerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(codes)
                .registerModule(new PrivacyModule())
                .addMixIn(Seat.class, Spell.class)
                .addMixIn(Collaboration.class, Spell.class)
                .addMixIn(Support.class, Spell.class)
                .addMixIn(Use.class, Spell.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));
    }

    /** Writes a relationship's period as flat {@code since}/{@code until} fields, as the import reads them. */
    private abstract static class Spell {
        @JsonUnwrapped
        abstract Period period();
    }

    private static final class CodedSerializer extends JsonSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }
}
