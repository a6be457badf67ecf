package dyad.core.model;

/** The evidence of a record: sentence index and character offsets [start, end) into the article body. */
public record Evidence(int sentence, int start, int end, String text) {}
