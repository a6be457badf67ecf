package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests with real second processes: the write lock, and an ingest killed part-way. */
class StoreProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterGetsAClearError() throws Exception {
        Path db = dir.resolve("busy.duckdb");
        Process holder = Child.start("hold", db.toString(), "30");
        try {
            BufferedReader out = Child.lines(holder);
            assertEquals("ready", out.readLine());
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> EventStore.open(db));
            assertTrue(e.getMessage().startsWith("store " + db + " is in use by another process"), e.getMessage());
            assertThrows(StoreInUseException.class, () -> EventStore.openReadOnly(db));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals("1", s.meta("schema_version"));
        }
    }

    /** Thirty articles in three outlets' style, with plans, visits, cancellations and a failure. */
    static Path corpus(Path dir) throws Exception {
        Path in = dir.resolve("corpus");
        String[] pairs = {"SYR USA", "USA SYR", "IRN OMN", "FRA DEU", "ISR LBN"};
        for (int i = 0; i < 30; i++) {
            String[] p = pairs[i % pairs.length].split(" ");
            String day = String.format("2025-10-%02d", 1 + i);
            String next = String.format("2025-11-%02d", 1 + i % 28);
            Stores.article(in, String.format("a%02d.txt", i), day, "Report number " + i + " on the talks.",
                    "[042 " + p[0] + " " + p[1] + " " + next + " planned] will visit on " + next,
                    "[040 " + p[1] + " " + p[0] + " - asserted] met officials",
                    i % 7 == 3 ? "[042 " + p[0] + " " + p[1] + " - negated] the visit was called off" : "[112 " + p[0] + " " + p[1] + " - asserted] accused",
                    i == 13 ? "[FAIL]" : "");
        }
        return in;
    }

    @Test
    void anIngestKilledPartWayIsCompletedByTheRerunToTheCleanState() throws Exception {
        Path in = corpus(dir);
        Path clean = dir.resolve("clean.duckdb");
        try (EventStore s = EventStore.open(clean)) {
            Stores.ingest(s, in);
        }
        List<String> expected = Stores.snapshot(clean);

        Path killed = dir.resolve("killed.duckdb");
        for (int kill : new int[] {4, 17}) {
            Process p = Child.start("ingest", killed.toString(), "40", in.toString());
            BufferedReader out = Child.lines(p);
            for (int i = 0; i < kill; i++) assertTrue(out.readLine().startsWith("article"));
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(killed));
        Process rerun = Child.start("ingest", killed.toString(), "0", in.toString());
        String last = null;
        // one reader for the whole output: a new one per line would lose what the previous one had buffered
        BufferedReader rerunOut = Child.lines(rerun);
        for (String line; (line = rerunOut.readLine()) != null; ) last = line;
        assertTrue(rerun.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue());
        assertTrue(last.startsWith("articles: "), last);
        assertEquals(expected, Stores.snapshot(killed));
    }
}
