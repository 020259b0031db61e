package be.tafel.importing;

/**
 * One thing wrong with an import, pinned to where it is: the section, the row (the index in a JSON
 * array, the line number in a CSV file) and the field.
 */
public record ImportProblem(String section, Integer row, String field, String message) {}
