package be.tafel.model;

/** A professional or volunteer who works for a partner. */
public record Person(String id, String name, PersonRole role, String worksFor) {}
