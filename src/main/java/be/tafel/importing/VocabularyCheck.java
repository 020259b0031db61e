package be.tafel.importing;

import be.tafel.message.Message;
import java.util.List;

/** Checks that every life domain and neighbourhood a document names is in the network's vocabulary. */
final class VocabularyCheck {
    private final Vocabulary vocabulary;
    private final List<ImportProblem> problems;

    VocabularyCheck(Vocabulary vocabulary, List<ImportProblem> problems) {
        this.vocabulary = vocabulary;
        this.problems = problems;
    }

    void run(ParsedNetwork doc) {
        doc.partners().forEach(p -> {
            p.value().domains().forEach(d -> domain(Section.PARTNERS, p.row(), "domains", d));
            p.value().neighbourhoods().forEach(n -> neighbourhood(Section.PARTNERS, p.row(), "neighbourhoods", n));
        });
        doc.services().forEach(s -> {
            domain(Section.SERVICES, s.row(), "domain", s.value().domain());
            neighbourhood(Section.SERVICES, s.row(), "neighbourhood", s.value().neighbourhood());
        });
        doc.families().forEach(f -> {
            f.value().needs().forEach(d -> domain(Section.FAMILIES, f.row(), "needs", d));
            neighbourhood(Section.FAMILIES, f.row(), "neighbourhood", f.value().neighbourhood());
        });
        doc.tables().forEach(t -> t.value().domains().forEach(d -> domain(Section.TABLES, t.row(), "domains", d)));
        doc.referrals()
                .forEach(r ->
                        domain(Section.REFERRALS, r.row(), "domain", r.value().domain()));
    }

    private void domain(Section section, Integer row, String field, String term) {
        if (term != null && !vocabulary.knowsLifeDomain(term)) {
            problems.add(new ImportProblem(
                    section.key(),
                    row,
                    field,
                    Message.of("importUnknownLifeDomain", "value", term, "terms", vocabulary.lifeDomainList())));
        }
    }

    private void neighbourhood(Section section, Integer row, String field, String term) {
        if (term != null && !vocabulary.knowsNeighbourhood(term)) {
            problems.add(new ImportProblem(
                    section.key(),
                    row,
                    field,
                    Message.of("importUnknownNeighbourhood", "value", term, "terms", vocabulary.neighbourhoodList())));
        }
    }
}
