package dyad.core.merge;

import dyad.core.model.Actor;

/**
 * A planned or expected event followed to its outcome: who is to do what to whom, in which window of days, on
 * whose report ({@code assertedBy}, the first article), and what became of it ({@code status}, decided by
 * {@code decidedBy} with that article's evidence). {@code reports} counts the plan mentions that told of it.
 */
public record Expectation(
        String id,
        String mergeKey,
        Actor source,
        Actor target,
        String cameo,
        String modality,
        DateWindow window,
        Status status,
        boolean late,
        String assertedBy,
        String assertedDate,
        String assertedEvidence,
        String decidedBy,
        String decidedDate,
        String decidedEvidence,
        int reports) {

    /** What became of an expectation. */
    public enum Status {
        /** Nothing yet decides it and its window has not passed. */
        OPEN,
        /** An asserted event matching it happened in its window, or after it ({@code late}). */
        FULFILLED,
        /** A later report negates it: it was called off, or did not happen. */
        CANCELLED,
        /** A later report plans it for another window (a new expectation follows it). */
        POSTPONED,
        /** Its window has passed (by the newest article in the store) with nothing deciding it. */
        EXPIRED;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
