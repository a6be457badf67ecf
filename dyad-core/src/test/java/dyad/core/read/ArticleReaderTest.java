package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(new ReaderLimits(100_000));

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void headerGivesTheDateAndTheRestOfTheLineStartsTheBody() throws Exception {
        Article a = reader.read("a.txt", utf8(" date 2025-11-01 The Media Line has learned that the president will travel."), null);
        assertEquals(LocalDate.of(2025, 11, 1), a.date());
        assertTrue(a.body().startsWith("The Media Line"));
    }

    @Test
    void withoutHeaderTheFallbackDateApplies() throws Exception {
        Article a = reader.read("a.txt", utf8("The minister said the talks would resume."), LocalDate.of(2024, 1, 2));
        assertEquals(LocalDate.of(2024, 1, 2), a.date());
    }

    @Test
    void withoutAnyDateTheArticleIsStillRead() throws Exception {
        assertNull(reader.read("a.txt", utf8("The minister said the talks would resume."), null).date());
    }

    @Test
    void typographicQuotesAndDashesSurvive() throws Exception {
        Article a = reader.read("a.txt", utf8("date 2025-11-01 Syria’s entry — a “historic” move."), null);
        assertEquals("Syria’s entry — a “historic” move.", a.body());
    }

    @Test
    void paragraphsAreTheLinesOfTheBody() throws Exception {
        Article a = reader.read("a.txt", utf8("date 2025-11-01 First paragraph here.\n\nSecond one.\n"), null);
        assertEquals(2, a.paragraphs().size());
        assertEquals("Second one.", a.body().substring(a.paragraphs().get(1).start(), a.paragraphs().get(1).end()));
    }

    @Test
    void emptyFileIsRefused() {
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read("e.txt", new byte[0], null));
        assertEquals("empty file", e.reason());
    }

    @Test
    void binaryFileIsRefused() {
        assertThrows(BadArticleException.class, () -> reader.read("b.bin", new byte[] {1, 0, 2, 3, 0, 5}, null));
    }

    @Test
    void invalidUtf8IsRefused() {
        BadArticleException e = assertThrows(BadArticleException.class,
                () -> reader.read("l.txt", new byte[] {'d', 'a', (byte) 0xE9, 't', 'e'}, null));
        assertTrue(e.reason().contains("UTF-8"));
    }

    @Test
    void impossibleHeaderDateIsRefused() {
        BadArticleException e = assertThrows(BadArticleException.class,
                () -> reader.read("d.txt", utf8("date 2025-02-30 Text of the article."), null));
        assertTrue(e.reason().contains("impossible header date"));
    }

    @Test
    void nonEnglishTextIsRefused() {
        String german = "Der Außenminister hat am Dienstag in Berlin erklärt, dass die Regierung die Gespräche mit "
                + "den Nachbarländern fortsetzen werde. Die Opposition kritisierte die Entscheidung scharf und forderte Neuwahlen.";
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read("de.txt", utf8(german), null));
        assertTrue(e.reason().contains("not English"));
    }

    @Test
    void articleOverTheSizeLimitIsRefused() {
        String big = "The minister met the envoy. ".repeat(5000);
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read("big.txt", utf8(big), null));
        assertTrue(e.reason().contains("too large"));
    }
}
