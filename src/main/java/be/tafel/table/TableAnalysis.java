package be.tafel.table;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.model.NodeLabel;
import be.tafel.store.GraphStore;
import be.tafel.table.TableStore.Loaded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Who is at a table on a day and who is missing (design.md, "Who is at the table, and who is missing").
 *
 * <p>A partner is <em>present</em> at the table when it holds a valid seat or one of its people does: a
 * person counts with its partner's domains, places and families. The members' families are the families
 * the present partners reach ({@link be.tafel.analysis.Reach}: services used, staff support, referrals in the
 * year up to the day). The scores come from the cached analyses of the ecosystem, referral and collaboration
 * views on that day; the seats, the members' services and the facts of their families are read from the
 * store ({@code cypher/table/}) in the same transaction as any view not cached yet, so one answer is of one
 * graph version ({@link AnalysisService#oneVersion}).
 *
 * <p>The parts of a report are worked out by {@link MissingPartners} (ranked by {@link Relevance}),
 * {@link EmptyChairFinder} and {@link EngagementFigures}; {@link TableCompare} compares two days. Reports are
 * not cached here: the answer cache keeps them.
 */
public final class TableAnalysis {
    /** How many missing partners a report lists unless asked otherwise. */
    public static final int MISSING_LIMIT_DEFAULT = 20;

    private final AnalysisService analyses;

    public TableAnalysis(GraphStore store, AnalysisService analyses) {
        Objects.requireNonNull(store, "store");
        this.analyses = Objects.requireNonNull(analyses, "analyses");
    }

    /**
     * The table on {@code at}, with at most {@code limit} missing partners.
     *
     * @throws UnknownIdsException when there is no table with that id
     */
    public TableReport analyse(String tableId, LocalDate at, int limit) {
        return days(tableId, List.of(at)).getFirst().report(limit);
    }

    /** The table on {@code from} and on {@code to}, both of one graph version, each missing list cut at {@code limit}. */
    public TableComparison compare(String tableId, LocalDate from, LocalDate to, int limit) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'from' (" + from + ") must not be after 'to' (" + to + ")");
        }
        List<TableDay> days = days(tableId, List.of(from, to));
        return TableCompare.of(
                tableId, from, to, days.get(0).report(limit), days.get(1).report(limit));
    }

    /**
     * A member of a table on a day, without scores: a partner, or a person with the partner it works for.
     *
     * @param name its name, or null when it is not in the network that day
     * @param partner the partner a person works for (null for a partner)
     */
    public record Sitter(String id, String name, String type, String role, String partner) {
        static Sitter of(TableStore.SeatRow seat, String name) {
            return new Sitter(
                    seat.member(), name, seat.type(), seat.role(), seat.isPerson() ? seat.representedPartner() : null);
        }

        /** {@code sitters} in a report's order: by role, then name, then id. */
        static List<Sitter> inOrder(List<Sitter> sitters) {
            return sitters.stream()
                    .sorted(Comparator.comparingInt((Sitter m) -> TableDay.roleRank(m.role()))
                            .thenComparing(Sitter::name, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Sitter::id))
                    .toList();
        }
    }

    /** What a {@link Seated} read takes beside the table, in the same transaction, knowing who sits there now. */
    @FunctionalInterface
    public interface SeatedRead<T> {
        T read(SimpleQueryRunner tx, List<Sitter> now);
    }

    /**
     * A table's members on two days, its empty chairs and families reached on the second, and that day's
     * collaboration and referral views, all of one graph version.
     *
     * @param before who sat at the table on the first day (names as the store has them now)
     * @param extra what the caller read in the same transaction
     */
    public record Seated<T>(
            TableReport.TableInfo table,
            List<Sitter> now,
            List<Sitter> before,
            TableReport.EmptyChairs emptyChairs,
            TableReport.FamiliesReached familiesReached,
            ViewAnalysis collaboration,
            ViewAnalysis referral,
            T extra,
            long version) {}

    /**
     * The table's members on {@code from} and on {@code at}, and on {@code at} its empty chairs, the families
     * its members reach and the collaboration and referral views, with what {@code extra} reads: one graph
     * version. Nothing is scored (no centrality, missing partners or engagement) and the views of {@code from}
     * are not projected: its seats and their names are read from the store in the same transaction.
     *
     * @throws UnknownIdsException when there is no table with that id
     */
    public <T> Seated<T> seated(String tableId, LocalDate from, LocalDate at, SeatedRead<T> extra) {
        if (at.isBefore(from)) {
            throw new IllegalArgumentException("'from' (" + from + ") must not be after 'at' (" + at + ")");
        }
        List<ViewRequest> requests = List.of(
                new ViewRequest(ViewKind.ECOSYSTEM, at, null, null),
                new ViewRequest(ViewKind.REFERRAL, at, null, null),
                new ViewRequest(ViewKind.COLLABORATION, at, null, null));
        record Read<T>(TableDay now, List<Sitter> before, T extra) {}
        AnalysisService.OneVersion<Read<T>> read = analyses.oneVersion(requests, i -> i == 0, (tx, views) -> {
            Snapshot eco = views.view(0).snapshot();
            int table = eco.indexOf(tableId).orElse(-1);
            if (table < 0 || eco.vertex(table).type() != NodeLabel.TABLE) {
                throw new UnknownIdsException("table", List.of(tableId));
            }
            TableDay now = new TableDay(
                    eco.vertex(table),
                    at,
                    views.view(0),
                    views.reach(0),
                    views.view(1),
                    views.view(2),
                    TableStore.loadSeatsAndFamilies(tx, tableId, at, views.reach(0)));
            Map<String, TableStore.SeatRow> then = TableDay.firstSeats(TableStore.seats(tx, tableId, from));
            Map<String, String> names = TableStore.names(tx, then.keySet());
            List<Sitter> before = Sitter.inOrder(then.values().stream()
                    .map(seat -> Sitter.of(seat, names.get(seat.member())))
                    .toList());
            return new Read<>(now, before, extra.read(tx, now.sitters()));
        });
        TableDay day = read.extra().now();
        EmptyChairFinder chairs = new EmptyChairFinder(day);
        return new Seated<>(
                new TableReport.TableInfo(day.table.id(), day.table.name(), day.table.kind(), day.table.domains()),
                day.sitters(),
                read.extra().before(),
                chairs.emptyChairs(),
                chairs.familiesReached(),
                read.view(2),
                read.view(1),
                read.extra().extra(),
                read.version());
    }

    /** The table on each date, read at one graph version. */
    private List<TableDay> days(String tableId, List<LocalDate> dates) {
        List<ViewRequest> requests = new ArrayList<>();
        for (LocalDate at : dates) {
            requests.add(new ViewRequest(ViewKind.ECOSYSTEM, at, null, null));
            requests.add(new ViewRequest(ViewKind.REFERRAL, at, null, null));
            requests.add(new ViewRequest(ViewKind.COLLABORATION, at, null, null));
        }
        AnalysisService.OneVersion<List<Loaded>> read = analyses.oneVersion(requests, true, (tx, views) -> {
            List<Loaded> loaded = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                Snapshot eco = views.view(3 * d).snapshot();
                int table = eco.indexOf(tableId).orElse(-1);
                if (table < 0 || eco.vertex(table).type() != NodeLabel.TABLE) {
                    throw new UnknownIdsException("table", List.of(tableId));
                }
                loaded.add(TableStore.load(tx, tableId, dates.get(d), views.reach(3 * d)));
            }
            return loaded;
        });
        List<TableDay> days = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            Snapshot eco = read.view(3 * d).snapshot();
            days.add(new TableDay(
                    eco.vertex(eco.indexOf(tableId).getAsInt()),
                    dates.get(d),
                    read.view(3 * d),
                    read.reach(3 * d),
                    read.view(3 * d + 1),
                    read.view(3 * d + 2),
                    read.extra().get(d)));
        }
        return days;
    }
}
