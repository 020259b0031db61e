package be.tafel.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The fictional town of the demo: its name, neighbourhoods, life domains and the three years it covers. */
public final class DemoTown {
    public static final String NAME = "Schelderode";

    public static final String CENTRUM = "Centrum";
    public static final String STATIONSWIJK = "Stationswijk";
    public static final String MOLENHOEK = "Molenhoek";
    public static final String HEIDEBOS = "Heidebos";
    public static final String SCHELDEKANT = "Scheldekant";
    public static final String TER_LINDEN = "Ter Linden";
    public static final String SINT_PIETERS = "Sint-Pieters";
    /** A small social-housing estate at the edge of town, reached by a single bridge figure. */
    public static final String KOUTERVELD = "Kouterveld";

    public static final List<String> NEIGHBOURHOODS =
            List.of(CENTRUM, STATIONSWIJK, MOLENHOEK, HEIDEBOS, SCHELDEKANT, TER_LINDEN, SINT_PIETERS, KOUTERVELD);

    /** Where town-wide partners work: everywhere except the estate that nobody but one bridge figure reaches. */
    public static final List<String> TOWN =
            List.of(CENTRUM, STATIONSWIJK, MOLENHOEK, HEIDEBOS, SCHELDEKANT, TER_LINDEN, SINT_PIETERS);

    /** Share of families per neighbourhood, in the order of {@link #NEIGHBOURHOODS}. */
    static final double[] FAMILY_SHARE = {17, 18, 15, 14, 15, 11, 8.5, 1.5};

    public static final String CHILDCARE = "childcare";
    public static final String EDUCATION = "education";
    public static final String WELFARE = "welfare";
    public static final String HEALTH = "health";
    public static final String LEISURE = "leisure";
    public static final String WORK = "work";
    public static final String HOUSING = "housing";
    public static final String INCOME = "income";
    public static final String PARENTING = "parenting-support";
    public static final String YOUTH_WORK = "youth-work";

    public static final List<String> DOMAINS =
            List.of(CHILDCARE, EDUCATION, WELFARE, HEALTH, LEISURE, WORK, HOUSING, INCOME, PARENTING, YOUTH_WORK);

    /** The three years the demo covers. */
    public static final LocalDate START = LocalDate.of(2024, 1, 1);

    public static final LocalDate END = LocalDate.of(2026, 10, 31);

    private DemoTown() {}

    /** A lower-case ASCII slug for ids: "Vrije Basisschool 't Molentje" becomes "vrije-basisschool-t-molentje". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
