package dyad.core.time;

/** The tense of the clause a temporal expression stands in: decides whether "on Friday" is the last or the next one. */
public enum Direction { PAST, FUTURE, UNKNOWN }
