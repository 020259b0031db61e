package be.tafel.change;

import be.tafel.message.Message;
import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What changed between two moments ({@code GET /api/change}). When either moment has no data, only
 * {@code noData} and the narrative saying so are set.
 */
public record ChangeReport(
        LocalDate from,
        LocalDate to,
        String table,
        String lang,
        Boolean noData,
        Membership joined,
        Membership left,
        Ties tiesGained,
        Ties tiesLost,
        List<TableChange> tables,
        Scores scores,
        List<Mover> movers,
        ReachChange reach,
        NarrativeText narrative) {

    /** Partners and persons that joined (since in the period) or left (until in the period). */
    public record Membership(List<Member> partners, List<Member> persons) {}

    /** {@code date}: the since of one who joined, the until of one who left. */
    public record Member(String id, String name, String sector, String worksFor, LocalDate date) {}

    /**
     * Ties that hold at one moment and not at the other. {@code byKind}: per relationship (collaborates,
     * sits-at, works-for); {@code bySectorPair}: collaborations per pair of sectors, most first.
     */
    public record Ties(
            int count,
            Map<String, Integer> byKind,
            Map<String, Integer> byCollaborationKind,
            List<SectorPair> bySectorPair,
            List<Tie> collaborations) {}

    public record SectorPair(List<String> sectors, int count) {}

    public record Tie(String a, String b, String kind, List<String> sectors) {}

    /** Who sat at a table at {@code to} and not at {@code from} (joined), and the other way round (left). */
    public record TableChange(String table, String name, List<String> joined, List<String> left) {}

    /** The summary of {@code view} at both moments: every score before, after and the difference. */
    public record Scores(String view, List<ScoreChange> values) {}

    public record ScoreChange(String score, Double before, Double after, Double delta) {}

    /** A partner whose betweenness rank moved (1 = highest); positive {@code moved} is a rise. */
    public record Mover(
            String id,
            String name,
            int rankBefore,
            int rankAfter,
            int moved,
            double betweennessBefore,
            double betweennessAfter) {}

    /**
     * Families reached at both moments ({@link FamilyReach}), in total and per group. The totals belong to
     * the neighbourhood groups' counts (a family lives in one neighbourhood), and read null where they and
     * those counts would give a masked count back.
     */
    public record ReachChange(
            FamilyCount familiesBefore, FamilyCount familiesAfter, Map<String, List<ReachGroup>> by) {}

    /**
     * {@code familiesDelta} and {@code changePercent} (the change in whole percent of {@code familiesBefore}):
     * only where both counts read exactly.
     */
    public record ReachGroup(
            String group,
            FamilyCount familiesBefore,
            FamilyCount familiesAfter,
            FamilyRatio familiesDelta,
            FamilyRatio changePercent) {}

    /** The narrative as messages (codes with parameters), and rendered in {@code lang}. */
    public record NarrativeText(List<Message> sentences, String text) {
        /**
         * The text is the same for every reader: the narrative tells only figures that no one reads masked
         * (ChangeAnalysis), so it is rendered as the most restricted reader sees it.
         */
        static NarrativeText of(List<Message> sentences, String lang) {
            return new NarrativeText(
                    sentences,
                    String.join(
                            " ",
                            sentences.stream()
                                    .map(m -> m.text(lang, Audience.RESTRICTED))
                                    .toList()));
        }
    }
}
