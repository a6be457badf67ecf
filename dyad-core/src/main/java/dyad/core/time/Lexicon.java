package dyad.core.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** The words of English dates: month and weekday names, numbers and ordinals, as regex fragments and look-ups. */
final class Lexicon {
    private Lexicon() {
    }

    /** A month name with a capital, in full or abbreviated ("Oct.", "Sept"); May and March only in full. */
    static final String MONTH = "(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
            + "|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![a-z]))";
    /** A month name in full only: safe without a day number beside it (except May and March, see MONTH_ALONE). */
    static final String MONTH_FULL = "(?-i:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December))";
    /** A weekday name with a capital ("Friday", "Fri."). */
    static final String WEEKDAY = "(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z]))";
    /** Number words and small numerals. */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|a hundred|a couple of|a few|few|several|some|many|dozens of"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven"
            + "|eight|nine))";
    /** A unit word, singular or plural. */
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)";
    /** A day of the month: 1-31 with an optional ordinal suffix. */
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    /** Ordinal words up to the twenty-first, for centuries and quarters. */
    static final String ORDINAL = "(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
            + "|nineteenth|twentieth|twenty-first)";

    /** Starter words (see {@link Rule}): the month names and abbreviations, lower case. */
    static final String MONTH_WORDS = "january february march april may june july august september october november"
            + " december jan feb mar apr jun jul aug sep sept oct nov dec";
    static final String WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday";
    static final String NUMBER_WORDS = "a an one two three four five six seven eight nine ten eleven twelve thirteen"
            + " fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
            + " ninety hundred few several some many dozens";
    static final String ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
            + " twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("a couple of", 2));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21));

    private static final Map<String, Integer> DECADE_WORDS = Map.of(
            "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7,
            "eighties", 8, "nineties", 9);

    /** The month (1-12) a month name or abbreviation names, or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) return 0;
        return switch (w.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    /** The weekday a weekday name names, or null. */
    static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) return null;
        return switch (w.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            case "sun" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    /**
     * The number a quantity names: "three" 3, "1,200" 1200, "twenty-five" 25; -1 for a vague quantity ("a few",
     * "several", "some", "many", "dozens of"); 0 when it is no number.
     */
    static int number(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (w.isEmpty()) return 0;
        if (Character.isDigit(w.charAt(0))) {
            String digits = w.replace(",", "");
            return digits.length() > 6 ? 0 : Integer.parseInt(digits);
        }
        Integer n = NUMBERS.get(w);
        if (n != null) return n;
        switch (w) {
            case "a few", "few", "several", "some", "many", "dozens of":
                return -1;
            default:
                break;
        }
        int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
        if (dash > 0) {
            Integer tens = NUMBERS.get(w.substring(0, dash));
            Integer ones = NUMBERS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) return tens + ones;
        }
        return 0;
    }

    /** The number an ordinal names ("20th" 20, "third" 3), or 0. */
    static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            int i = 0;
            while (i < w.length() && Character.isDigit(w.charAt(i))) i++;
            return Integer.parseInt(w.substring(0, i));
        }
        Integer n = ORDINALS.get(w);
        return n == null ? 0 : n;
    }

    /** The decade digit (1-9) a decade word names ("nineties" 9), or -1. */
    static int decadeWord(String word) {
        Integer d = DECADE_WORDS.get(word.toLowerCase(Locale.ROOT));
        return d == null ? -1 : d;
    }
}
