package be.tafel.survey;

/** A partner as a survey shows it: id, name and sector. */
public record WavePartner(String id, String name, String sector) {}
