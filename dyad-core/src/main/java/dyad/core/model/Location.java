package dyad.core.model;

/** Where an event happens: a place name, its state and coordinates (null when only the state is known). */
public record Location(String name, String country, Double lat, Double lon) {}
