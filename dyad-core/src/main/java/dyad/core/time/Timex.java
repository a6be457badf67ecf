package dyad.core.time;

import java.time.LocalDate;

/**
 * A temporal expression found in text.
 *
 * @param start     char offset of its first character in the text given to the tagger
 * @param end       char offset just after its last character
 * @param text      the words, {@code text.substring(start, end)}
 * @param type      the TimeML type
 * @param value     the TimeML TIMEX3 value ("2025-11-10", "2025-11", "2025", "199", "2025-W23", "2025-SU", "PXY",
 *                  "P3D", "PAST_REF", "2025-06-13TNI", ...), or null when it cannot be resolved (no anchor)
 * @param eventDate the ISO 8601 date prefix dyad gives an event at this time, at the coarsest precision that is
 *                  surely right ("2025-11-10", "2025-09", "2025", "199"), or null when none fits
 * @param from      the first day of the interval it covers, or null
 * @param to        the last day of that interval (inclusive), or null
 */
public record Timex(int start, int end, String text, TimexType type, String value, String eventDate,
                    LocalDate from, LocalDate to) {

    /** True when this expression shares at least one character with [otherStart, otherEnd). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
