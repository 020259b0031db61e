package be.tafel.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeCoverageTest {
    @ParameterizedTest(name = "ages {0} to {1} serve band {2}: {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "0, 3, 0-3, true",
                "0, 3, 3-6, false",
                "3, 3, 3-6, true",
                "3, 3, 0-3, false",
                "6, 12, 6-12, true",
                "6, 12, 12-18, false",
                "0, 1, 0-3, true",
                "12, 18, 12-18, true",
                "3, 18, 0-3, false",
                "3, 18, 6-12, true",
                "18, 25, 12-18, false",
                "null, null, 12-18, true",
                "null, 2, 0-3, true",
                "10, null, 12-18, true",
            })
    void a_service_serves_the_bands_its_ages_overlap(Integer ageMin, Integer ageMax, String band, boolean served) {
        assertEquals(
                served,
                AgeCoverage.covers(
                        ageMin, ageMax, Coded.parse(AgeBand.class, band).orElseThrow()));
    }
}
