package dyad.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A calendar period a date expression names: its TimeML value, the days it covers and dyad's event date for it.
 *
 * @param value     TimeML value: "2013-03-22", "2013-03", "2013", "199", "19", "2013-W12", "2013-W12-WE",
 *                  "2013-Q1", "2013-H2", "2012-SU"
 * @param from      first day
 * @param to        last day (inclusive)
 * @param eventDate dyad's date for an event in it
 */
record Period(String value, LocalDate from, LocalDate to, String eventDate) {

    static Period day(LocalDate d) {
        return new Period(DateMath.iso(d), d, d, DateMath.iso(d));
    }

    static Period month(int y, int m) {
        String v = DateMath.month(y, m);
        return new Period(v, DateMath.monthStart(y, m), DateMath.monthEnd(y, m), v);
    }

    static Period month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    static Period year(int y) {
        String v = DateMath.year(y);
        return new Period(v, DateMath.yearStart(y), DateMath.yearEnd(y), v);
    }

    /** The decade starting in year y (a multiple of ten): value "199". */
    static Period decade(int y) {
        String v = DateMath.decade(y);
        return new Period(v, DateMath.yearStart(y), DateMath.yearEnd(y + 9), v);
    }

    /** The century whose years start with the two digits c: value "19" for the 20th century. */
    static Period century(int c) {
        String v = c < 10 ? "0" + c : Integer.toString(c);
        return new Period(v, DateMath.yearStart(Math.max(c * 100, 1)), DateMath.yearEnd(c * 100 + 99), v);
    }

    /** The ISO week holding the day; its event date follows {@link DateMath#weekEventDate}. */
    static Period week(LocalDate day, LocalDate anchor) {
        LocalDate monday = DateMath.monday(day);
        return new Period(DateMath.week(monday), monday, monday.plusDays(6), DateMath.weekEventDate(monday, anchor));
    }

    /** The weekend (Saturday and Sunday) of the ISO week holding the day. */
    static Period weekend(LocalDate day) {
        LocalDate saturday = DateMath.monday(day).plusDays(5);
        LocalDate sunday = saturday.plusDays(1);
        return new Period(DateMath.week(saturday) + "-WE", saturday, sunday, DateMath.commonPrefix(saturday, sunday));
    }

    static Period quarter(int y, int q) {
        LocalDate from = LocalDate.of(y, 3 * q - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return new Period(DateMath.year(y) + "-Q" + q, from, to, DateMath.commonPrefix(from, to));
    }

    static Period half(int y, int h) {
        LocalDate from = LocalDate.of(y, h == 1 ? 1 : 7, 1);
        LocalDate to = from.plusMonths(6).minusDays(1);
        return new Period(DateMath.year(y) + "-H" + h, from, to, DateMath.commonPrefix(from, to));
    }

    static Period season(int y, String code) {
        LocalDate from = DateMath.seasonStart(y, code);
        LocalDate to = DateMath.seasonEnd(y, code);
        return new Period(DateMath.year(y) + "-" + code, from, to, DateMath.commonPrefix(from, to));
    }

    /** The quarter holding the day. */
    static Period quarterOf(LocalDate d) {
        return quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
    }

    /** The same kind of period, n steps later (n may be negative): the week after, the year before. */
    Period shift(int n, LocalDate anchor) {
        String v = value;
        if (v.endsWith("-WE")) return weekend(from.plusWeeks(n));
        if (v.contains("-W")) return week(from.plusWeeks(n), anchor);
        if (v.contains("-Q")) return quarterOf(from.plusMonths(3L * n));
        if (v.contains("-H")) {
            LocalDate d = from.plusMonths(6L * n);
            return half(d.getYear(), d.getMonthValue() < 7 ? 1 : 2);
        }
        if (v.length() == 7 && v.charAt(4) == '-' && Character.isLetter(v.charAt(5))) {
            return season(from.getYear() + n, v.substring(5));
        }
        return switch (v.length()) {
            case 10 -> day(from.plusDays(n));
            case 7 -> month(from.plusMonths(n));
            case 4 -> year(from.getYear() + n);
            case 3 -> decade(from.getYear() + 10 * n);
            case 2 -> century(from.getYear() / 100 + n);
            default -> this;
        };
    }

    /**
     * A part of the period, keeping its value: "early" / "beginning" the first third, "mid" / "middle" the middle
     * third, "late" / "end" the last third (by months for a year or longer, by days otherwise).
     */
    Period part(String which) {
        int third = switch (which) {
            case "early", "beginning", "start", "dawn" -> 0;
            case "mid", "middle" -> 1;
            case "late", "end", "close", "turn" -> 2;
            default -> -1;
        };
        if (third < 0) return this;
        LocalDate a;
        LocalDate b;
        long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
        if (months >= 12) {
            long step = months / 3;
            a = from.plusMonths(step * third);
            b = third == 2 ? to : from.plusMonths(step * (third + 1)).minusDays(1);
        } else {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            long step = days / 3;
            a = from.plusDays(step * third);
            b = third == 2 ? to : from.plusDays(step * (third + 1) - 1);
        }
        String event = value.contains("-W") ? eventDate : DateMath.commonPrefix(a, b);
        return new Period(value, a, b, event);
    }

    /** The stretch from a day inside the period to its end ("later this month", "before the end of the year"). */
    Period fromDay(LocalDate d) {
        if (d.isBefore(from) || d.isAfter(to)) return this;
        return new Period(value, d, to, DateMath.commonPrefix(d, to));
    }

    /** The stretch from the period's start to a day inside it ("earlier this year"). */
    Period untilDay(LocalDate d) {
        if (d.isBefore(from) || d.isAfter(to)) return this;
        return new Period(value, from, d, DateMath.commonPrefix(from, d));
    }

    /** The same period with a value carrying a part of day: "2013-03-22TAF". */
    Period withTime(String suffix) {
        return new Period(value + suffix, from, to, eventDate);
    }
}
