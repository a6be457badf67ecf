package dyad.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dyad.core.model.Article;
import dyad.core.model.Paragraph;
import dyad.core.read.ArticleReader;
import dyad.core.read.BadArticleException;
import dyad.core.read.ReaderLimits;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz targets for the plain-text article reader and its date header (SPEC section 1). Whatever the bytes, the reader
 * either gives an article or refuses it with a one-line reason; never another exception. In a normal build only the
 * seed inputs under src/test/resources/dyad/core/fuzz/ArticleReaderFuzzTestInputs run; with JAZZER_FUZZ=1 it fuzzes.
 */
class ArticleReaderFuzzTest {

    private static final ArticleReader READER = new ArticleReader(new ReaderLimits(200_000));
    private static final LocalDate FALLBACK = LocalDate.of(2024, 1, 2);
    private static final String BODY = "The foreign minister met the envoy in Cairo on Tuesday, officials said.";
    /**
     * A header the reader must take: blanks, "date", blanks, YYYY-MM-DD, then a word boundary as Java's regex sees it
     * (a date glued to any letter, "2025-03-04x" or one in another script, is no header: finding 1 of the fuzzing run).
     */
    private static final Pattern DATE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** The first word after "date". */
    private static final Pattern LIKE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S+)");

    /** Arbitrary bytes as a file's content. */
    @FuzzTest(maxDuration = "10m")
    void bytes(byte[] data) {
        try {
            check(READER.read("fuzz.txt", data, FALLBACK));
        } catch (BadArticleException e) {
            checkRefusal(e);
        }
    }

    /**
     * A date header of arbitrary words before a good English sentence: a real date in range is taken, an impossible
     * one refused, and a first word that begins with a digit but is no YYYY-MM-DD refused too, never read silently.
     */
    @FuzzTest(maxDuration = "10m")
    void headerDate(byte[] data) {
        String header = new String(data, StandardCharsets.UTF_8);
        if (header.length() > 64) header = header.substring(0, 64);
        String text = "date " + header + " " + BODY;
        Matcher spelled = DATE.matcher(text);
        Matcher like = LIKE.matcher(text);
        boolean dated = spelled.find();
        LocalDate valid = dated ? headerDate(spelled) : null;
        boolean inRange = valid != null && valid.getYear() >= 1800 && valid.getYear() <= 2200;
        boolean digitWord = !dated && like.lookingAt() && Character.isDigit(like.group(1).codePointAt(0));
        Article a;
        try {
            a = READER.read("fuzz.txt", text, FALLBACK);
        } catch (BadArticleException e) {
            checkRefusal(e);
            boolean plain = header.codePoints().allMatch(c -> c < 0x80 && !Character.isISOControl(c));
            if (inRange && plain) throw new AssertionError("a good header date " + valid + " was refused: " + e.reason());
            return;
        }
        check(a);
        if (dated && !inRange) throw new AssertionError("an impossible header date was read: '" + header + "'");
        if (digitWord) throw new AssertionError("a header that is no YYYY-MM-DD was read as text: '" + header + "'");
        if (inRange) assertEquals(valid, a.date(), "the header date of '" + header + "'");
        else assertEquals(FALLBACK, a.date(), "no header, so the fallback date: '" + header + "'");
    }

    /** The date the header spells, when it spells a real one; null otherwise. */
    private static LocalDate headerDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void check(Article a) {
        assertNotNull(a.body());
        assertFalse(a.body().isBlank(), "an article with no text");
        if (a.date() != null && !a.date().equals(FALLBACK)) {
            assertTrue(a.date().getYear() >= 1800 && a.date().getYear() <= 2200, "header date " + a.date());
        }
        for (Paragraph p : a.paragraphs()) {
            assertTrue(0 <= p.start() && p.start() <= p.end() && p.end() <= a.body().length(), "paragraph " + p);
        }
    }

    private static void checkRefusal(BadArticleException e) {
        assertNotNull(e.reason());
        assertFalse(e.reason().isBlank(), "a refusal without a reason");
        assertFalse(e.reason().contains("\n") || e.reason().contains("\r"), "a reason of two lines: " + e.reason());
        assertEquals("fuzz.txt", e.article());
    }
}
