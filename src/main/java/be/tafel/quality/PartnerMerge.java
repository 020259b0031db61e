package be.tafel.quality;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Author;
import be.tafel.journal.Change;
import be.tafel.journal.ElementRef;
import be.tafel.journal.Journal;
import be.tafel.message.Message;
import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.model.Seat;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphRepository;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Merges a duplicate partner into the one that stays, in one journaled transaction: every tie, seat,
 * service, staff member and referral of the duplicate moves to the survivor, then the duplicate goes. A
 * tie between the two disappears (it would join the survivor to itself); a tie or seat the survivor
 * already has with the same key is kept as the survivor's. The journal keeps every row before and after,
 * so the merge can be undone.
 */
public final class PartnerMerge {
    private static final Map<String, Set<String>> PARTNER_FIELDS = Map.of(
            "collaborations",
            Set.of("a", "b"),
            "seats",
            Set.of("member"),
            "persons",
            Set.of("worksFor"),
            "services",
            Set.of("provider"),
            "referrals",
            Set.of("from", "to"));

    private final Journal journal;
    private final NetworkWriter writer;
    private final ObjectMapper json;

    public PartnerMerge(Journal journal, NetworkWriter writer, ObjectMapper json) {
        this.journal = journal;
        this.writer = writer;
        this.json = json;
    }

    /** Merges {@code duplicate} into {@code survivor}; empty when the duplicate does not exist. */
    public Optional<Change> merge(Author who, Long ifMatch, String duplicate, String survivor) {
        if (survivor == null || survivor.isBlank() || survivor.equals(duplicate)) {
            throw invalid(Message.of("mergeSamePartner"));
        }
        Network[] moved = new Network[1];
        try {
            return Optional.of(journal.change(
                            who,
                            "merge",
                            ifMatch,
                            tx -> {
                                if (!exists(tx, duplicate)) {
                                    throw new Missing();
                                }
                                if (!exists(tx, survivor)) {
                                    throw invalid(Message.of("mergeNoPartner", "id", survivor));
                                }
                                List<ElementRef> refs =
                                        new ArrayList<>(Journal.around(tx, NodeLabel.PARTNER, duplicate));
                                moved[0] = moved(tx, journal.rowsOf(tx, refs), duplicate, survivor);
                                refs.addAll(Journal.refsOf(moved[0]));
                                return refs;
                            },
                            tx -> {
                                writer.writeIn(tx, moved[0]);
                                GraphRepository.deleteIn(tx, NodeLabel.PARTNER, duplicate, false);
                                return null;
                            })
                    .change());
        } catch (Missing e) {
            return Optional.empty();
        }
    }

    /** The duplicate's rows with the duplicate replaced by the survivor, except what the survivor has already. */
    private Network moved(TransactionContext tx, Map<String, JsonNode> rows, String duplicate, String survivor) {
        ObjectNode document = json.createObjectNode();
        rows.forEach((key, row) -> {
            String section = key.substring(0, key.indexOf('/'));
            Set<String> fields = PARTNER_FIELDS.get(section);
            if (fields == null) {
                return; // the duplicate's own row
            }
            ObjectNode copy = row.deepCopy();
            fields.forEach(field -> {
                if (duplicate.equals(copy.path(field).asText(null))) {
                    copy.put(field, survivor);
                }
            });
            if (section.equals("collaborations")
                    && copy.path("a").asText().equals(copy.path("b").asText())) {
                return;
            }
            document.withArrayProperty(section).add(copy);
        });
        Network network = NetworkReader.rowsOnly().readJson(document);
        Set<String> tiesHeld = GraphRepository.relationshipRowsIn(
                        tx,
                        RelationshipKind.COLLABORATIONS,
                        network.collaborations().stream()
                                .map(Collaboration::key)
                                .toList())
                .keySet();
        Set<String> seatsHeld = GraphRepository.relationshipRowsIn(
                        tx,
                        RelationshipKind.SEATS,
                        network.seats().stream().map(Seat::key).toList())
                .keySet();
        return new Network(
                network.partners(),
                network.persons(),
                network.services(),
                network.families(),
                network.tables(),
                network.seats().stream()
                        .filter(s -> !seatsHeld.contains(s.key()))
                        .toList(),
                network.collaborations().stream()
                        .filter(c -> !tiesHeld.contains(c.key()))
                        .toList(),
                network.supports(),
                network.uses(),
                network.referrals());
    }

    private static boolean exists(TransactionContext tx, String id) {
        return tx.run(CypherFiles.load("quality/partner-exists"), Map.of("id", id))
                .single()
                .get("exists")
                .asBoolean();
    }

    private static InvalidNetworkException invalid(Message message) {
        return new InvalidNetworkException(List.of(new ImportProblem("merge", null, "into", message)));
    }

    /** Thrown inside the merge's transaction when the duplicate is not there, so nothing is written. */
    private static final class Missing extends RuntimeException {
        Missing() {
            super(null, null, false, false);
        }
    }
}
