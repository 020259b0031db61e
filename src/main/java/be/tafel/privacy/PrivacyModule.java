package be.tafel.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Jackson serialisers that render {@link FamilyCount}, {@link NodeRef}, {@link FamilyRatio}, {@link FamilyText} and
 * {@link PrivateText} for the audience a writer carries as its {@code Audience.class} attribute (see {@link PrivateJson}); a writer without
 * it writes for {@link Audience#RESTRICTED}.
 */
public final class PrivacyModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public PrivacyModule() {
        super("tafel-privacy");
        addSerializer(FamilyCount.class, new JsonSerializer<>() {
            @Override
            public void serialize(FamilyCount value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                write(value.shownTo(Audience.of(provider)), gen);
            }
        });
        addSerializer(NodeRef.class, new JsonSerializer<>() {
            @Override
            public void serialize(NodeRef value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.shownTo(Audience.of(provider)));
            }
        });
        addSerializer(FamilyText.class, new JsonSerializer<>() {
            @Override
            public void serialize(FamilyText value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                text(value, gen, provider);
            }
        });
        addSerializer(PrivateText.class, new JsonSerializer<>() {
            @Override
            public void serialize(PrivateText value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.shownTo(Audience.of(provider)));
            }
        });
        addSerializer(FamilyRatio.class, new JsonSerializer<>() {
            @Override
            public void serialize(FamilyRatio value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                Double shown = value.shownTo(Audience.of(provider));
                if (shown == null) {
                    gen.writeNull();
                } else if (value.isWhole()) {
                    gen.writeNumber(shown.longValue());
                } else {
                    gen.writeNumber(shown);
                }
            }
        });
    }

    private static void text(FamilyText value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.shownTo(Audience.of(provider)));
    }

    private static void write(Object shown, JsonGenerator gen) throws IOException {
        if (shown == null) {
            gen.writeNull();
        } else if (shown instanceof Integer n) {
            gen.writeNumber(n);
        } else {
            gen.writeString(shown.toString());
        }
    }
}
