package be.tafel.table;

import be.tafel.privacy.FamilyCount;
import be.tafel.table.TableReport.AgeBandCount;
import be.tafel.table.TableReport.DomainCount;
import be.tafel.table.TableReport.Member;
import be.tafel.table.TableReport.NeighbourhoodCount;
import java.time.LocalDate;
import java.util.List;

/**
 * A table on two days: who joined and who left, which partners entered or left the top of the missing
 * list, which chairs emptied or were filled, and how the families the members reach changed.
 *
 * @param emptyChairsOpened gaps on {@code to} that were not there on {@code from}, with the counts of {@code to}
 * @param emptyChairsClosed gaps on {@code from} that are gone on {@code to}, with the counts of {@code from}
 */
public record TableComparison(
        String table,
        LocalDate from,
        LocalDate to,
        List<Member> joined,
        List<Member> left,
        List<String> missingEntered,
        List<String> missingLeft,
        Gaps emptyChairsOpened,
        Gaps emptyChairsClosed,
        Change<Boolean> familyVoice,
        Change<FamilyCount> familiesReached,
        List<AgeBandChange> familiesByAgeBand) {

    public record Gaps(
            List<DomainCount> domains, List<NeighbourhoodCount> neighbourhoods, List<AgeBandCount> ageBands) {}

    public record Change<T>(T from, T to) {}

    /** Families the members reach with a child in one age band, on each day. */
    public record AgeBandChange(String ageBand, FamilyCount from, FamilyCount to) {}
}
