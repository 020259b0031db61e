package be.tafel.importing;

/** A record read from a row, with the row's number for messages about it. */
record Parsed<T>(int row, T value) {}
