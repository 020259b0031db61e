package be.tafel.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed vocabulary whose values are written as short codes in the API and the store. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    /** The codes of {@code type}, in the order of its constants. */
    static <E extends Enum<E> & Coded> java.util.List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
