package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathSampleSizeTest {
    @Test
    void sample_size_follows_riondato_kornaropoulos() {
        // c / eps^2 * (floor(log2(VD - 2)) + 1 + ln(1/delta)) with VD = 10: 0.5 / 1e-4 * (3 + 1 + ln 10)
        assertEquals((int) Math.ceil(5000 * (4 + Math.log(10))), PathSampleSize.of(0.01, 0.1, 10));
        assertEquals((int) Math.ceil(5000 * (1 + Math.log(10))), PathSampleSize.of(0.01, 0.1, 2));
    }

    @Test
    void vertex_diameter_bound_of_a_path_covers_the_path() {
        // from vertex 0 the eccentricity is 9, so the bound is min(10, 2 * 9 + 1)
        assertEquals(10, PathSampleSize.vertexDiameterBound(TestGraphs.path(10), PathLength.HOPS));
    }

    @Test
    void directed_and_weighted_bounds_are_the_largest_weak_component() {
        CsrGraph twoComponents = TestGraphs.edges(7, true, 0, 1, 1, 2, 2, 3, 4, 5);
        assertEquals(4, PathSampleSize.vertexDiameterBound(twoComponents, PathLength.HOPS));
        assertEquals(10, PathSampleSize.vertexDiameterBound(TestGraphs.path(10), PathLength.INVERSE_WEIGHT));
    }
}
