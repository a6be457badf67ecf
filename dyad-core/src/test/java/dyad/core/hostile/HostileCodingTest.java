package dyad.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.ArticleTimeoutException;
import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import dyad.core.nlp.NlpPipeline;
import dyad.core.read.ArticleReader;
import dyad.core.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bounded cost per article (issue 8 item 3): a runaway sentence is cut into pieces before any stage sees it, and an
 * article that takes longer than the coder's time limit is given up with a reason while the next one is coded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCodingTest {

    /** Long enough for the good article on a busy machine, far too short for a 900,000-character one (about 12 s). */
    private static final Duration LIMIT = Duration.ofSeconds(3);
    /** What the uninterruptible parts (the tokenizer over the whole text) may add to the limit on a busy machine. */
    private static final long SLACK_MILLIS = 45_000;

    private Coder coder;

    @BeforeAll
    void buildTheCoder() {
        coder = new Coder(LIMIT, Fixtures.nlp());
    }

    @Test
    void aRunawaySentenceIsCutIntoPiecesThatKeepTheirOffsets() {
        String line = HostileCorpus.oneLine(200_000).substring("date 2025-03-04 ".length());
        List<Sentence> sentences = Fixtures.nlp().analyse(line, words -> true);
        assertTrue(sentences.size() > 100, "one 200 KB line with no full stop: " + sentences.size() + " pieces");
        int end = 0;
        for (Sentence s : sentences) {
            assertTrue(s.tokens().size() <= NlpPipeline.MAX_SENTENCE_TOKENS, "a piece of " + s.tokens().size() + " tokens");
            assertTrue(s.begin() >= end, "pieces out of order");
            end = s.end();
            for (Token t : s.tokens()) assertEquals(t.word(), line.substring(t.begin(), t.end()), "offsets of " + t.word());
        }
    }

    @Test
    void anArticleOverTheTimeLimitIsGivenUpAndTheNextIsCoded() throws Exception {
        Article big = new ArticleReader().read("big.txt", HostileCorpus.englishArticle(900_000, 3), null);
        long t0 = System.nanoTime();
        ArticleTimeoutException e = assertThrows(ArticleTimeoutException.class, () -> coder.code(big));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("big.txt", e.article());
        assertEquals("took longer than 3 s to code (the time limit per article)", e.reason());
        assertTrue(millis < LIMIT.toMillis() + SLACK_MILLIS, "gave up only after " + millis + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the coder left its interrupt on the caller's thread");

        Article good = new ArticleReader().read("good.txt", "date 2025-03-04 " + HostileCorpus.GOOD_BODY, null);
        List<EventRecord> records = coder.code(good);
        assertTrue(records.size() >= 2, "the next article was not coded: " + records);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aOneMegabyteLineIsCodedOrGivenUpWithinTheLimit() throws Exception {
        Article line = new ArticleReader().read("one-line.txt", HostileCorpus.oneLine(1_000_000), LocalDate.of(2025, 3, 4));
        long t0 = System.nanoTime();
        try {
            coder.code(line);
        } catch (ArticleTimeoutException e) {
            assertEquals("one-line.txt", e.article());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < LIMIT.toMillis() + SLACK_MILLIS, "took " + millis + " ms");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
