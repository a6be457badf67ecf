package dyad.core.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A token trie over dictionary phrases, compiled once: finds the longest phrase starting at a token.
 * Keys are compared in lower case with typographic apostrophes folded; each phrase keeps its own case rule
 * (acronyms such as "US" or "IS" match only as written, so "us" and "is" never do; proper names need their
 * capitals, so "turkey" the bird is not Turkey).
 */
public final class PhraseMatcher<T> {

    /** A phrase found in a token list: tokens [from, to) and the values stored under it. */
    public record Match<T>(int from, int to, List<T> values) {}

    private enum CaseRule { ANY, CAPITALS, EXACT }

    private record Stored<T>(T value, List<String> surface, CaseRule rule) {}

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Stored<T>> values = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** Adds a phrase; {@code caseSensitive=false} for common words (role words), true for names. */
    public void add(String phrase, T value, boolean properName) {
        List<String> words = NameTokens.split(phrase);
        if (words.isEmpty()) return;
        CaseRule rule = !properName ? CaseRule.ANY : isAcronym(words) ? CaseRule.EXACT : CaseRule.CAPITALS;
        Node<T> n = root;
        for (String w : words) n = n.next.computeIfAbsent(key(w), k -> new Node<>());
        Stored<T> added = new Stored<>(value, words, rule);
        for (int k = 0; k < n.values.size(); k++) {
            Stored<T> s = n.values.get(k);
            if (!s.value.equals(value)) continue;
            // the same name listed as "Peshmerga" and as "peshmerga": the form written in lower case says it may be
            if (capitals(words) < capitals(s.surface) && rule != CaseRule.EXACT) n.values.set(k, added);
            return;
        }
        n.values.add(added);
    }

    /** The longest phrase starting at {@code start} whose case rule the words satisfy, or null. */
    public Match<T> longestAt(List<String> words, int start) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = start; i < words.size(); i++) {
            n = n.next.get(key(words.get(i)));
            if (n == null) break;
            if (!n.values.isEmpty()) {
                List<T> ok = new ArrayList<>();
                for (Stored<T> s : n.values) if (caseFits(s, words, start)) ok.add(s.value);
                if (!ok.isEmpty()) best = new Match<>(start, i + 1, List.copyOf(ok));
            }
        }
        return best;
    }

    /** All non-overlapping longest matches, left to right. */
    public List<Match<T>> findAll(List<String> words) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Match<T> m = longestAt(words, i);
            if (m == null) i++;
            else {
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }

    public static String key(String word) {
        return word.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    private static int capitals(List<String> words) {
        int n = 0;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) n++;
        return n;
    }

    private static boolean isAcronym(List<String> words) {
        if (words.size() != 1) return false;
        String w = words.get(0);
        if (w.length() > 5) return false;
        boolean upper = false;
        for (char c : w.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper = true;
        }
        return upper && !w.contains(".");
    }

    private static <T> boolean caseFits(Stored<T> s, List<String> words, int start) {
        if (s.rule == CaseRule.ANY) return true;
        for (int k = 0; k < s.surface.size(); k++) {
            String want = s.surface.get(k), got = words.get(start + k);
            if (s.rule == CaseRule.EXACT) {
                if (!want.equals(got)) return false;
            } else if (!want.isEmpty() && Character.isUpperCase(want.charAt(0))
                    && !got.isEmpty() && !Character.isUpperCase(got.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
