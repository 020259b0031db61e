package be.tafel.survey;

import be.tafel.message.Message;
import be.tafel.privacy.PrivateText;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who leads the network: who the respondents say leads it, who holds it together in the wave's ties
 * (highest betweenness, then degree), the steering table's chair, how many respondents name the one the
 * structure shows, and the Provan–Kenis governance mode that fits, with its reasons as codes and figures.
 *
 * <p>Provan and Kenis (J. Public Administration Research and Theory 18(2), 2008) tie the mode to the
 * number of participants, trust density and goal consensus; Tafel reads the first two from the wave, and
 * centralisation for a lead organisation:
 * <ul>
 *   <li>{@code shared}: at most {@value #FEW_PARTNERS} partners and trust widely spread (at least
 *       {@value #WIDE_TRUST} of the partners that others rated receive a mean trust of
 *       {@value #TRUSTED} or more on the 1–4 scale);
 *   <li>{@code lead-organisation}: otherwise, when degree centralisation is at least
 *       {@value #CENTRALISED} and trust is not widely spread;
 *   <li>{@code nao} (network administrative organisation): otherwise.
 * </ul>
 *
 * @param nominations partners named as leading, most named first (ids and counts; brokers also see who)
 * @param answered respondents who named one or more leaders
 * @param nobodyInParticular submitted respondents who named nobody
 * @param structural the partner that holds the network together in the wave's ties; null without ties
 * @param agreeWithStructure respondents who named {@code structural}
 * @param agreeWithChair respondents who named a chair of the steering table
 */
public record Governance(
        List<Nomination> nominations,
        int answered,
        int nobodyInParticular,
        String structural,
        List<String> chairs,
        int agreeWithStructure,
        int agreeWithChair,
        String mode,
        List<Reason> reasons) {
    public static final int FEW_PARTNERS = 8;
    public static final double WIDE_TRUST = 0.7;
    public static final double CENTRALISED = 0.5;
    public static final double TRUSTED = 3.0;

    public record Nomination(String partner, String name, int votes) {}

    /**
     * A reason: {@code message} as a code with its figures, rendered by the app in Dutch or English, {@code
     * text} in English for API users.
     */
    public record Reason(Message message) {
        @JsonProperty("text")
        public PrivateText text() {
            return message.english();
        }
    }

    static Governance of(
            List<WavePartner> partners,
            List<LinkAnswers> respondents,
            WaveFigures figures,
            List<WaveResults.PartnerResult> results,
            List<String> chairs) {
        Map<String, String> names = new HashMap<>();
        partners.forEach(p -> names.put(p.id(), p.name()));
        Map<String, Integer> votes = new HashMap<>();
        int answered = 0;
        int nobody = 0;
        for (LinkAnswers a : respondents) {
            if (!a.leads().isEmpty()) {
                answered++;
                a.leads().forEach(l -> votes.merge(l, 1, Integer::sum));
            } else if ("submitted".equals(a.state())) {
                nobody++;
            }
        }
        List<Nomination> nominations = votes.entrySet().stream()
                .map(e -> new Nomination(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Nomination::votes)
                        .reversed()
                        .thenComparing(Nomination::partner))
                .toList();
        String structural = null;
        double best = -1;
        double bestDegree = -1;
        for (int v = 0; v < partners.size(); v++) {
            double b = figures.betweenness()[v];
            double d = figures.degree()[v];
            if (d > 0 && (b > best || (b == best && d > bestDegree))) {
                structural = partners.get(v).id();
                best = b;
                bestDegree = d;
            }
        }
        List<String> waveChairs = chairs.stream().filter(names::containsKey).toList();
        final String leader = structural;
        int agreeStructure = (int) respondents.stream()
                .filter(a -> leader != null && a.leads().contains(leader))
                .count();
        int agreeChair = (int) respondents.stream()
                .filter(a -> a.leads().stream().anyMatch(waveChairs::contains))
                .count();

        int n = partners.size();
        long rated = results.stream().filter(r -> r.trust() != null).count();
        long trusted = results.stream()
                .filter(r -> r.trust() != null && r.trust() >= TRUSTED)
                .count();
        double trustSpread = rated == 0 ? 0.0 : (double) trusted / rated;
        double centralisation = figures.centralisation();
        String mode;
        if (n <= FEW_PARTNERS && trustSpread >= WIDE_TRUST) {
            mode = "shared";
        } else if (centralisation >= CENTRALISED && trustSpread < WIDE_TRUST) {
            mode = "lead-organisation";
        } else {
            mode = "nao";
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Message.of("governanceSize", "partners", n, "few", FEW_PARTNERS)));
        reasons.add(new Reason(Message.of(
                "governanceTrustSpread", "share", trustSpread, "partnersRated", rated, "threshold", WIDE_TRUST)));
        reasons.add(
                new Reason(Message.of("governanceCentralisation", "value", centralisation, "threshold", CENTRALISED)));
        if (structural != null) {
            reasons.add(new Reason(Message.of(
                    "governanceAgreement",
                    "partner",
                    names.getOrDefault(structural, structural),
                    "agree",
                    agreeStructure,
                    "respondents",
                    respondents.size())));
        }
        return new Governance(
                nominations, answered, nobody, structural, waveChairs, agreeStructure, agreeChair, mode, reasons);
    }
}
