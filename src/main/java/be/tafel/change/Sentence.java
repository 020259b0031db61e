package be.tafel.change;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sentence the server says about the network, as data: a code and its parameters (figures, names,
 * dates), e.g. {@code {"code":"tiesGained","count":7,"sectors":["school","welfare"]}}. The app renders it
 * in its language; {@link Narrative} renders it for API users.
 */
public final class Sentence {
    private final String code;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Sentence(String code) {
        this.code = code;
    }

    public Sentence with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    @JsonProperty("code")
    public String code() {
        return code;
    }

    @JsonAnyGetter
    public Map<String, Object> parameters() {
        return parameters;
    }

    public Object get(String name) {
        return parameters.get(name);
    }
}
