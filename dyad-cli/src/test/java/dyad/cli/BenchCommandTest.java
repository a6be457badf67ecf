package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad corpus` then `dyad bench` on a tiny corpus: they run and print their fields (no timing is asserted). */
class BenchCommandTest {

    private static final Path OWN = Path.of(System.getProperty("user.dir")).resolveSibling("eval").resolve("own");

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void corpusWritesTheArticlesAndBenchPrintsItsTable(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Run c = run("corpus", "--count", "6", "--seed", "1", "--out", corpus.toString(), OWN.toString());
        assertEquals(0, c.status(), c.err());
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(6, files.count());
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, Files.readAllLines(OWN.resolve("gold.jsonl")).get(0) + "\n");
        Path goldArticles = dir.resolve("gold");
        Files.createDirectories(goldArticles);
        try (Stream<Path> s = Files.list(OWN)) {
            Path first = s.filter(p -> p.getFileName().toString().startsWith("o01-")).findFirst().orElseThrow();
            Files.copy(first, goldArticles.resolve(first.getFileName()));
        }
        Run b = run("bench", "--threads", "2", "--warmup", "2", "--gold", gold.toString(), "--gold-articles", goldArticles.toString(),
                corpus.toString());
        assertEquals(0, b.status(), b.err());
        for (String field : new String[] {"corpus: 6 articles", "tokens", "2 threads", "articles/s", "tokens/s", "start-up s",
                "peak heap MB", "events", "strict F1"}) {
            assertTrue(b.out().contains(field), field + " in\n" + b.out());
        }
        assertTrue(b.out().lines().anyMatch(l -> l.startsWith("dyad ")), b.out());
    }

    @Test
    void jsonHoldsTheBaselineAndTheRatio(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        assertEquals(0, run("corpus", "--count", "2", "--out", corpus.toString(), OWN.toString()).status());
        Run b = run("bench", "--baseline", "--json", "--warmup", "0", "--gold", dir.resolve("none.jsonl").toString(), corpus.toString());
        assertEquals(0, b.status(), b.err());
        JsonNode j = new ObjectMapper().readTree(b.out());
        assertEquals(2, j.get("articles").asInt());
        assertEquals(2, j.get("pipelines").size());
        assertTrue(j.get("pipelines").get(1).get("pipeline").asText().contains("ner,depparse"), b.out());
        for (JsonNode p : j.get("pipelines")) {
            assertTrue(p.get("articles_per_second").asDouble() > 0, b.out());
            assertTrue(p.get("peak_heap_bytes").asLong() > 0, b.out());
        }
        assertTrue(j.get("ratio_articles_per_second").asDouble() > 0, b.out());
    }

    @Test
    void aBadThreadCountIsAUsageError() {
        assertEquals(2, run("bench", "--threads", "0", "x").status());
    }
}
