package dyad.core.read;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap test that a text is English: enough of its words are common English function words, and most of
 * its letters are Latin. Short texts are given the benefit of the doubt.
 */
final class LanguageCheck {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "it",
            "from", "his", "her", "he", "she", "its", "an", "be", "has", "have", "had", "are", "were", "said", "this",
            "which", "after", "will", "would", "not", "their", "they", "but", "who", "been", "over", "into", "than");

    boolean looksEnglish(String text) {
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
            }
        }
        if (letters < 40) return true;
        if (latin < letters * 0.6) return false;
        String[] words = text.substring(0, Math.min(text.length(), 20_000)).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int n = 0, hits = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            n++;
            if (FUNCTION_WORDS.contains(w)) hits++;
        }
        return n < 12 || hits >= n * 0.08;
    }
}
