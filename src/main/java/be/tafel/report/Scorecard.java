package be.tafel.report;

import be.tafel.privacy.FamilyCount;
import java.time.LocalDate;
import java.util.List;

/**
 * How a table's network is doing, along the lines of Provan and Milward (2001, "Do networks really work?"):
 * its size, structure (density, centralisation, reciprocity), multiplexity, member turnover, which life
 * domains, neighbourhoods and age bands it covers, and whether families have a voice at it.
 *
 * <p>The <em>members' network</em> is the partners present at the table on {@code at} (seated themselves or
 * through their people) and the ties among them; the <em>whole network</em> is every partner on the day.
 * Density, Freeman degree centralisation and reciprocity follow NetworkX ({@code nx.density}, the
 * centralisation of {@code nx.degree}, {@code nx.reciprocity}).
 */
public record Scorecard(
        Table table,
        LocalDate at,
        Size size,
        Structure members,
        Structure network,
        Multiplexity multiplexity,
        Turnover turnover,
        Coverage domains,
        Coverage neighbourhoods,
        Coverage ageBands,
        FamilyVoice familyVoice,
        FamilyCount familiesReached) {

    public record Table(String id, String name, String kind, List<String> domains) {}

    /** @param partners partners present; @param persons persons seated; @param seats valid seats */
    public record Size(int partners, int persons, int seats) {}

    /**
     * One network's structure.
     *
     * @param ties collaborations among its partners (undirected pairs)
     * @param density collaboration density (NetworkX {@code density})
     * @param degreeCentralization Freeman's degree centralisation of the collaboration graph, in 0..1
     * @param components connected components of the collaboration graph
     * @param referralArcs ordered partner pairs with referrals in the year up to the day
     * @param reciprocity share of referral arcs answered by an arc back (NetworkX {@code reciprocity}); null
     *     without referrals
     */
    public record Structure(
            int partners,
            int ties,
            double density,
            double degreeCentralization,
            int components,
            int referralArcs,
            Double reciprocity) {}

    /**
     * Pairs of members tied in more than one way. The ways are each kind of collaboration the pair records
     * (one without a kind counts as one way) and referrals (either direction, in the year up to the day).
     *
     * @param share multiplex pairs / tied pairs; null when no pair is tied
     */
    public record Multiplexity(int tiedPairs, int multiplexPairs, Double share, List<Pair> pairs) {}

    /** @param ways e.g. {@code ["collaborates:joint-activity", "referrals"]} */
    public record Pair(String a, String aName, String b, String bName, List<String> ways) {}

    /**
     * Members (partners and persons with a seat) on {@code from} and {@code at}, who joined and who left.
     *
     * @param rate the share of {@code from}'s members who have left by {@code at}; null without members then
     */
    public record Turnover(
            LocalDate from, int membersFrom, int membersAt, List<Member> joined, List<Member> left, Double rate) {}

    public record Member(String id, String name, String type) {}

    /**
     * What the members cover of one dimension: the values covered and the gaps (values the members' families
     * need or live in, or the table names, that no member covers), each gap with the families concerned.
     *
     * @param share covered / (covered + gaps); null when both are empty
     */
    public record Coverage(List<String> covered, List<Gap> gaps, Double share) {}

    public record Gap(String value, FamilyCount families) {}

    /** Whether a parents' partner is present, and which. */
    public record FamilyVoice(boolean present, List<String> parents) {}
}
