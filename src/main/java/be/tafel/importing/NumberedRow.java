package be.tafel.importing;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of a section with the number a person finds it by: the JSON index or the CSV line. */
public record NumberedRow(int row, JsonNode fields) {}
