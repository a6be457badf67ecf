package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad code` as SPEC section 4 says: records on standard output, bad articles named on standard error, exit 0/1/2. */
class CodeCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void aBadArticleIsNamedAndTheOthersAreStillCoded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "date 2025-06-14 Israel launched air strikes on Iranian nuclear sites on Friday.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        CommandRun r = run("code", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.out().contains("\"cameo\":\"195\""), r.out());
    }

    @Test
    void everyArticleCodedExitsZero(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "date 2024-09-04 China launched an investigation into Canadian canola imports on Tuesday.");
        assertEquals(0, run("code", dir.toString()).status());
    }

    @Test
    void aUsageErrorExitsTwo() {
        assertEquals(2, run("code", "--no-such-option").status());
    }

    @Test
    void theDateOptionDatesArticlesWithoutHeader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Iran will host talks with Oman on Sunday.");
        CommandRun r = run("code", "--date", "2025-06-12", dir.resolve("a.txt").toString());
        assertTrue(r.out().contains("\"article_date\":\"2025-06-12\""), r.out());
        assertTrue(r.out().contains("\"date\":\"2025-06-15\""), r.out());
    }

    @Test
    void tsvHasAHeaderAndOneRowPerRecord(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "date 2024-09-04 China launched an investigation into Canadian canola imports on Tuesday.");
        String[] lines = run("code", "--format", "tsv", dir.toString()).out().split("\n");
        assertTrue(lines[0].startsWith("article\tarticle_date\tevent_id"));
        assertTrue(lines.length >= 2);
    }

    @Test
    void threadsGiveTheRecordsOfOneThreadInTheInputOrder(@TempDir Path dir) throws Exception {
        String[] bodies = {
            "Israel launched air strikes on Iranian nuclear sites on Friday.",
            "China launched an investigation into Canadian canola imports on Tuesday.",
            "Iran will host talks with Oman on Sunday.",
            "Russia expelled two British diplomats on Monday.",
            "Egypt mediated talks between Israel and Hamas in Cairo on Wednesday.",
            "Japan protested to China over the detention of its citizen on Thursday.",
        };
        for (int i = 0; i < bodies.length; i++) Files.writeString(dir.resolve("a" + i + ".txt"), "date 2025-06-14 " + bodies[i]);
        Files.write(dir.resolve("a3-empty.txt"), new byte[0]);
        CommandRun one = run("code", dir.toString());
        CommandRun two = run("code", "--threads", "2", dir.toString());
        assertEquals(one.status(), two.status());
        assertEquals(one.out(), two.out());
        assertEquals(one.err(), two.err());
        assertTrue(one.out().lines().count() >= bodies.length, one.out());
    }

    @Test
    void noThreadsIsAUsageError() {
        assertEquals(2, run("code", "--threads", "0", "x.txt").status());
    }
}
