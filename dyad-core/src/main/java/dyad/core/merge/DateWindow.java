package dyad.core.merge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an event date can mean, from its precision: {@code 2025-11-10} is that day, {@code 2025-W46} that
 * ISO week, {@code 2025-11} the month, {@code 2025} the year, {@code 199} the decade. A null bound is open. Two
 * dates "agree at their precision" when their windows overlap.
 */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final DateWindow OPEN = new DateWindow(null, null);

    private static final Pattern ISO = Pattern.compile("^(\\d{3,4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    /** The window of an ISO 8601 date at its precision, or {@link #OPEN} for null or a form this does not read. */
    public static DateWindow of(String isoDate) {
        if (isoDate == null) return OPEN;
        Matcher w = WEEK.matcher(isoDate.strip());
        if (w.matches()) {
            try {
                LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                return new DateWindow(monday, monday.plusDays(6));
            } catch (DateTimeException | NumberFormatException e) {
                return OPEN;
            }
        }
        Matcher m = ISO.matcher(isoDate.strip());
        if (!m.matches()) return OPEN;
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(1).length() == 3) return new DateWindow(LocalDate.of(y * 10, 1, 1), LocalDate.of(y * 10 + 9, 12, 31));
            if (m.group(2) == null) return new DateWindow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) return new DateWindow(ym.atDay(1), ym.atEndOfMonth());
            LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
            return new DateWindow(d, d);
        } catch (DateTimeException | NumberFormatException e) {
            return OPEN;
        }
    }

    public boolean isOpen() { return from == null && to == null; }

    /** Whether a day is known at both ends. */
    public boolean isBounded() { return from != null && to != null; }

    /** Whether some day lies in both windows. */
    public boolean overlaps(DateWindow o) {
        return (to == null || o.from == null || !o.from.isAfter(to)) && (o.to == null || from == null || !from.isAfter(o.to));
    }

    /** The days in both windows (callers check {@link #overlaps} first). */
    public DateWindow intersect(DateWindow o) {
        LocalDate f = from == null ? o.from : o.from == null ? from : from.isAfter(o.from) ? from : o.from;
        LocalDate t = to == null ? o.to : o.to == null ? to : to.isBefore(o.to) ? to : o.to;
        return new DateWindow(f, t);
    }

    /** The window widened by {@code days} at each bounded end. */
    public DateWindow widen(int days) {
        return new DateWindow(from == null ? null : from.minusDays(days), to == null ? null : to.plusDays(days));
    }

    /** Whether the window is one day. */
    public boolean isDay() {
        return isBounded() && from.equals(to);
    }

    /** Days in the window, {@link Long#MAX_VALUE} when a bound is open: the smaller, the more precise. */
    public long span() {
        return isBounded() ? to.toEpochDay() - from.toEpochDay() + 1 : Long.MAX_VALUE;
    }
}
