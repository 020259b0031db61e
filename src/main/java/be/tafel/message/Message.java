package be.tafel.message;

import be.tafel.privacy.Audience;
import be.tafel.privacy.PrivateText;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sentence about the network as data: a code of the catalogue and its parameters, written as one JSON
 * object, e.g. {@code {"code":"referralsWithMembers","referrals":147,"members":9,"months":12}}. A parameter is
 * a number, a string (a vocabulary code or a name), a list of strings, or a {@link
 * be.tafel.privacy.FamilyCount}, which the privacy serialisers render for the reader.
 */
public final class Message {
    private final String code;
    private final Map<String, Object> parameters;

    private Message(String code, Map<String, Object> parameters) {
        this.code = code;
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    /**
     * @param namesAndValues parameter names and values, alternating
     * @throws IllegalArgumentException when the code is not in the catalogue or the parameters are not exactly
     *     those its templates use
     */
    public static Message of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + code);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = Objects.requireNonNull(namesAndValues[i + 1], "value of " + namesAndValues[i]);
            if (value instanceof List<?> list) {
                value = List.copyOf(list);
            }
            parameters.put((String) namesAndValues[i], value);
        }
        Messages.catalogue().check(code, parameters.keySet());
        return new Message(code, parameters);
    }

    /** This message with parameter {@code name} (one it has) set to {@code value}. */
    public Message with(String name, Object value) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("message " + code + " has no parameter " + name);
        }
        Map<String, Object> changed = new LinkedHashMap<>(parameters);
        changed.put(name, Objects.requireNonNull(value, name));
        return new Message(code, changed);
    }

    @JsonProperty("code")
    public String code() {
        return code;
    }

    @JsonAnyGetter
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The sentence in {@code language} ("en" or "nl"), its family counts as {@code audience} may see them. */
    public String text(String language, Audience audience) {
        return Messages.catalogue().render(this, language, audience);
    }

    /** The English sentence, rendered for whoever reads the answer. */
    public PrivateText english() {
        return audience -> text("en", audience);
    }

    /** The English sentence as a broker reads it. */
    @Override
    public String toString() {
        return text("en", Audience.BROKER);
    }
}
