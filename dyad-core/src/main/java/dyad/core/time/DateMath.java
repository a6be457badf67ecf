package dyad.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic and the ISO 8601 / TimeML spelling of dates. Pure functions. */
final class DateMath {
    private DateMath() {
    }

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2099;

    static boolean validYear(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    /** The day, or null when there is no such day (February 30) or the year is out of range. */
    static LocalDate day(int y, int m, int d) {
        if (!validYear(y) || m < 1 || m > 12 || d < 1 || d > 31) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** True when the day exists in some year (February 29 does, April 31 does not). */
    static boolean possible(int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(2000, m).lengthOfMonth();
    }

    static String iso(LocalDate d) {
        return d.toString();
    }

    static String year(int y) {
        return y >= 1000 ? Integer.toString(y) : String.format("%04d", y);
    }

    static String month(int y, int m) {
        return year(y) + (m < 10 ? "-0" : "-") + m;
    }

    static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    static String decade(int y) {
        return year(y).substring(0, 3);
    }

    /** The TimeML value of the ISO week holding the day: "2013-W12". */
    static String week(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + (w < 10 ? "-W0" : "-W") + w;
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate monthStart(int y, int m) {
        return LocalDate.of(y, m, 1);
    }

    static LocalDate monthEnd(int y, int m) {
        return YearMonth.of(y, m).atEndOfMonth();
    }

    static LocalDate yearStart(int y) {
        return LocalDate.of(y, 1, 1);
    }

    static LocalDate yearEnd(int y) {
        return LocalDate.of(y, 12, 31);
    }

    /**
     * The longest ISO prefix both days share, at a calendar precision: the day, the month, the year or the decade;
     * null when they lie in different decades (or either is null).
     */
    static String commonPrefix(LocalDate from, LocalDate to) {
        if (from == null || to == null) return null;
        if (from.equals(to)) return iso(from);
        if (from.getYear() == to.getYear()) {
            return from.getMonthValue() == to.getMonthValue() ? month(from) : year(from.getYear());
        }
        if (from.getYear() / 10 == to.getYear() / 10) return decade(from.getYear());
        return null;
    }

    /**
     * dyad's date for an event at a vague recent time ("in recent months", "recently") from a day to the anchor: the
     * common prefix when it is a year or finer, else the anchor's year (the reading news gives such words).
     */
    static String recentPrefix(LocalDate from, LocalDate anchor) {
        String p = commonPrefix(from, anchor);
        return p != null && p.length() >= 4 ? p : year(anchor.getYear());
    }

    /**
     * dyad's date for an event in the week starting on {@code monday}: the week's month when the whole week lies in
     * one month, else the anchor's month.
     */
    static String weekEventDate(LocalDate monday, LocalDate anchor) {
        LocalDate sunday = monday.plusDays(6);
        if (monday.getMonthValue() == sunday.getMonthValue()) return month(monday);
        return month(anchor);
    }

    /** The year of an unnamed-year month, seen from the anchor in the given direction. */
    static int yearOfMonth(LocalDate anchor, int m, Direction dir) {
        int y = anchor.getYear();
        int am = anchor.getMonthValue();
        return switch (dir) {
            case PAST -> m <= am ? y : y - 1;
            case FUTURE -> m >= am ? y : y + 1;
            case UNKNOWN -> {
                int ahead = Math.floorMod(m - am, 12);
                int back = Math.floorMod(am - m, 12);
                if (ahead == 0) yield y;
                yield ahead < back ? (m > am ? y : y + 1) : (m < am ? y : y - 1);
            }
        };
    }

    /** The day of an unnamed-year month and day, seen from the anchor; null when it never exists (February 30). */
    static LocalDate dayOfMonthDay(LocalDate anchor, int m, int d, Direction dir) {
        if (!possible(m, d)) return null;
        int y = anchor.getYear();
        LocalDate past = latestOnOrBefore(anchor, m, d);
        LocalDate next = earliestOnOrAfter(anchor, m, d);
        return switch (dir) {
            case PAST -> past;
            case FUTURE -> next;
            case UNKNOWN -> {
                if (past == null) yield next;
                if (next == null) yield past;
                long back = ChronoUnit.DAYS.between(past, anchor);
                long ahead = ChronoUnit.DAYS.between(anchor, next);
                yield ahead < back ? next : past;
            }
        };
    }

    private static LocalDate latestOnOrBefore(LocalDate anchor, int m, int d) {
        for (int y = anchor.getYear(); y > anchor.getYear() - 8; y--) {
            LocalDate c = day(y, m, d);
            if (c != null && !c.isAfter(anchor)) return c;
        }
        return null;
    }

    private static LocalDate earliestOnOrAfter(LocalDate anchor, int m, int d) {
        for (int y = anchor.getYear(); y < anchor.getYear() + 8; y++) {
            LocalDate c = day(y, m, d);
            if (c != null && !c.isBefore(anchor)) return c;
        }
        return null;
    }

    /**
     * The day a bare weekday names: PAST the latest such day on or before the anchor (a Friday article's "Friday" is
     * that day, a Saturday article's is the day before), FUTURE the first on or after it, UNKNOWN the nearer one.
     */
    static LocalDate weekday(LocalDate anchor, DayOfWeek dow, Direction dir) {
        LocalDate past = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(dow));
        return switch (dir) {
            case PAST -> past;
            case FUTURE -> next;
            case UNKNOWN -> ChronoUnit.DAYS.between(past, anchor) <= ChronoUnit.DAYS.between(anchor, next) ? past : next;
        };
    }

    /** The season code of a season word: "SP", "SU", "FA", "WI"; null if none. */
    static String season(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            case "winter" -> "WI";
            default -> null;
        };
    }

    /** The first month of a season of year y (winter of y begins in December of y). */
    static LocalDate seasonStart(int y, String code) {
        return switch (code) {
            case "SP" -> LocalDate.of(y, 3, 1);
            case "SU" -> LocalDate.of(y, 6, 1);
            case "FA" -> LocalDate.of(y, 9, 1);
            default -> LocalDate.of(y, 12, 1);
        };
    }

    static LocalDate seasonEnd(int y, String code) {
        return seasonStart(y, code).plusMonths(3).minusDays(1);
    }
}
