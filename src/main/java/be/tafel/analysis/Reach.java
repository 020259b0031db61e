package be.tafel.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which families each partner reaches on a date (through services, staff and referrals). */
public record Reach(Map<String, Set<String>> familiesByPartner) {
    public Set<String> of(String partner) {
        return familiesByPartner.getOrDefault(partner, Set.of());
    }

    public List<String> partners() {
        return List.copyOf(familiesByPartner.keySet());
    }
}
