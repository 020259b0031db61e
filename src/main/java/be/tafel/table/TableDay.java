package be.tafel.table;

import be.tafel.analysis.Centrality;
import be.tafel.analysis.Reach;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.model.SeatRole;
import be.tafel.table.TableReport.Member;
import be.tafel.table.TableReport.TableInfo;
import be.tafel.table.TableStore.Loaded;
import be.tafel.table.TableStore.SeatRow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table on one day: the views, the seats and the families, all read at one graph version, and who is
 * present. The missing partners, the empty chairs and the engagement are worked out from it by
 * {@link MissingPartners}, {@link EmptyChairFinder} and {@link EngagementFigures}.
 */
final class TableDay {
    final Vertex table;
    final LocalDate at;
    final Snapshot eco;
    private final ViewAnalysis ecosystem;
    final Reach reach;
    final Snapshot referral;
    private final ViewAnalysis referralAnalysis;
    final Snapshot collaboration;
    final Loaded loaded;
    /** Present partners (that exist in the views) with the seats that make them present. */
    final Map<String, List<String>> present = new LinkedHashMap<>();

    final Set<String> activeDomains = new HashSet<>();
    final Set<String> presentPlaces = new HashSet<>();
    final Set<String> familyIds = new HashSet<>();

    TableDay(
            Vertex table,
            LocalDate at,
            ViewAnalysis ecosystem,
            Reach reach,
            ViewAnalysis referral,
            ViewAnalysis collaboration,
            Loaded loaded) {
        this.table = table;
        this.at = at;
        this.eco = ecosystem.snapshot();
        this.ecosystem = ecosystem;
        this.reach = reach;
        this.referral = referral.snapshot();
        this.referralAnalysis = referral;
        this.collaboration = collaboration.snapshot();
        this.loaded = loaded;
        TableStore.representedPartners(loaded.seats()).forEach((partner, seats) -> {
            eco.indexOf(partner).ifPresent(i -> {
                present.put(partner, seats);
                activeDomains.addAll(eco.vertex(i).domains());
                presentPlaces.addAll(eco.vertex(i).neighbourhoods());
            });
        });
        loaded.families().forEach(f -> familyIds.add(f.id()));
    }

    /** The ecosystem view's scores, worked out (once per view) when first asked. */
    Centrality ecoScores() {
        return ecosystem.centrality(false);
    }

    /**
     * Who sits at the table, in the report's order, without scores; their names are the ecosystem view's. It
     * needs the seats only, so it also serves a day loaded with {@link TableStore#loadSeatsAndFamilies}.
     */
    List<TableAnalysis.Sitter> sitters() {
        return TableAnalysis.Sitter.inOrder(firstSeats(loaded.seats()).values().stream()
                .map(seat -> {
                    int self = eco.indexOf(seat.member()).orElse(-1);
                    return TableAnalysis.Sitter.of(
                            seat, self < 0 ? null : eco.vertex(self).name());
                })
                .toList());
    }

    /** Each member's first seat of the day, in the seats' order. */
    static Map<String, SeatRow> firstSeats(List<SeatRow> seats) {
        Map<String, SeatRow> first = new LinkedHashMap<>();
        seats.forEach(s -> first.putIfAbsent(s.member(), s));
        return first;
    }

    /** The whole report; only for a day loaded with {@link TableStore#load} (services and named partners too). */
    TableReport report(int limit) {
        EmptyChairFinder chairs = new EmptyChairFinder(this);
        return new TableReport(
                new TableInfo(table.id(), table.name(), table.kind(), table.domains()),
                at,
                members(),
                new MissingPartners(this, chairs.domains()).missing(limit),
                loaded.named(),
                chairs.emptyChairs(),
                new EngagementFigures(this).engagement(),
                chairs.familiesReached());
    }

    private List<Member> members() {
        return firstSeats(loaded.seats()).values().stream()
                .map(this::member)
                .sorted(Comparator.comparingInt((Member m) -> roleRank(m.role()))
                        .thenComparing(Member::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Member::id))
                .toList();
    }

    private Member member(SeatRow seat) {
        int self = eco.indexOf(seat.member()).orElse(-1);
        String partnerId = seat.representedPartner();
        int partner = partnerId == null ? -1 : eco.indexOf(partnerId).orElse(-1);
        int inReferral = partnerId == null ? -1 : referral.indexOf(partnerId).orElse(-1);
        Vertex partnerVertex = partner < 0 ? null : eco.vertex(partner);
        return new Member(
                seat.member(),
                self < 0 ? null : eco.vertex(self).name(),
                seat.type(),
                seat.role(),
                seat.since(),
                seat.until(),
                seat.isPerson() ? partnerId : null,
                partnerVertex == null ? null : partnerVertex.sector(),
                partnerVertex == null ? List.of() : partnerVertex.domains(),
                self < 0 ? 0 : ecoScores().betweenness()[self],
                self < 0 ? 0 : ecoScores().degree()[self],
                inReferral < 0 ? null : referralAnalysis.centrality(false).betweenness()[inReferral]);
    }

    static int roleRank(String role) {
        for (SeatRole r : SeatRole.values()) {
            if (r.code().equals(role)) {
                return r.ordinal();
            }
        }
        return SeatRole.values().length;
    }
}
