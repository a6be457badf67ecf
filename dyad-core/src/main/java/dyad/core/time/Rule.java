package dyad.core.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of temporal expression and how to resolve a match. A rule runs only on texts holding one of its
 * trigger words (lower case substrings), which keeps the tagger fast on sentences with no expression of its kind.
 */
record Rule(String name, Pattern pattern, List<String> triggers, Handler handler) {

    /** Turns a match into a proposal, or null to reject the match. */
    @FunctionalInterface
    interface Handler {
        Candidate apply(Matcher m, Context c);
    }

    /** A rule from a case-insensitive regex; parts that need a capital use (?-i:...). */
    static Rule of(String name, String regex, List<String> triggers, Handler handler) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), triggers,
                handler);
    }

    /** True when the lower-cased text holds a trigger (or the rule has none). */
    boolean triggeredBy(String lowerText) {
        if (triggers.isEmpty()) return true;
        for (String t : triggers) {
            if (lowerText.contains(t)) return true;
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
