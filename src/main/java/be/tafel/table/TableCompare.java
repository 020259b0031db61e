package be.tafel.table;

import be.tafel.table.TableComparison.AgeBandChange;
import be.tafel.table.TableComparison.Change;
import be.tafel.table.TableComparison.Gaps;
import be.tafel.table.TableReport.AgeBandCount;
import be.tafel.table.TableReport.DomainCount;
import be.tafel.table.TableReport.EmptyChairs;
import be.tafel.table.TableReport.FamiliesReached;
import be.tafel.table.TableReport.Member;
import be.tafel.table.TableReport.MissingPartner;
import be.tafel.table.TableReport.NeighbourhoodCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed at a table between two days: members, missing partners, empty chairs and families reached. */
final class TableCompare {
    private TableCompare() {}

    /** The comparison of the table's reports on {@code from} and on {@code to}. */
    static TableComparison of(String tableId, LocalDate from, LocalDate to, TableReport before, TableReport after) {
        Set<String> membersBefore = ids(before.atTheTable(), Member::id);
        Set<String> membersAfter = ids(after.atTheTable(), Member::id);
        Set<String> missingBefore = ids(before.missing(), MissingPartner::id);
        Set<String> missingAfter = ids(after.missing(), MissingPartner::id);
        return new TableComparison(
                tableId,
                from,
                to,
                after.atTheTable().stream()
                        .filter(m -> !membersBefore.contains(m.id()))
                        .toList(),
                before.atTheTable().stream()
                        .filter(m -> !membersAfter.contains(m.id()))
                        .toList(),
                after.missing().stream()
                        .map(MissingPartner::id)
                        .filter(id -> !missingBefore.contains(id))
                        .toList(),
                before.missing().stream()
                        .map(MissingPartner::id)
                        .filter(id -> !missingAfter.contains(id))
                        .toList(),
                gapsOnlyIn(after.emptyChairs(), before.emptyChairs()),
                gapsOnlyIn(before.emptyChairs(), after.emptyChairs()),
                new Change<>(
                        before.emptyChairs().familyVoice(), after.emptyChairs().familyVoice()),
                new Change<>(
                        before.familiesReached().total(),
                        after.familiesReached().total()),
                ageBandChanges(before.familiesReached(), after.familiesReached()));
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Gaps gapsOnlyIn(EmptyChairs these, EmptyChairs others) {
        Set<String> domains = ids(others.domains(), DomainCount::domain);
        Set<String> places = ids(others.neighbourhoods(), NeighbourhoodCount::neighbourhood);
        Set<String> bands = ids(others.ageBands(), AgeBandCount::ageBand);
        return new Gaps(
                these.domains().stream()
                        .filter(d -> !domains.contains(d.domain()))
                        .toList(),
                these.neighbourhoods().stream()
                        .filter(n -> !places.contains(n.neighbourhood()))
                        .toList(),
                these.ageBands().stream()
                        .filter(b -> !bands.contains(b.ageBand()))
                        .toList());
    }

    private static List<AgeBandChange> ageBandChanges(FamiliesReached from, FamiliesReached to) {
        List<AgeBandChange> changes = new ArrayList<>();
        for (int i = 0; i < from.byAgeBand().size(); i++) {
            changes.add(new AgeBandChange(
                    from.byAgeBand().get(i).ageBand(),
                    from.byAgeBand().get(i).families(),
                    to.byAgeBand().get(i).families()));
        }
        return changes;
    }
}
