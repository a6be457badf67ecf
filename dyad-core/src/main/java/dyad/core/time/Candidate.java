package dyad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A temporal expression a rule proposes, before overlapping proposals are settled. A proposal may carry a link: a
 * step run after the settling that resolves it against the expressions around it ("the next day", "a week after").
 *
 * @param yearNamed true when the words name the year ("May 2010", "1994"): such a date can anchor the year-less
 *                  dates that follow it in a narrative
 */
record Candidate(int start, int end, TimexType type, String value, String eventDate, LocalDate from, LocalDate to,
                 boolean yearNamed, Link link) {

    /** Resolves a proposal against the settled expressions; returns the proposal to keep, or null to drop it. */
    @FunctionalInterface
    interface Link {
        Candidate resolve(Candidate self, Context context, List<Candidate> settled);
    }

    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:T.*)?");

    static Candidate of(int start, int end, TimexType type, Period p) {
        return new Candidate(start, end, type, p.value(), p.eventDate(), p.from(), p.to(), false, null);
    }

    static Candidate date(int start, int end, Period p) {
        return of(start, end, TimexType.DATE, p);
    }

    /** A date whose words name its year. */
    static Candidate named(int start, int end, Period p) {
        return new Candidate(start, end, TimexType.DATE, p.value(), p.eventDate(), p.from(), p.to(), true, null);
    }

    /** A proposal with a value but no days: durations, sets, references. */
    static Candidate plain(int start, int end, TimexType type, String value) {
        return new Candidate(start, end, type, value, null, null, null, false, null);
    }

    /** A relative expression found without an anchor: its span and type, no value. */
    static Candidate unresolved(int start, int end, TimexType type) {
        return plain(start, end, type, null);
    }

    Candidate withLink(Link l) {
        return new Candidate(start, end, type, value, eventDate, from, to, yearNamed, l);
    }

    Candidate withDays(LocalDate a, LocalDate b, String event) {
        return new Candidate(start, end, type, value, event, a, b, yearNamed, link);
    }

    Candidate withPeriod(Period p, String suffix) {
        return new Candidate(start, end, type, p.value() + suffix, p.eventDate(), p.from(), p.to(), yearNamed, link);
    }

    Candidate withSpan(int newStart, int newEnd) {
        return new Candidate(newStart, newEnd, type, value, eventDate, from, to, yearNamed, link);
    }

    Candidate withType(TimexType t) {
        return new Candidate(start, end, t, value, eventDate, from, to, yearNamed, link);
    }

    int length() {
        return end - start;
    }

    /** The calendar period this expression names, when its value is a day, month or year (with or without a time). */
    Period calendarPeriod() {
        if (value == null || from == null || !CALENDAR_VALUE.matcher(value).matches()) return null;
        String v = value.indexOf('T') > 0 ? value.substring(0, value.indexOf('T')) : value;
        return switch (v.length()) {
            case 10 -> Period.day(from);
            case 7 -> Period.month(from);
            case 4 -> Period.year(from.getYear());
            default -> null;
        };
    }
}
