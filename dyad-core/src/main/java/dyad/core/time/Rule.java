package dyad.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of temporal expression and how to resolve a match. A rule is tried only where a token it can start
 * with stands (its starters: lower-case words, or {@link #DIGIT} for any number), so the tagger never scans a
 * sentence character by character.
 *
 * @param digits true when the rule can start at a number
 */
record Rule(String name, Pattern pattern, Set<String> starters, boolean digits, List<String> requires,
            Handler handler) {

    /** The starter that stands for a token of digits. */
    static final String DIGIT = "#";

    /** Turns a match into a proposal, or null to reject the match. */
    @FunctionalInterface
    interface Handler {
        Candidate apply(Matcher m, Context c);
    }

    /**
     * A rule from a case-insensitive regex (parts that need a capital use (?-i:...)), its starters separated by
     * blanks, and its handler.
     */
    static Rule of(String name, String regex, String starters, Handler handler) {
        Set<String> words = Set.of(starters.trim().split("\\s+"));
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), words, words.contains(DIGIT),
                List.of(), handler);
    }

    /** The same rule, tried only on texts holding one of these lower-case strings (a cheap test before the regex). */
    Rule requiring(String... anyOf) {
        return new Rule(name, pattern, starters, digits, List.of(anyOf), handler);
    }

    /** True when the lower-cased text holds one of the required strings, or the rule requires none. */
    boolean possibleIn(String lowerText) {
        if (requires.isEmpty()) return true;
        for (String r : requires) {
            if (lowerText.contains(r)) return true;
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
