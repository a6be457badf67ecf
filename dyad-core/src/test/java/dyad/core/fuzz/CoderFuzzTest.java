package dyad.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzz target for the whole coder on arbitrary short text: it never throws, and every record it gives is whole
 * (SPEC section 2): its evidence is the body cut at its offsets, its code and ids are set, it serialises to JSON.
 * The coder is costly to build: the tests' shared one is used ({@link Fixtures#coder()}, time limit 60 s).
 *
 * <p>Input layout: byte 0 picks the article date (none or one of three) and the decoding (UTF-8, or UTF-16 to reach
 * every char); the rest, up to 3,000 chars, is the body.
 */
class CoderFuzzTest {

    private static final LocalDate[] DATES = {null, LocalDate.of(2025, 3, 4), LocalDate.of(1973, 10, 6),
            LocalDate.of(2024, 2, 29)};
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "20m")
    void code(byte[] data) throws Exception {
        if (data.length < 1) return;
        LocalDate date = DATES[(data[0] & 0xff) % DATES.length];
        String body = (data[0] & 0x80) == 0 ? new String(data, 1, data.length - 1, StandardCharsets.UTF_8)
                : new String(data, 1, data.length - 1, StandardCharsets.UTF_16LE);
        if (body.length() > 3000) body = body.substring(0, 3000);
        Article article = Article.of("fuzz", date, body);
        List<EventRecord> records = Fixtures.coder().code(article);
        for (EventRecord r : records) {
            assertEquals("fuzz", r.article());
            assertNotNull(r.eventId());
            assertNotNull(r.cameo());
            assertNotNull(r.evidence());
            int start = r.evidence().start();
            int end = r.evidence().end();
            assertTrue(0 <= start && start <= end && end <= body.length(), "evidence offsets of " + r);
            assertEquals(body.substring(start, end), r.evidence().text(), "evidence text of " + r);
            assertNotNull(JSON.writeValueAsString(r));
        }
    }
}
