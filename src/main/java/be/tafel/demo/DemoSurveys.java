package be.tafel.demo;

import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.survey.RecordedWave;
import be.tafel.survey.SurveyQuestions;
import be.tafel.survey.TieAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's two survey waves over the whole town: one closed in 2025 (about 70% answered) and one open in
 * 2026 (about 45% so far, trust a little higher). Respondents name most of the partners they collaborate
 * with on the wave's day and now and then one more; their trust follows the collaboration's trust, their
 * value its strength. Most say the family centre leads the network. The same seed gives the same answers.
 */
public final class DemoSurveys {
    public static final String WAVE_2025 = "wave-2025";
    public static final String WAVE_2026 = "wave-2026";
    public static final LocalDate CLOSED_2025 = LocalDate.of(2025, 11, 30);
    static final List<String> MISSING = List.of("Bibliotheek Schelderode", "Jeugdhuis De Kelder", "Sportdienst");

    private final Network network;
    private final long seed;

    public DemoSurveys(Network network, long seed) {
        this.network = network;
        this.seed = seed;
    }

    /** The closed 2025 wave. */
    public RecordedWave wave2025() {
        return wave(WAVE_2025, "Netwerkbevraging 2025", CLOSED_2025, CLOSED_2025, 0.72, 0, new Random(seed));
    }

    /** The 2026 wave, open until {@code closes}. */
    public RecordedWave wave2026(LocalDate closes) {
        return wave(WAVE_2026, "Netwerkbevraging 2026", closes, null, 0.45, 1, new Random(seed + 1));
    }

    private RecordedWave wave(
            String id, String name, LocalDate closes, LocalDate closedOn, double rate, int lift, Random random) {
        LocalDate day = closedOn != null ? closedOn : DemoTown.END;
        List<String> partners = network.partners().stream()
                .filter(p -> (p.since() == null || !p.since().isAfter(day))
                        && (p.until() == null || !p.until().isBefore(day)))
                .map(Partner::id)
                .sorted()
                .toList();
        Map<String, List<Collaboration>> ties = new HashMap<>();
        for (Collaboration c : network.collaborations()) {
            if (c.period().contains(day)) {
                ties.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c);
                ties.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c);
            }
        }
        List<RecordedWave.Respondent> respondents = new ArrayList<>();
        for (String partner : partners) {
            if (random.nextDouble() >= rate) {
                continue;
            }
            List<TieAnswer> named = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Collaboration c : ties.getOrDefault(partner, List.of())) {
                String other = c.a().equals(partner) ? c.b() : c.a();
                if (random.nextDouble() < 0.85 && seen.add(other)) {
                    named.add(answer(partner, other, c.kind(), c.strength(), c.trust(), lift, random));
                }
            }
            if (random.nextDouble() < 0.3) {
                String other = partners.get(random.nextInt(partners.size()));
                if (!other.equals(partner) && seen.add(other)) {
                    named.add(answer(partner, other, null, 1, null, lift, random));
                }
            }
            double r = random.nextDouble();
            List<String> leads =
                    r < 0.6 ? List.of(DemoNetwork.FAMILY_CENTRE) : r < 0.8 ? List.of(DemoNetwork.OCMW) : List.of();
            List<String> missing =
                    random.nextDouble() < 0.15 ? List.of(MISSING.get(random.nextInt(MISSING.size()))) : List.of();
            boolean submitted = closedOn != null || random.nextDouble() < 0.6;
            respondents.add(new RecordedWave.Respondent(partner, named, leads, missing, null, submitted));
        }
        return new RecordedWave(id, name, closes, "nl", partners, respondents, closedOn);
    }

    private static TieAnswer answer(
            String from, String to, String kind, double strength, Integer trust, int lift, Random random) {
        int base = trust == null ? 2 : Math.round(trust * 0.75f);
        int value = (int) Math.round(Math.min(4, Math.max(1, strength * 0.8)));
        String k = kind != null && SurveyQuestions.KINDS.contains(kind)
                ? kind
                : SurveyQuestions.KINDS.get(random.nextInt(SurveyQuestions.KINDS.size()));
        String frequency = SurveyQuestions.FREQUENCIES.get((int) Math.min(3, Math.max(0, Math.round(strength) - 1)));
        return new TieAnswer(
                from,
                to,
                List.of(k),
                frequency,
                rate(base + lift, random),
                rate(base + lift, random),
                rate(base, random),
                rate(value, random),
                rate(value + lift, random),
                rate(value - 1, random));
    }

    /** A rating near {@code around}, on the 1–4 scale. */
    private static int rate(int around, Random random) {
        int r = around + (random.nextDouble() < 0.3 ? random.nextInt(3) - 1 : 0);
        return Math.max(SurveyQuestions.SCALE_MIN, Math.min(SurveyQuestions.SCALE_MAX, r));
    }
}
