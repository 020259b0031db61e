package be.tafel.table;

import be.tafel.message.Message;
import be.tafel.model.NamedOrganisations;
import be.tafel.store.CypherFiles;
import be.tafel.table.TableReport.NamedMissing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The organisations that respondents of a survey wave named as missing, for a table's missing list: from the
 * newest wave closed by the table's day in which anyone named one, grouped by {@link NamedOrganisations},
 * counted by distinct respondents, without the names a broker resolved (confirmed as a new partner or matched
 * to one). Only closed waves count: their answers no longer change, so the report stays one of its graph
 * version.
 */
final class NamedByPartners {
    private NamedByPartners() {}

    static List<NamedMissing> read(SimpleQueryRunner tx, LocalDate at) {
        List<NamedOrganisations.Naming> namings = new ArrayList<>();
        String[] wave = new String[2];
        tx.run(CypherFiles.load("table/named-missing"), Map.of("at", at)).forEachRemaining(r -> {
            wave[0] = r.get("wave").asString();
            wave[1] = r.get("waveName").asString(null);
            namings.add(new NamedOrganisations.Naming(
                    r.get("partner").asString(), r.get("names").asList(Value::asString)));
        });
        List<NamedOrganisations.Named> named = NamedOrganisations.group(namings);
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> resolved = new HashSet<>();
        tx.run(
                        CypherFiles.load("table/named-resolved"),
                        Map.of(
                                "keys",
                                named.stream()
                                        .map(NamedOrganisations.Named::key)
                                        .toList()))
                .forEachRemaining(r -> resolved.add(r.get("key").asString()));
        return named.stream()
                .filter(n -> !resolved.contains(n.key()))
                .map(n -> new NamedMissing(
                        n.key(),
                        n.name(),
                        n.count(),
                        wave[0],
                        wave[1],
                        "named-by-partners",
                        Message.of(
                                "namedByPartners", "partners", n.count(), "wave", wave[1] == null ? wave[0] : wave[1])))
                .toList();
    }
}
