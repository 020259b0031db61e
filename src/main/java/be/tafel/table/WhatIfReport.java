package be.tafel.table;

import be.tafel.privacy.FamilyCount;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a view when some partners or persons leave.
 *
 * @param removed the ids asked for
 * @param leavingWith what leaves with them in the ecosystem view: the services and staff of a removed partner
 * @param newBridgeFigures partners and persons that are articulation points once the others left, and were
 *     not before
 */
public record WhatIfReport(
        String view,
        LocalDate at,
        List<String> removed,
        List<String> leavingWith,
        Structure before,
        Structure after,
        CutOff cutOff,
        List<DomainLoss> domainsLost,
        List<String> newBridgeFigures) {

    /** Connected components and Borgatti's fragmentation F (share of pairs that cannot reach each other). */
    public record Structure(int components, double fragmentation) {}

    /** Vertices that no longer reach the main part of the component they were in. */
    public record CutOff(List<String> partners, List<String> persons, FamilyCount families) {}

    /**
     * Families that lose their only connection to a life domain, and how many of them name it among their
     * needs.
     */
    public record DomainLoss(String domain, FamilyCount families, FamilyCount needing) {}
}
