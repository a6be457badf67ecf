package dyad.core.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The words and punctuation of a text with their offsets, and its sentence starts: what the tense guesser and the
 * reference look-ups work on. Built once per call of the tagger.
 */
final class Tokens {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "sgt", "capt",
            "cmdr", "adm", "maj", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "u.s", "u.n", "u.k", "d.c", "e.u");

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** Lower-case word, or the punctuation character. */
    final String[] word;
    /** True for a word (letters or digits), false for punctuation. */
    final boolean[] isWord;
    /** True when the word starts with an upper-case letter in the text. */
    final boolean[] capital;
    /** Char offsets where sentences start, ascending, the first 0; found when first asked for. */
    private int[] sentenceStarts;

    /** True for a token with a line break in the blank before it. */
    private final boolean[] afterLineBreak;

    Tokens(String text, String lower) {
        this.text = text;
        int n = text.length();
        int[] s = new int[n / 2 + 2];
        int[] e = new int[n / 2 + 2];
        boolean[] nl = new boolean[n / 2 + 2];
        boolean lineBreak = false;
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') lineBreak = true;
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetter(c)) {
                while (j < n && (Character.isLetter(text.charAt(j))
                        || (isApostrophe(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                        && !isPossessive(text, j)))) {
                    j++;
                }
            } else if (isApostrophe(c) && isPossessive(text, i)) {
                j = i + 2;
            } else if (Character.isDigit(c)) {
                while (j < n && Character.isDigit(text.charAt(j))) j++;
            }
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
                nl = Arrays.copyOf(nl, count * 2);
            }
            s[count] = i;
            e[count] = j;
            nl[count] = lineBreak;
            lineBreak = false;
            count++;
            i = j;
        }
        this.size = count;
        this.start = Arrays.copyOf(s, count);
        this.end = Arrays.copyOf(e, count);
        this.afterLineBreak = Arrays.copyOf(nl, count);
        boolean sameLength = lower.length() == text.length();
        this.word = new String[count];
        this.isWord = new boolean[count];
        this.capital = new boolean[count];
        for (int k = 0; k < count; k++) {
            char c = text.charAt(start[k]);
            isWord[k] = Character.isLetterOrDigit(c);
            capital[k] = Character.isUpperCase(c);
            String w = sameLength ? lower.substring(start[k], end[k])
                    : text.substring(start[k], end[k]).toLowerCase(Locale.ROOT);
            word[k] = w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
        }
    }

    /** True at the apostrophe of a possessive "'s" ("Friday's"): that is a token of its own. */
    private static boolean isPossessive(String text, int i) {
        return i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private int[] sentenceStarts() {
        if (sentenceStarts == null) sentenceStarts = splitSentences();
        return sentenceStarts;
    }

    private int[] splitSentences() {
        int[] starts = new int[8];
        int count = 1;
        for (int k = 0; k + 1 < size; k++) {
            boolean boundary = false;
            String w = word[k];
            if (!isWord[k] && (w.equals(".") || w.equals("!") || w.equals("?"))) {
                int next = k + 1;
                while (next < size && !isWord[next] && "\"'\u201d\u2019)".contains(word[next])) next++;
                if (next < size && (capital[next] || "\"\u201c".contains(word[next]))) {
                    boolean abbrev = w.equals(".") && k > 0 && isWord[k - 1] && end[k - 1] == start[k]
                            && (ABBREVIATIONS.contains(word[k - 1]) || word[k - 1].length() == 1);
                    boundary = !abbrev;
                }
                if (boundary) k = next - 1;
            }
            if (!boundary && afterLineBreak[k + 1]) boundary = true;
            if (boundary) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = start[k + 1];
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The index of the first token starting at or after the char offset (size if none). */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The char offset where the sentence holding the offset starts. */
    int sentenceStart(int offset) {
        int lo = 0;
        int[] sentenceStarts = sentenceStarts();
        int hi = sentenceStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentenceStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return sentenceStarts[lo];
    }

    /** The char offset where the sentence after the one holding the offset starts (text length if none). */
    int sentenceEnd(int offset) {
        for (int sStart : sentenceStarts()) {
            if (sStart > offset) return sStart;
        }
        return text.length();
    }

    boolean sameSentence(int a, int b) {
        return sentenceStart(a) == sentenceStart(b);
    }
}
