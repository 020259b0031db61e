package be.tafel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.tafel.model.NamedOrganisations.Named;
import be.tafel.model.NamedOrganisations.Naming;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedOrganisationsTest {
    @Test
    void case_spaces_accents_and_punctuation_do_not_matter_for_the_key() {
        assertEquals("bibliotheek", NamedOrganisations.key(" Bibliothèek "));
        assertEquals("bibliotheek", NamedOrganisations.key("BIBLIOTHEEK"));
        assertEquals("de-kade-vzw", NamedOrganisations.key("De  Kade (vzw)"));
        assertEquals("creche-a-b", NamedOrganisations.key("Crèche A/B"));
        assertEquals("", NamedOrganisations.key(" -- "));
        assertEquals("", NamedOrganisations.key(null));
    }

    @Test
    void a_group_counts_distinct_partners_once_each_and_most_named_comes_first() {
        List<Named> named = NamedOrganisations.group(List.of(
                new Naming("p-a", List.of("Bibliotheek", "bibliotheek", "Sportdienst")),
                new Naming("p-b", List.of(" Bibliothèek ")),
                new Naming("p-c", List.of("Bibliotheek", "--")),
                new Naming("p-a", List.of("Jeugdhuis"))));
        assertEquals(
                List.of("bibliotheek", "jeugdhuis", "sportdienst"),
                named.stream().map(Named::key).toList());
        Named library = named.getFirst();
        assertEquals(List.of("p-a", "p-b", "p-c"), library.namedBy());
        assertEquals(3, library.count());
        assertEquals("Bibliotheek", library.name(), "the spelling most partners used");
        assertEquals(List.of("p-a"), named.get(1).namedBy());
    }

    @Test
    void on_a_tie_the_spelling_with_capitals_is_shown() {
        List<Named> named = NamedOrganisations.group(
                List.of(new Naming("p-a", List.of("sportdienst")), new Naming("p-b", List.of("Sportdienst"))));
        assertEquals("Sportdienst", named.getFirst().name());
    }

    @Test
    void nothing_named_gives_an_empty_list() {
        assertEquals(List.of(), NamedOrganisations.group(List.of()));
        assertEquals(List.of(), NamedOrganisations.group(List.of(new Naming("p-a", List.of()))));
    }
}
