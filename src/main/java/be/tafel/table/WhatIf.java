package be.tafel.table;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Departure;
import be.tafel.analysis.Leaving;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.FamilyCount;
import be.tafel.store.GraphStore;
import be.tafel.table.TableStore.Connection;
import be.tafel.table.WhatIfReport.CutOff;
import be.tafel.table.WhatIfReport.DomainLoss;
import be.tafel.table.WhatIfReport.Structure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happens when partners or persons leave (design.md, "what if"): the components and Borgatti's
 * fragmentation of a view before and after, who is cut off from the main part of their component, the
 * partners and persons that become bridge figures, and the families that lose their only connection to a
 * life domain.
 *
 * <p>A partner leaves with its services and its staff: in the ecosystem view they are removed with it, and
 * they no longer connect families. In the partner views (collaboration, referral, shared families) only
 * the partners themselves are vertices, so a person leaving changes nothing there.
 *
 * <p>A family's connections on the day are the services it uses (each for its own domain), the persons who
 * support it (for their partner's domains) and the partners, persons and services that sent or received a
 * referral for it in the year up to the day (a partner for its domains and its services'). A family loses a
 * domain when every connection that gave it that domain leaves. Running time O(n + m) for the view plus the
 * connections of the families that hang on what leaves.
 */
public final class WhatIf {
    private final AnalysisService analyses;

    public WhatIf(GraphStore store, AnalysisService analyses) {
        Objects.requireNonNull(store, "store");
        this.analyses = Objects.requireNonNull(analyses, "analyses");
    }

    /**
     * @throws UnknownIdsException when some ids are no partner or person
     * @throws IllegalArgumentException when no id is given
     */
    public WhatIfReport remove(List<String> ids, ViewKind view, LocalDate at) {
        List<String> removed = ids.stream().distinct().toList();
        if (removed.isEmpty()) {
            throw new IllegalArgumentException("name at least one partner or person to remove");
        }
        ViewRequest ecoRequest = new ViewRequest(ViewKind.ECOSYSTEM, at, null, null);
        List<ViewRequest> requests = view == ViewKind.ECOSYSTEM
                ? List.of(ecoRequest)
                : List.of(ecoRequest, new ViewRequest(view, at, null, null));
        // the views and the families' connections, all of one graph version
        AnalysisService.OneVersion<List<Connection>> read = analyses.oneVersion(requests, false, (tx, views) -> {
            Snapshot eco = views.view(0).snapshot();
            List<String> unknown =
                    removed.stream().filter(id -> !isPartnerOrPerson(eco, id)).toList();
            if (!unknown.isEmpty()) {
                throw new UnknownIdsException("partner or person", unknown);
            }
            return TableStore.connections(
                    tx, leaving(new Ownership(eco), removed), at, at.minusDays(ViewRequest.REFERRAL_WINDOW_DAYS));
        });
        Snapshot eco = read.view(0).snapshot();
        Ownership owned = new Ownership(eco);
        Set<String> leaving = leaving(owned, removed);
        List<String> leavingWith =
                leaving.stream().filter(id -> !removed.contains(id)).sorted().toList();

        ViewAnalysis analysis = read.views().getLast();
        Snapshot snapshot = analysis.snapshot();
        int[] gone = leaving.stream()
                .mapToInt(id -> snapshot.indexOf(id).orElse(-1))
                .filter(i -> i >= 0)
                .toArray();
        Departure departure = Departure.of(analysis, gone);
        return new WhatIfReport(
                view.code(),
                at,
                removed,
                leavingWith,
                new Structure(departure.componentsBefore(), departure.fragmentationBefore()),
                new Structure(departure.componentsAfter(), departure.fragmentationAfter()),
                cutOff(snapshot, departure.cutOff()),
                domainsLost(read.extra(), owned, leaving),
                departure.newBridgeFigures());
    }

    /** The ids that leave: those named, with the staff and services of the partners named. */
    private static Set<String> leaving(Ownership owned, List<String> removed) {
        Set<String> leaving = new LinkedHashSet<>(removed);
        removed.forEach(id -> leaving.addAll(owned.staffAndServices(id)));
        return leaving;
    }

    private static boolean isPartnerOrPerson(Snapshot eco, String id) {
        int v = eco.indexOf(id).orElse(-1);
        return v >= 0
                && (eco.vertex(v).type() == NodeLabel.PARTNER || eco.vertex(v).type() == NodeLabel.PERSON);
    }

    private static CutOff cutOff(Snapshot snapshot, boolean[] cut) {
        List<String> partners = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        int families = 0;
        for (int v = 0; v < cut.length; v++) {
            if (cut[v]) {
                Vertex vertex = snapshot.vertex(v);
                switch (vertex.type()) {
                    case PARTNER -> partners.add(vertex.id());
                    case PERSON -> persons.add(vertex.id());
                    case FAMILY -> families++;
                    default -> {}
                }
            }
        }
        partners.sort(null);
        persons.sort(null);
        return new CutOff(partners, persons, FamilyCount.of(families));
    }

    private static List<DomainLoss> domainsLost(List<Connection> connections, Ownership owned, Set<String> leaving) {
        Map<String, Set<String>> before = new HashMap<>();
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, List<String>> needs = new HashMap<>();
        for (Connection c : connections) {
            List<String> domains = owned.domainsOf(c.via());
            before.computeIfAbsent(c.family(), k -> new HashSet<>()).addAll(domains);
            Set<String> kept = after.computeIfAbsent(c.family(), k -> new HashSet<>());
            if (!leaving.contains(c.via())) {
                kept.addAll(domains);
            }
            needs.putIfAbsent(c.family(), c.needs());
        }
        Map<String, int[]> lost = new LinkedHashMap<>();
        before.forEach((family, domains) -> domains.stream()
                .filter(d -> !after.get(family).contains(d))
                .forEach(d -> {
                    int[] counts = lost.computeIfAbsent(d, k -> new int[2]);
                    counts[0]++;
                    if (needs.get(family).contains(d)) {
                        counts[1]++;
                    }
                }));
        return lost.entrySet().stream()
                .map(e -> new DomainLoss(e.getKey(), FamilyCount.of(e.getValue()[0]), FamilyCount.of(e.getValue()[1])))
                .sorted(Comparator.comparing(DomainLoss::families, Comparator.reverseOrder())
                        .thenComparing(DomainLoss::domain))
                .toList();
    }

    /** Who works for which partner and which partner offers which service, from the ecosystem's edges. */
    private static final class Ownership {
        private final Snapshot eco;
        private final Map<Integer, List<Integer>> owned = new HashMap<>();
        private final Map<Integer, Integer> ownerOf = new HashMap<>();

        Ownership(Snapshot eco) {
            this.eco = eco;
            int[] owner = Leaving.ownerOf(eco);
            for (int v = 0; v < owner.length; v++) {
                if (owner[v] >= 0) {
                    link(owner[v], v);
                }
            }
        }

        private void link(int partner, int thing) {
            owned.computeIfAbsent(partner, k -> new ArrayList<>()).add(thing);
            ownerOf.put(thing, partner);
        }

        Set<String> staffAndServices(String id) {
            Set<String> ids = new TreeSet<>();
            owned.getOrDefault(eco.indexOf(id).orElse(-1), List.of())
                    .forEach(v -> ids.add(eco.vertex(v).id()));
            return ids;
        }

        /** A service's own domain, a person's partner's domains, a partner's domains and its services'. */
        List<String> domainsOf(String id) {
            int v = eco.indexOf(id).orElse(-1);
            if (v < 0) {
                return List.of();
            }
            Vertex vertex = eco.vertex(v);
            if (vertex.type() == NodeLabel.PERSON) {
                Integer partner = ownerOf.get(v);
                return partner == null ? List.of() : eco.vertex(partner).domains();
            }
            return vertex.domains();
        }
    }
}
