package dyad.core.time;

import java.time.LocalDate;

/** A unit of time as durations use it, with its ISO 8601 duration letter. */
enum Unit {
    SECOND("S", true, 1), MINUTE("M", true, 1), HOUR("H", true, 1),
    DAY("D", false, 1), WEEK("W", false, 7), MONTH("M", false, 1), YEAR("Y", false, 1),
    DECADE("Y", false, 10), CENTURY("Y", false, 100);

    private final String letter;
    private final boolean timePart;
    private final int factor;

    Unit(String letter, boolean timePart, int factor) {
        this.letter = letter;
        this.timePart = timePart;
        this.factor = factor;
    }

    /** The ISO 8601 duration of n units ("P3D", "PT24H", "P20Y" for two decades); n &lt; 0 means "some" ("PXM"). */
    String duration(int n) {
        String amount;
        if (n < 0) amount = "X";
        else if (this == DECADE || this == CENTURY) amount = Integer.toString(n * factor);
        else amount = Integer.toString(n);
        return (timePart ? "PT" : "P") + amount + letter;
    }

    /** The ISO 8601 duration of n and a half units: "P18M" for a year and a half, "PT30M" for half an hour. */
    String durationAndHalf(int n) {
        return switch (this) {
            case YEAR -> "P" + (12 * n + 6) + "M";
            case DAY -> "PT" + (24 * n + 12) + "H";
            case HOUR -> "PT" + (60 * n + 30) + "M";
            case MINUTE -> "PT" + (60 * n + 30) + "S";
            case DECADE -> "P" + (10 * n + 5) + "Y";
            case CENTURY -> "P" + (100 * n + 50) + "Y";
            default -> (timePart ? "PT" : "P") + n + ".5" + letter;
        };
    }

    /** The day n units after {@code d} (n may be negative); units shorter than a day leave the day. */
    LocalDate plus(LocalDate d, long n) {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> d;
            case DAY -> d.plusDays(n);
            case WEEK -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
        };
    }

    /** How many units "recent", "several" or "a few" stand for when no number is given. */
    int vague() {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> 12;
            case DAY -> 10;
            case WEEK -> 8;
            case MONTH -> 6;
            case YEAR -> 5;
            case DECADE, CENTURY -> 3;
        };
    }

    /** The unit a word names ("days", "Week", "yr"), or null. */
    static Unit of(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("s") && w.length() > 3) w = w.substring(0, w.length() - 1);
        return switch (w) {
            case "second", "sec" -> SECOND;
            case "minute", "min" -> MINUTE;
            case "hour", "hr" -> HOUR;
            case "day" -> DAY;
            case "week", "wk" -> WEEK;
            case "month" -> MONTH;
            case "year", "yr" -> YEAR;
            case "decade" -> DECADE;
            case "century", "centurie" -> CENTURY;
            default -> null;
        };
    }
}
