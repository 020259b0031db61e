package be.tafel.table;

import be.tafel.analysis.Reach;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Ties;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import be.tafel.table.TableReport.Engagement;
import be.tafel.table.TableReport.RelativeToMedian;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** How engaged each member of a table is: its ties, referrals and families beside the members' medians. */
final class EngagementFigures {
    private final Snapshot eco;
    private final Reach reach;
    private final Snapshot referral;
    private final Snapshot collaboration;
    private final Map<String, List<String>> present;

    EngagementFigures(TableDay day) {
        this.eco = day.eco;
        this.reach = day.reach;
        this.referral = day.referral;
        this.collaboration = day.collaboration;
        this.present = day.present;
    }

    List<Engagement> engagement() {
        List<Engagement> rows = new ArrayList<>();
        Ties collaborations = new Ties(collaboration);
        Ties referrals = new Ties(referral);
        Set<Integer> membersInCollaboration = present.keySet().stream()
                .map(id -> collaboration.indexOf(id).orElse(-1))
                .collect(Collectors.toSet());
        present.forEach((id, seats) -> {
            int c = collaboration.indexOf(id).orElse(-1);
            int r = referral.indexOf(id).orElse(-1);
            rows.add(new Engagement(
                    id,
                    eco.vertex(eco.indexOf(id).getAsInt()).name(),
                    seats,
                    collaborations.degree(c),
                    collaborations.neighboursIn(c, membersInCollaboration),
                    (int) Math.round(referrals.sent(r)),
                    (int) Math.round(referrals.received(r)),
                    FamilyCount.of(reach.of(id).size()),
                    null));
        });
        double collab = median(rows, Engagement::collaborations);
        double sent = median(rows, Engagement::referralsSent);
        double received = median(rows, Engagement::referralsReceived);
        double families = median(rows, e -> e.families().value());
        return rows.stream()
                .map(e -> new Engagement(
                        e.id(),
                        e.name(),
                        e.seatedAs(),
                        e.collaborations(),
                        e.collaborationsWithMembers(),
                        e.referralsSent(),
                        e.referralsReceived(),
                        e.families(),
                        new RelativeToMedian(
                                ratio(e.collaborations(), collab),
                                ratio(e.referralsSent(), sent),
                                ratio(e.referralsReceived(), received),
                                new FamilyRatio(nullToNaN(ratio(e.families().value(), families)), e.families()))))
                .sorted(Comparator.comparing(Engagement::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Engagement::id))
                .toList();
    }

    /** The median of a figure over the rows: the middle value, or the mean of the two middle ones. */
    static <T> double median(List<T> rows, ToIntFunction<T> figure) {
        int[] values = rows.stream().mapToInt(figure).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    private static double nullToNaN(Double ratio) {
        return ratio == null ? Double.NaN : ratio;
    }

    private static Double ratio(int value, double median) {
        return median == 0 ? null : value / median;
    }
}
