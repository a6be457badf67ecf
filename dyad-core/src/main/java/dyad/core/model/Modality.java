package dyad.core.model;

import java.util.Locale;

/** How certain the text is that an event happens (SPEC section 2). */
public enum Modality {
    ASSERTED, PLANNED, EXPECTED, POSSIBLE, NEGATED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Whether the event lies ahead of the telling: plans, expectations and possibilities. */
    public boolean isProspective() { return this == PLANNED || this == EXPECTED || this == POSSIBLE; }
}
