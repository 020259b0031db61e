package be.tafel.table;

import be.tafel.message.Message;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import be.tafel.privacy.PrivateText;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is at a table on a day, who is missing and why, which chairs are empty, and how engaged the members
 * are (design.md, "Who is at the table, and who is missing").
 */
public record TableReport(
        TableInfo table,
        LocalDate at,
        List<Member> atTheTable,
        List<MissingPartner> missing,
        List<NamedMissing> namedMissing,
        EmptyChairs emptyChairs,
        List<Engagement> engagement,
        FamiliesReached familiesReached) {

    public record TableInfo(String id, String name, String kind, List<String> domains) {}

    /**
     * A partner or person with a valid seat. A person's sector and domains are its partner's, and so is its
     * referral betweenness (the referral view counts a person as its partner).
     *
     * @param partner for a person, the partner it works for (null for a partner)
     * @param ecosystemBetweenness normalised betweenness of the member itself in the ecosystem view
     * @param referralBetweenness normalised betweenness in the referral view; null for a person of no partner
     */
    public record Member(
            String id,
            String name,
            String type,
            String role,
            LocalDate since,
            LocalDate until,
            String partner,
            String sector,
            List<String> domains,
            double ecosystemBetweenness,
            int ecosystemDegree,
            Double referralBetweenness) {}

    /**
     * A partner not at the table, with its relevance score and the parts that make it up. {@code score}: the
     * relevance; it sums its parts, so where the shared families are masked it is masked too
     * (a {@link FamilyRatio}), or the other parts would give them back.
     */
    public record MissingPartner(
            String id, String name, String sector, String kind, Number score, List<Reason> reasons) {}

    /**
     * An organisation respondents of a survey wave named as missing ("Wie ontbreekt er in dit netwerk?") and
     * no broker has confirmed or matched yet: {@code namedBy} distinct respondents named it (grouped by
     * {@link be.tafel.model.NamedOrganisations}), in the newest closed wave by the table's day that named any.
     * {@code reason} is the code of the sentence, {@code text} the sentence in English. A broker resolves it
     * with {@code POST /api/surveys/{wave}/named-missing/{key}/confirm} or {@code /match}.
     */
    public record NamedMissing(
            String key, String name, int namedBy, String wave, String waveName, String reason, Message message) {
        @JsonProperty("text")
        public PrivateText text() {
            return message.english();
        }
    }

    /**
     * One part of a relevance score: the raw {@code value}, its share of the largest among the candidates
     * ({@code normalised}), the part's {@code weight}, what it adds to the score ({@code contribution} = weight
     * × normalised) and a sentence a broker can read aloud: {@code message} as a code with parameters for the
     * app, {@code text} in English for API users.
     */
    public record Reason(
            String kind, Number value, Number normalised, double weight, Number contribution, Message message) {
        @JsonProperty("text")
        public PrivateText text() {
            return message.english();
        }
    }

    /**
     * The gaps at the table: life domains nobody at the table is active in, neighbourhoods where the families
     * members reach live and no member is present, child age bands of those families that no member's service
     * serves, and whether parents sit at the table.
     */
    public record EmptyChairs(
            List<DomainCount> domains,
            List<NeighbourhoodCount> neighbourhoods,
            List<AgeBandCount> ageBands,
            boolean familyVoice) {}

    public record DomainCount(String domain, FamilyCount families) {}

    public record NeighbourhoodCount(String neighbourhood, FamilyCount families) {}

    public record AgeBandCount(String ageBand, FamilyCount families) {}

    /** How many families the members reach together, and how many of them have a child in each age band. */
    public record FamiliesReached(FamilyCount total, List<AgeBandCount> byAgeBand) {}

    /**
     * The engagement of one partner present at the table (seated itself or through its people, listed in
     * {@code seatedAs}), compared with the median over those partners.
     *
     * @param collaborations partners it collaborates with on the day
     * @param collaborationsWithMembers of which present at the table
     * @param referralsSent referrals it (or its people) sent in the referral view's year
     * @param referralsReceived referrals it (or its services) received in that year
     * @param families families it reaches on the day
     */
    public record Engagement(
            String id,
            String name,
            List<String> seatedAs,
            int collaborations,
            int collaborationsWithMembers,
            int referralsSent,
            int referralsReceived,
            FamilyCount families,
            RelativeToMedian relativeToMedian) {}

    /** Each figure divided by the members' median of it; null where the median is 0. */
    public record RelativeToMedian(
            Double collaborations, Double referralsSent, Double referralsReceived, FamilyRatio families) {}
}
