package be.tafel.change;

import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
import be.tafel.model.Family;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which families the network reaches at a moment: a family is reached on a day when it uses a service of a
 * partner in the network that day, is supported by a person working for one, or was referred from or to one
 * in the month up to that day. (The views count a year of referrals; a month makes a family that drops out
 * of sight show within a month.)
 */
public final class FamilyReach {
    /** How far back a referral still counts as reaching its family. */
    public static final int REFERRAL_WINDOW_MONTHS = 1;

    private static final java.util.Comparator<String> BAND_ORDER = java.util.Comparator.comparingInt((String code) ->
                    Coded.parse(AgeBand.class, code).map(Enum::ordinal).orElse(AgeBand.values().length))
            .thenComparing(java.util.Comparator.naturalOrder());

    private FamilyReach() {}

    /** The ways to group reached families; a family counts in every group it belongs to. */
    public enum By implements Coded {
        AGE_BAND("ageBand"),
        DOMAIN("domain"),
        NEIGHBOURHOOD("neighbourhood");

        private final String code;

        By(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        List<String> groupsOf(Family f) {
            return switch (this) {
                case AGE_BAND -> f.childAgeBands().stream().map(AgeBand::code).toList();
                case DOMAIN -> f.needs();
                case NEIGHBOURHOOD -> f.neighbourhood() == null ? List.of() : List.of(f.neighbourhood());
            };
        }
    }

    /**
     * The ids of the families reached on {@code day}; {@code partners}, when not null, keeps only families
     * reached through those partners.
     */
    public static Set<String> at(History h, LocalDate day, Set<String> partners) {
        Set<String> reached = new HashSet<>();
        for (Use u : h.uses()) {
            if (u.period().contains(day) && counts(h, h.providerOf(u.service()), day, partners)) {
                reached.add(u.family());
            }
        }
        for (Support s : h.supports()) {
            Person p = h.person(s.person());
            if (p != null
                    && s.period().contains(day)
                    && p.period().contains(day)
                    && p.worksForPeriod().contains(day)
                    && counts(h, p.worksFor(), day, partners)) {
                reached.add(s.family());
            }
        }
        LocalDate after = day.minusMonths(REFERRAL_WINDOW_MONTHS);
        for (Referral r : h.referrals()) {
            if (r.date().isAfter(after)
                    && !r.date().isAfter(day)
                    && (counts(h, h.partnerOf(r.from()), day, partners)
                            || counts(h, h.partnerOf(r.to()), day, partners))) {
                reached.add(r.family());
            }
        }
        return reached;
    }

    private static boolean counts(History h, String partner, LocalDate day, Set<String> partners) {
        return partner != null && h.partnerIn(partner, day) && (partners == null || partners.contains(partner));
    }

    /** The order groups are listed in: age bands youngest first, others by name. */
    public static java.util.Comparator<String> order(By by) {
        return by == By.AGE_BAND ? BAND_ORDER : java.util.Comparator.naturalOrder();
    }

    /** How many of the families fall in each group, by group name (age bands youngest first). */
    public static Map<String, Integer> count(History h, Set<String> families, By by) {
        Map<String, Integer> counts = new TreeMap<>(order(by));
        for (String id : families) {
            Family f = h.family(id);
            if (f != null) {
                for (String group : by.groupsOf(f)) {
                    counts.merge(group, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
