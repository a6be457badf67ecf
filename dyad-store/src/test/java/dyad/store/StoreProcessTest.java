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

/** Tests with real second processes: the write lock, and ingests killed part-way (issue 8 item 5). */
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
        List<String> expected = cleanSnapshot(in);
        Path killed = dir.resolve("killed.duckdb");
        for (int kill : new int[] {4, 17}) killAfter(killed, in, kill, 0);
        assertTrue(Files.exists(killed));
        rerun(killed, in);
        assertEquals(expected, Stores.snapshot(killed));
    }

    /**
     * Kills at random points, each followed by a rerun: every time the store converges to the clean run's state.
     * The points are seeded (the same on every run) and fall both between articles and inside one (a random delay
     * after an article's line, while the next one is being written).
     */
    @Test
    void ingestsKilledAtRandomPointsAlwaysConvergeToTheCleanState() throws Exception {
        Path in = corpus(dir);
        List<String> expected = cleanSnapshot(in);
        java.util.Random random = new java.util.Random(20261207L);
        for (int round = 0; round < 4; round++) {
            Path killed = dir.resolve("random-" + round + ".duckdb");
            killAfter(killed, in, 1 + random.nextInt(28), random.nextInt(40));
            rerun(killed, in);
            assertEquals(expected, Stores.snapshot(killed), "round " + round);
        }
    }

    private List<String> cleanSnapshot(Path in) throws Exception {
        Path clean = dir.resolve("clean.duckdb");
        if (!Files.exists(clean)) {
            try (EventStore s = EventStore.open(clean)) {
                Stores.ingest(s, in);
            }
        }
        return Stores.snapshot(clean);
    }

    /** Starts an ingest (40 ms per article) and kills it {@code extraMillis} after its {@code articles}-th line. */
    private static void killAfter(Path db, Path in, int articles, int extraMillis) throws Exception {
        Process p = Child.start("ingest", db.toString(), "40", in.toString());
        BufferedReader out = Child.lines(p);
        for (int i = 0; i < articles; i++) assertTrue(out.readLine().startsWith("article"));
        if (extraMillis > 0) Thread.sleep(extraMillis);
        p.destroyForcibly();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    }

    private static void rerun(Path db, Path in) throws Exception {
        Process rerun = Child.start("ingest", db.toString(), "0", in.toString());
        String last = null;
        // one reader for the whole output: a new one per line would lose what the previous one had buffered
        BufferedReader rerunOut = Child.lines(rerun);
        for (String line; (line = rerunOut.readLine()) != null; ) last = line;
        assertTrue(rerun.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue());
        assertTrue(last.startsWith("articles: "), last);
    }
}
