package be.tafel.store;

/** How many rows of one section an import created and how many it updated in place. */
public record ImportCounts(int created, int updated) {}
