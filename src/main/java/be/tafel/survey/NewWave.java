package be.tafel.survey;

import java.util.List;

/** A wave just opened: its links with their tokens, shown this once (only their hashes are kept). */
public record NewWave(String id, List<IssuedLink> links) {
    /** A partner's link: the token and the address of the questionnaire that carries it. */
    public record IssuedLink(String partner, String name, String token, String url) {}
}
