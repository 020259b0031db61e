package be.tafel.survey;

import be.tafel.model.NamedOrganisations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The results of a wave ({@code GET /api/surveys/{id}/results}): response, the network figures of
 * {@link WaveFigures} each with its {@link Stability}, per partner the trust and value it receives (the
 * mean over the respondents that rated a tie to it) and its centrality with stability, trust and value per
 * sector pair, who leads ({@link Governance}), the names given as missing, and (for brokers) every named
 * tie. A respondent is a partner that submitted or named at least one tie.
 */
public record WaveResults(
        String wave,
        String name,
        String status,
        int invited,
        int respondents,
        double responseRate,
        List<WavePartner> nonRespondents,
        int ties,
        int reciprocatedTies,
        Map<String, Stability> scores,
        List<PartnerResult> partners,
        List<SectorPair> sectorPairs,
        Governance governance,
        List<MissingName> missing,
        List<PairResult> pairs,
        List<TieResult> tiesNamed) {

    /**
     * A pair of partners that one or both named: the map's edge. Trust and value are the mean over the
     * sides that rated it; for analysts and viewers only on reciprocated pairs (a one-sided pair's figures
     * are one respondent's answer).
     */
    public record PairResult(String a, String b, boolean reciprocated, Double trust, Double value) {}

    /** What others say of one partner, and where it sits in the wave's network. */
    public record PartnerResult(
            String id,
            String name,
            String sector,
            boolean responded,
            int namedBy,
            Double trust,
            Double value,
            Map<String, Stability> centrality) {}

    /** Mean trust and value over the named ties between two sectors (either direction). */
    public record SectorPair(String a, String b, int ties, Double trust, Double value) {}

    /** A name given as missing from the network, and how many partners gave it. */
    public record MissingName(String name, int namedBy) {}

    /** One named tie, in the respondent's direction. */
    public record TieResult(
            String from,
            String to,
            boolean reciprocated,
            List<String> kinds,
            String frequency,
            Double trust,
            Double value) {}

    static WaveResults of(
            Wave wave,
            List<WavePartner> partners,
            List<LinkAnswers> answers,
            List<TieAnswer> named,
            List<String> chairs) {
        int n = partners.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(partners.get(i).id(), i);
        }
        Set<String> respondents = new LinkedHashSet<>();
        answers.stream().filter(a -> "submitted".equals(a.state())).forEach(a -> respondents.add(a.partner()));
        named.forEach(t -> respondents.add(t.from()));
        respondents.retainAll(index.keySet());
        List<TieAnswer> ties = named.stream()
                .filter(t -> index.containsKey(t.from()) && index.containsKey(t.to()))
                .toList();
        Set<String> pairs = new HashSet<>();
        ties.forEach(t -> pairs.add(t.from() + "|" + t.to()));
        List<WaveFigures.Arc> arcs = ties.stream()
                .map(t -> new WaveFigures.Arc(index.get(t.from()), index.get(t.to()), t.trust(), t.value()))
                .toList();
        WaveFigures all = WaveFigures.of(n, arcs);
        List<WaveFigures> replicates = replicates(wave.id(), n, respondents, index, arcs);

        Map<String, Stability> scores = new java.util.LinkedHashMap<>();
        scores.put("density", stability(all.density(), replicates, WaveFigures::density));
        if (all.reciprocity() != null) {
            scores.put(
                    "reciprocity",
                    stability(all.reciprocity(), replicates, f -> f.reciprocity() == null ? 0.0 : f.reciprocity()));
        }
        scores.put("centralisation", stability(all.centralisation(), replicates, WaveFigures::centralisation));
        if (all.meanTrust() != null) {
            scores.put(
                    "trust",
                    stability(
                            all.meanTrust(),
                            replicates.stream()
                                    .filter(f -> f.meanTrust() != null)
                                    .toList(),
                            WaveFigures::meanTrust));
        }
        if (all.meanValue() != null) {
            scores.put(
                    "value",
                    stability(
                            all.meanValue(),
                            replicates.stream()
                                    .filter(f -> f.meanValue() != null)
                                    .toList(),
                            WaveFigures::meanValue));
        }

        List<PartnerResult> results = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            WavePartner p = partners.get(v);
            final int at = v;
            List<TieAnswer> received =
                    ties.stream().filter(t -> t.to().equals(p.id())).toList();
            Map<String, Stability> centrality = new java.util.LinkedHashMap<>();
            centrality.put("degree", stability(all.degree()[v], replicates, f -> f.degree()[at]));
            centrality.put("inDegree", stability(all.inDegree()[v], replicates, f -> f.inDegree()[at]));
            centrality.put("betweenness", stability(all.betweenness()[v], replicates, f -> f.betweenness()[at]));
            centrality.put("closeness", stability(all.closeness()[v], replicates, f -> f.closeness()[at]));
            results.add(new PartnerResult(
                    p.id(),
                    p.name(),
                    p.sector(),
                    respondents.contains(p.id()),
                    received.size(),
                    mean(received, TieAnswer::trust),
                    mean(received, TieAnswer::value),
                    centrality));
        }

        Map<String, List<TieAnswer>> bySectors = new TreeMap<>();
        Map<String, String> sectorOf = new HashMap<>();
        partners.forEach(p -> sectorOf.put(p.id(), p.sector() == null ? "" : p.sector()));
        for (TieAnswer t : ties) {
            String a = sectorOf.get(t.from());
            String b = sectorOf.get(t.to());
            String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
            bySectors.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<SectorPair> sectorPairs = bySectors.entrySet().stream()
                .map(e -> {
                    String[] ab = e.getKey().split("\u0000", -1);
                    return new SectorPair(
                            ab[0],
                            ab[1],
                            e.getValue().size(),
                            mean(e.getValue(), TieAnswer::trust),
                            mean(e.getValue(), TieAnswer::value));
                })
                .toList();

        List<WavePartner> non =
                partners.stream().filter(p -> !respondents.contains(p.id())).toList();
        List<TieResult> tieResults = ties.stream()
                .map(t -> new TieResult(
                        t.from(),
                        t.to(),
                        pairs.contains(t.to() + "|" + t.from()),
                        t.kinds(),
                        t.frequency(),
                        t.trust(),
                        t.value()))
                .toList();
        int reciprocated =
                (int) tieResults.stream().filter(TieResult::reciprocated).count();
        List<LinkAnswers> given =
                answers.stream().filter(a -> respondents.contains(a.partner())).toList();
        Governance governance = Governance.of(partners, given, all, results, chairs);
        return new WaveResults(
                wave.id(),
                wave.name(),
                wave.status(),
                n,
                respondents.size(),
                n == 0 ? 0.0 : (double) respondents.size() / n,
                non,
                ties.size(),
                reciprocated,
                scores,
                results,
                sectorPairs,
                governance,
                missingNames(given),
                pairs(ties, pairs),
                tieResults);
    }

    /** These results without the individual answers: what analysts and viewers see. */
    public WaveResults aggregatesOnly() {
        List<PairResult> shared = pairs.stream()
                .map(p -> p.reciprocated() ? p : new PairResult(p.a(), p.b(), false, null, null))
                .toList();
        return new WaveResults(
                wave,
                name,
                status,
                invited,
                respondents,
                responseRate,
                nonRespondents,
                ties,
                reciprocatedTies,
                scores,
                partners,
                sectorPairs,
                governance,
                missing,
                shared,
                null);
    }

    private static List<PairResult> pairs(List<TieAnswer> ties, Set<String> named) {
        Map<String, List<TieAnswer>> byPair = new TreeMap<>();
        for (TieAnswer t : ties) {
            String a = t.from().compareTo(t.to()) < 0 ? t.from() : t.to();
            String b = a.equals(t.from()) ? t.to() : t.from();
            byPair.computeIfAbsent(a + "\u0000" + b, k -> new ArrayList<>()).add(t);
        }
        return byPair.entrySet().stream()
                .map(e -> {
                    String[] ab = e.getKey().split("\u0000");
                    return new PairResult(
                            ab[0],
                            ab[1],
                            named.contains(ab[0] + "|" + ab[1]) && named.contains(ab[1] + "|" + ab[0]),
                            mean(e.getValue(), TieAnswer::trust),
                            mean(e.getValue(), TieAnswer::value));
                })
                .toList();
    }

    /** The names respondents gave as missing, grouped as {@link NamedOrganisations} does, most often first. */
    static List<MissingName> missingNames(List<LinkAnswers> answers) {
        return NamedOrganisations.group(answers.stream()
                        .map(a -> new NamedOrganisations.Naming(a.partner(), a.missing()))
                        .toList())
                .stream()
                .map(n -> new MissingName(n.name(), n.count()))
                .toList();
    }

    private static List<WaveFigures> replicates(
            String wave, int n, Set<String> respondents, Map<String, Integer> index, List<WaveFigures.Arc> arcs) {
        List<Integer> who = respondents.stream().map(index::get).toList();
        double rate = n == 0 ? 0.0 : (double) who.size() / n;
        Random random = new Random(seed(wave));
        List<WaveFigures> replicates = new ArrayList<>();
        if (who.isEmpty()) {
            return replicates;
        }
        for (int r = 0; r < Stability.REPLICATES; r++) {
            Set<Integer> kept = new HashSet<>();
            for (int v : who) {
                if (random.nextDouble() < rate) {
                    kept.add(v);
                }
            }
            if (kept.isEmpty()) {
                kept.add(who.get(random.nextInt(who.size())));
            }
            replicates.add(WaveFigures.of(
                    n, arcs.stream().filter(a -> kept.contains(a.from())).toList()));
        }
        return replicates;
    }

    /** The replicates' seed: fixed per wave, so its intervals do not change from one request to the next. */
    static long seed(String wave) {
        return 20_251_130L ^ wave.hashCode();
    }

    private static Stability stability(double value, List<WaveFigures> replicates, ToDoubleFunction<WaveFigures> f) {
        if (replicates.isEmpty()) {
            return new Stability(value, value, value, false);
        }
        return Stability.of(value, replicates.stream().mapToDouble(f).toArray());
    }

    private static Double mean(List<TieAnswer> ties, java.util.function.Function<TieAnswer, Double> f) {
        double sum = 0;
        int count = 0;
        for (TieAnswer t : ties) {
            Double x = f.apply(t);
            if (x != null) {
                sum += x;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }
}
