package be.tafel.model;

import java.util.List;

/** The five A's of access (de 5 B's), each scored 1 to 5. */
public record Access(int reachable, int available, int affordable, int usable, int understandable) {
    public static final List<String> FIELDS =
            List.of("reachable", "available", "affordable", "usable", "understandable");

    public int[] scores() {
        return new int[] {reachable, available, affordable, usable, understandable};
    }
}
