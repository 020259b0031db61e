package be.tafel.table;

import be.tafel.model.AgeBand;

/**
 * Which child age bands a service serves. A band "lo-hi" holds the ages [lo, hi) in years, so "0-3" and
 * "3-6" do not overlap; a service for ages a to b serves [a, max(b, a + 1)), read the same way (a service
 * "0 to 3" is for the band 0-3, one "3 to 3" for three-year-olds). An unknown lower age counts as 0 and an
 * unknown upper age as no limit.
 */
public final class AgeCoverage {
    private AgeCoverage() {}

    public static boolean covers(Integer ageMin, Integer ageMax, AgeBand band) {
        int low = lowerBound(band);
        int high = upperBound(band);
        int from = ageMin == null ? 0 : ageMin;
        int to = ageMax == null ? Integer.MAX_VALUE : Math.max(ageMax, from + 1);
        return from < high && to > low;
    }

    static int lowerBound(AgeBand band) {
        return Integer.parseInt(band.code().substring(0, band.code().indexOf('-')));
    }

    static int upperBound(AgeBand band) {
        return Integer.parseInt(band.code().substring(band.code().indexOf('-') + 1));
    }
}
