package dyad.cli.bench;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves an article in time by a whole number of weeks, so that "on Tuesday" still names the same day: the header date
 * and every full date in the text ("August 7", "7 August 2008", "2008-08-07") move by the same days, a month named with
 * its year or alone ("in June") becomes the month the shift takes its middle to, and a bare year moves by the years the
 * article's own date moved. Decades ("the 1990s") are left alone.
 */
record DateShift(LocalDate from, LocalDate to) {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern DATES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?<iso>" + YEAR + "-(\\d\\d)-(\\d\\d))"
            + "|(?<mdy>" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:, " + YEAR + ")?)"
            + "|(?<dmy>(\\d{1,2}) " + MONTH + "(?: " + YEAR + ")?)"
            + "|(?<my>" + MONTH + " " + YEAR + ")"
            + "|(?<m>" + MONTH.replace("|May|", "|") + ")"
            + "|(?<y>" + YEAR + ")(?!s)"
            + ")(?![\\p{L}\\p{N}])");

    DateShift {
        if (ChronoUnit.DAYS.between(from, to) % 7 != 0) throw new IllegalArgumentException("not whole weeks: " + from + " " + to);
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    int years() {
        return to.getYear() - from.getYear();
    }

    /** The text with its dates moved. */
    String apply(String text) {
        Matcher m = DATES.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(shifted(m)));
        m.appendTail(out);
        return out.toString();
    }

    private String shifted(Matcher m) {
        try {
            if (m.group("iso") != null) {
                return LocalDate.parse(m.group("iso")).plusDays(days()).toString();
            }
            if (m.group("mdy") != null) {
                String[] g = groups(m, "mdy", 3);
                boolean withYear = g[2] != null;
                LocalDate d = date(g[0], g[1], withYear ? Integer.parseInt(g[2]) : from.getYear()).plusDays(days());
                return name(d.getMonth(), g[0]) + " " + d.getDayOfMonth() + (withYear ? ", " + d.getYear() : "");
            }
            if (m.group("dmy") != null) {
                String[] g = groups(m, "dmy", 3);
                boolean withYear = g[2] != null;
                LocalDate d = date(g[1], g[0], withYear ? Integer.parseInt(g[2]) : from.getYear()).plusDays(days());
                return d.getDayOfMonth() + " " + name(d.getMonth(), g[1]) + (withYear ? " " + d.getYear() : "");
            }
            if (m.group("my") != null) {
                String[] g = groups(m, "my", 2);
                LocalDate d = date(g[0], "15", Integer.parseInt(g[1])).plusDays(days());
                return name(d.getMonth(), g[0]) + " " + d.getYear();
            }
            if (m.group("m") != null) {
                LocalDate d = date(m.group("m"), "15", from.getYear()).plusDays(days());
                return name(d.getMonth(), m.group("m"));
            }
            return String.valueOf(Integer.parseInt(m.group("y")) + years());
        } catch (java.time.DateTimeException e) {
            return m.group(); // "February 30": not a date, left as written
        }
    }

    /** The {@code n} groups inside the named group {@code name}. */
    private static String[] groups(Matcher m, String name, int n) {
        int first = -1;
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.start(i) == m.start(name) && m.end(i) == m.end(name) && m.group(i).equals(m.group(name))) {
                first = i + 1;
                break;
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = m.group(first + i);
        return out;
    }

    private static LocalDate date(String month, String day, int year) {
        return LocalDate.of(year, month(month), Integer.parseInt(day));
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w)) return m;
        }
        throw new IllegalArgumentException(word);
    }

    /** The month written as the original was: in full, or abbreviated with a full stop. */
    private static String name(Month m, String original) {
        if (!original.endsWith(".")) return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return shortName.equals("May") || shortName.equals("June") || shortName.equals("July") ? shortName : shortName + ".";
    }
}
