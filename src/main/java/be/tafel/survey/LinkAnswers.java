package be.tafel.survey;

import java.util.List;

/** What one partner answered beside its ties: who leads the network, who is missing, a comment. */
public record LinkAnswers(String partner, String state, List<String> leads, List<String> missing, String comment) {
    public LinkAnswers {
        leads = leads == null ? List.of() : List.copyOf(leads);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
