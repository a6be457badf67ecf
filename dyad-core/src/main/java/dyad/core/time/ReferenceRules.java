package dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** Rules for vague references ("now", "recently", "in the past") and named days ("Christmas", "Easter"). */
final class ReferenceRules {
    private ReferenceRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("reference", "(?<![\\w-])(?:(?<now>now|currently|nowadays|presently|right\\s+now|at\\s+present"
                                + "|at\\s+the\\s+moment)|(?<past>the\\s+(?:recent\\s+|distant\\s+)?past)"
                                + "|(?<recent>recently|lately)|(?<future>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?"
                                + "future)|(?<atthetime>at\\s+the\\s+time))(?![\\w-])",
                        "now currently nowadays presently right at the recently lately",
                        ReferenceRules::reference),
                Rule.of("holiday", "(?:(?<rel>last|next|this)\\s+)?(?<h>(?-i:Christmas\\s+Eve|Christmas(?:\\s+Day)?"
                                + "|New\\s+Year['\u2019]s(?:\\s+Day|\\s+Eve)?|Valentine['\u2019]s\\s+Day|Halloween"
                                + "|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday|\\s+Monday)?|Good\\s+Friday"
                                + "|Boxing\\s+Day|May\\s+Day))(?:,?\\s+(?<y>(?:1\\d|20)\\d{2}))?(?![\\w])",
                        "last next this christmas new valentine halloween thanksgiving easter good boxing may",
                        ReferenceRules::holiday));
    }

    private static Candidate reference(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        String before = c.wordBefore(s);
        if (m.group("now") != null) {
            Candidate p = Candidate.plain(s, e, TimexType.DATE, "PRESENT_REF");
            return c.anchor == null ? p : p.withDays(c.anchor, c.anchor, DateMath.iso(c.anchor));
        }
        if (m.group("past") != null) {
            if (!(before.equals("in") || before.equals("than") || before.equals("from") || before.equals("of"))) {
                return null;
            }
            return Candidate.plain(s, e, TimexType.DATE, "PAST_REF");
        }
        if (m.group("future") != null) {
            if (!(before.equals("in") || before.equals("for") || before.equals("into"))) return null;
            return Candidate.plain(s, e, TimexType.DATE, "FUTURE_REF");
        }
        if (m.group("atthetime") != null) {
            String next = c.tokenAfter(e);
            if (next.equals("of") || next.equals("when") || next.equals("that")) return null;
            return Candidate.plain(s, e, TimexType.DATE, "PAST_REF");
        }
        Candidate p = Candidate.plain(s, e, TimexType.DATE, "PAST_REF");
        if (c.anchor == null) return p;
        LocalDate from = c.anchor.minusMonths(3);
        return p.withDays(from, c.anchor, DateMath.recentPrefix(from, c.anchor));
    }

    private static Candidate holiday(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        String name = m.group("h").replaceAll("\\s+", " ").replace('\u2019', '\'');
        IntFunction<LocalDate> day = holidayDay(name);
        if (m.group("y") != null) {
            int y = Integer.parseInt(m.group("y"));
            if (!DateMath.validYear(y)) return null;
            return Candidate.date(s, e, Period.day(day.apply(y)));
        }
        if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.DATE);
        LocalDate a = c.anchor;
        int ay = a.getYear();
        LocalDate d;
        String rel = m.group("rel") == null ? "" : Rule.lower(m.group("rel"));
        LocalDate thisYear = day.apply(ay);
        LocalDate past = thisYear.isAfter(a) ? day.apply(ay - 1) : thisYear;
        LocalDate next = thisYear.isBefore(a) ? day.apply(ay + 1) : thisYear;
        d = switch (rel) {
            case "last" -> past.equals(a) ? day.apply(ay - 1) : past;
            case "next" -> next.equals(a) ? day.apply(ay + 1) : next;
            case "this" -> thisYear;
            default -> switch (c.direction(s, e)) {
                case PAST -> past;
                case FUTURE -> next;
                case UNKNOWN -> ChronoUnit.DAYS.between(past, a) <= ChronoUnit.DAYS.between(a, next) ? past : next;
            };
        };
        return Candidate.date(s, e, Period.day(d));
    }

    /** The day of a named holiday in a given year. */
    private static IntFunction<LocalDate> holidayDay(String name) {
        return switch (name) {
            case "Christmas Eve" -> y -> LocalDate.of(y, 12, 24);
            case "Christmas", "Christmas Day" -> y -> LocalDate.of(y, 12, 25);
            case "Boxing Day" -> y -> LocalDate.of(y, 12, 26);
            case "New Year's Eve" -> y -> LocalDate.of(y, 12, 31);
            case "Valentine's Day" -> y -> LocalDate.of(y, 2, 14);
            case "Halloween" -> y -> LocalDate.of(y, 10, 31);
            case "May Day" -> y -> LocalDate.of(y, 5, 1);
            case "Thanksgiving", "Thanksgiving Day" -> y -> LocalDate.of(y, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "Easter Monday" -> y -> easter(y).plusDays(1);
            case "Good Friday" -> y -> easter(y).minusDays(2);
            case "Easter", "Easter Sunday" -> ReferenceRules::easter;
            default -> y -> LocalDate.of(y, 1, 1); // New Year's, New Year's Day
        };
    }

    /** Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
