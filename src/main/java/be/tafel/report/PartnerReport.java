package be.tafel.report;

import be.tafel.privacy.FamilyCount;
import java.time.LocalDate;
import java.util.List;

/**
 * One partner on one day, as a steering group reads it: its place in the network, its ties by kind, how central
 * it is beside its sector, the families it reaches (as counts, under the small-count rules), the tables it sits
 * at and those it could join, and the introductions worth making.
 */
public record PartnerReport(
        LocalDate at,
        Partner partner,
        Neighbourhood network,
        Ties ties,
        List<Standing> standing,
        FamiliesReached families,
        List<TableSeat> tables,
        List<TableToJoin> tablesToJoin,
        List<SuggestedIntroduction> introductions) {

    public record Partner(
            String id, String name, String sector, String kind, List<String> domains, List<String> neighbourhoods) {}

    /**
     * The partner and the partners it collaborates with or exchanges referrals with (at most
     * {@link PartnerReports#NEIGHBOURS_MAX}, strongest ties first), and the ties among them: a small map.
     *
     * @param more neighbours left off the map
     */
    public record Neighbourhood(List<Node> nodes, List<Edge> edges, int more) {}

    /** @param self whether this is the partner the report is about */
    public record Node(String id, String name, String sector, boolean self) {}

    /** @param kind {@code collaborates} (undirected, weight = strength) or {@code referral} (weight = referrals) */
    public record Edge(String source, String target, String kind, double weight) {}

    /**
     * Its ties on the day.
     *
     * @param collaborationsByKind how many stored collaborations of each kind ({@code unspecified} without one)
     * @param referralsSent referrals it or its people sent in the year up to the day
     * @param referralsReceived referrals it, its people or its services received in that year
     * @param sharedFamilies the partners reaching the same families, most shared first (at most 10)
     */
    public record Ties(
            List<Collaboration> collaborations,
            List<KindCount> collaborationsByKind,
            int referralsSent,
            int referralsReceived,
            List<ReferralPartner> referralPartners,
            List<SharedFamilies> sharedFamilies) {}

    public record Collaboration(
            String partner, String name, String sector, String kind, Double strength, Integer trust) {}

    public record KindCount(String kind, int ties) {}

    public record ReferralPartner(String partner, String name, int sent, int received) {}

    public record SharedFamilies(String partner, String name, FamilyCount families, boolean collaborates) {}

    /**
     * One score of the partner in the collaboration view beside the other partners of its sector and of the
     * whole network. A percentile is the percentile rank: the share of the group scoring lower, plus half the
     * share scoring the same (the partner itself included), times 100.
     */
    public record Standing(
            String score,
            double value,
            int rank,
            int networkSize,
            double networkMedian,
            double networkPercentile,
            String sector,
            int sectorSize,
            double sectorMedian,
            double sectorPercentile) {}

    /**
     * The families it reaches on the day (services used, staff support, referrals in the year up to the day):
     * in total and per neighbourhood (cells of one group that adds up to the total), and per child age band (a
     * family with children in two bands counts in both).
     */
    public record FamiliesReached(
            FamilyCount families, List<NeighbourhoodCount> byNeighbourhood, List<AgeBandCount> byAgeBand) {}

    public record NeighbourhoodCount(String neighbourhood, FamilyCount families) {}

    public record AgeBandCount(String ageBand, FamilyCount families) {}

    /** A seat of the partner, its own or one of its people's ({@code member} is then the person). */
    public record TableSeat(
            String table, String name, String kind, String member, String memberName, String role, LocalDate since) {}

    /**
     * A table the partner does not sit at, with what speaks for joining it.
     *
     * @param sharedDomains life domains the table names that the partner is active in
     * @param membersItWorksWith partners present at the table it collaborates with
     * @param referralsWithMembers referrals exchanged with those present, in the year up to the day
     */
    public record TableToJoin(
            String table,
            String name,
            String kind,
            List<String> sharedDomains,
            List<String> membersItWorksWith,
            int referralsWithMembers) {}

    /**
     * A partner it does not collaborate with but could be introduced to.
     *
     * @param commonPartners partners both collaborate with
     * @param adamicAdar the Adamic–Adar score of the pair in the collaboration view (NetworkX's
     *     {@code adamic_adar_index})
     * @param sharedFamilies families both reach
     */
    public record SuggestedIntroduction(
            String partner,
            String name,
            String sector,
            List<String> commonPartners,
            double adamicAdar,
            FamilyCount sharedFamilies) {}
}
