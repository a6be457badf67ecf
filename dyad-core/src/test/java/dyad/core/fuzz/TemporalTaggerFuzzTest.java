package dyad.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dyad.core.time.Direction;
import dyad.core.time.TemporalTagger;
import dyad.core.time.Timex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzz target for the temporal tagger (dyad.core.time): any text, any anchor, any tense. Every expression it returns
 * lies inside the text, is the text at its offsets, comes in text order without overlap, and spans a real interval.
 *
 * <p>Input layout: byte 0 picks the anchor (none, or one of a few dates from 1800 to 2200), byte 1 the tense, byte 2
 * the decoding (UTF-8, or UTF-16 to reach every char, lone surrogates included); the rest is the text.
 */
class TemporalTaggerFuzzTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();
    private static final LocalDate[] ANCHORS = {null, LocalDate.of(2025, 3, 4), LocalDate.of(2024, 2, 29),
            LocalDate.of(1999, 12, 31), LocalDate.of(1800, 1, 1), LocalDate.of(2200, 12, 31), LocalDate.of(2025, 1, 1)};
    private static final Direction[] DIRECTIONS = {null, Direction.PAST, Direction.FUTURE, Direction.UNKNOWN};

    @FuzzTest(maxDuration = "15m")
    void tag(byte[] data) {
        if (data.length < 3) return;
        LocalDate anchor = ANCHORS[(data[0] & 0xff) % ANCHORS.length];
        Direction direction = DIRECTIONS[(data[1] & 0xff) % DIRECTIONS.length];
        String text = (data[2] & 1) == 0 ? new String(data, 3, data.length - 3, StandardCharsets.UTF_8)
                : new String(data, 3, data.length - 3, StandardCharsets.UTF_16LE);
        if (text.length() > 4000) text = text.substring(0, 4000);
        List<Timex> found = TAGGER.tag(text, anchor, direction);
        assertNotNull(found);
        int end = 0;
        for (Timex t : found) {
            assertTrue(0 <= t.start() && t.start() < t.end() && t.end() <= text.length(), "offsets of " + t);
            assertEquals(text.substring(t.start(), t.end()), t.text(), "text of " + t);
            assertTrue(t.start() >= end, "overlapping or out of order: " + found);
            end = t.end();
            assertNotNull(t.type(), "type of " + t);
            if (t.from() != null && t.to() != null) assertTrue(!t.to().isBefore(t.from()), "interval of " + t);
        }
    }
}
