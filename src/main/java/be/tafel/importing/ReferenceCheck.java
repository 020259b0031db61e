package be.tafel.importing;

import be.tafel.message.Message;
import be.tafel.model.NodeLabel;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what rows cannot check alone: ids are unique across the document and the store (one id, one
 * node, whatever its label), relationships name nodes that exist, and keys of relationships repeat
 * nowhere in the document.
 */
final class ReferenceCheck {
    private final ParsedNetwork doc;
    private final KnownIds store;
    private final List<ImportProblem> problems;
    private final Map<String, NodeLabel> labels = new HashMap<>();

    ReferenceCheck(ParsedNetwork doc, KnownIds store, List<ImportProblem> problems) {
        this.doc = doc;
        this.store = store;
        this.problems = problems;
    }

    void run() {
        define(Section.PARTNERS, NodeLabel.PARTNER, doc.partners(), p -> p.id());
        define(Section.PERSONS, NodeLabel.PERSON, doc.persons(), p -> p.id());
        define(Section.SERVICES, NodeLabel.SERVICE, doc.services(), s -> s.id());
        define(Section.FAMILIES, NodeLabel.FAMILY, doc.families(), f -> f.id());
        define(Section.TABLES, NodeLabel.TABLE, doc.tables(), t -> t.id());
        define(Section.REFERRALS, NodeLabel.REFERRAL, doc.referrals(), r -> r.id());
        Map<String, NodeLabel> stored = store.labelsOf(allIds());
        checkAgainstStore(stored);
        stored.forEach(labels::putIfAbsent);
        checkReferences();
        unique(Section.SEATS, doc.seats(), s -> s.key());
        unique(Section.COLLABORATIONS, doc.collaborations(), c -> c.key());
        unique(Section.SUPPORTS, doc.supports(), s -> s.key());
        unique(Section.USES, doc.uses(), u -> u.key());
    }

    private void checkReferences() {
        doc.persons()
                .forEach(p -> refer(
                        Section.PERSONS, p.row(), "worksFor", p.value().worksFor(), EnumSet.of(NodeLabel.PARTNER)));
        doc.services()
                .forEach(s -> refer(
                        Section.SERVICES, s.row(), "provider", s.value().provider(), EnumSet.of(NodeLabel.PARTNER)));
        doc.seats().forEach(s -> {
            refer(
                    Section.SEATS,
                    s.row(),
                    "member",
                    s.value().member(),
                    EnumSet.of(NodeLabel.PARTNER, NodeLabel.PERSON));
            refer(Section.SEATS, s.row(), "table", s.value().table(), EnumSet.of(NodeLabel.TABLE));
        });
        doc.collaborations().forEach(c -> {
            refer(Section.COLLABORATIONS, c.row(), "a", c.value().a(), EnumSet.of(NodeLabel.PARTNER));
            refer(Section.COLLABORATIONS, c.row(), "b", c.value().b(), EnumSet.of(NodeLabel.PARTNER));
        });
        doc.supports().forEach(s -> {
            refer(Section.SUPPORTS, s.row(), "person", s.value().person(), EnumSet.of(NodeLabel.PERSON));
            refer(Section.SUPPORTS, s.row(), "family", s.value().family(), EnumSet.of(NodeLabel.FAMILY));
        });
        doc.uses().forEach(u -> {
            refer(Section.USES, u.row(), "family", u.value().family(), EnumSet.of(NodeLabel.FAMILY));
            refer(Section.USES, u.row(), "service", u.value().service(), EnumSet.of(NodeLabel.SERVICE));
        });
        doc.referrals().forEach(r -> {
            refer(
                    Section.REFERRALS,
                    r.row(),
                    "from",
                    r.value().from(),
                    EnumSet.of(NodeLabel.PARTNER, NodeLabel.PERSON));
            refer(Section.REFERRALS, r.row(), "to", r.value().to(), EnumSet.of(NodeLabel.PARTNER, NodeLabel.SERVICE));
            refer(Section.REFERRALS, r.row(), "family", r.value().family(), EnumSet.of(NodeLabel.FAMILY));
        });
    }

    private <T> void define(Section section, NodeLabel label, List<Parsed<T>> rows, Function<T, String> id) {
        for (Parsed<T> row : rows) {
            String key = id.apply(row.value());
            NodeLabel earlier = labels.putIfAbsent(key, label);
            if (earlier != null) {
                problems.add(new ImportProblem(
                        section.key(),
                        row.row(),
                        "id",
                        Message.of("importDuplicateId", "id", key, "kind", earlier.code())));
            }
        }
    }

    private void checkAgainstStore(Map<String, NodeLabel> stored) {
        checkLabel(Section.PARTNERS, NodeLabel.PARTNER, doc.partners(), p -> p.id(), stored);
        checkLabel(Section.PERSONS, NodeLabel.PERSON, doc.persons(), p -> p.id(), stored);
        checkLabel(Section.SERVICES, NodeLabel.SERVICE, doc.services(), s -> s.id(), stored);
        checkLabel(Section.FAMILIES, NodeLabel.FAMILY, doc.families(), f -> f.id(), stored);
        checkLabel(Section.TABLES, NodeLabel.TABLE, doc.tables(), t -> t.id(), stored);
        checkLabel(Section.REFERRALS, NodeLabel.REFERRAL, doc.referrals(), r -> r.id(), stored);
    }

    private <T> void checkLabel(
            Section section,
            NodeLabel label,
            List<Parsed<T>> rows,
            Function<T, String> id,
            Map<String, NodeLabel> stored) {
        for (Parsed<T> row : rows) {
            NodeLabel existing = stored.get(id.apply(row.value()));
            if (existing != null && existing != label) {
                problems.add(new ImportProblem(
                        section.key(),
                        row.row(),
                        "id",
                        Message.of("importIdTaken", "id", id.apply(row.value()), "kind", existing.code())));
            }
        }
    }

    private void refer(Section section, int row, String field, String id, Set<NodeLabel> allowed) {
        if (id == null) {
            return;
        }
        NodeLabel found = labels.get(id);
        if (found == null) {
            problems.add(new ImportProblem(
                    section.key(), row, field, Message.of("importUnknownReference", "field", field, "id", id)));
        } else if (!allowed.contains(found)) {
            problems.add(new ImportProblem(
                    section.key(),
                    row,
                    field,
                    Message.of(
                            "importWrongReference",
                            "field",
                            field,
                            "id",
                            id,
                            "kind",
                            found.code(),
                            "allowed",
                            allowed.stream().map(NodeLabel::code).toList())));
        }
    }

    private <T> void unique(Section section, List<Parsed<T>> rows, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (Parsed<T> row : rows) {
            if (!seen.add(key.apply(row.value()))) {
                problems.add(new ImportProblem(
                        section.key(), row.row(), null, Message.of("importRepeatedRow", "section", section.key())));
            }
        }
    }

    private Set<String> allIds() {
        Set<String> ids = new HashSet<>(labels.keySet());
        doc.persons().forEach(p -> addIfPresent(ids, p.value().worksFor()));
        doc.services().forEach(s -> ids.add(s.value().provider()));
        doc.seats().forEach(s -> {
            ids.add(s.value().member());
            ids.add(s.value().table());
        });
        doc.collaborations().forEach(c -> {
            ids.add(c.value().a());
            ids.add(c.value().b());
        });
        doc.supports().forEach(s -> {
            ids.add(s.value().person());
            ids.add(s.value().family());
        });
        doc.uses().forEach(u -> {
            ids.add(u.value().family());
            ids.add(u.value().service());
        });
        doc.referrals().forEach(r -> {
            ids.add(r.value().from());
            ids.add(r.value().to());
            ids.add(r.value().family());
        });
        return ids;
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
