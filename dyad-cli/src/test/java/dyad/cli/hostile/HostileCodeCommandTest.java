package dyad.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.cli.Main;
import dyad.core.hostile.HostileCorpus;
import dyad.core.hostile.HostileCorpus.Case;
import dyad.core.hostile.HostileCorpus.Format;
import dyad.core.hostile.HostileCorpus.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code dyad code} over the whole hostile corpus in one run, in process (issue 8 item 2, issue 3 item 7): no crash,
 * every bad input named on standard error with a reason on one line, every good article coded, exit status 1, and
 * the run bounded in time by the limits (article size, sentence length, time per article).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCodeCommandTest {

    /** Per article, in this test: the default (60 s) would only make the run longer. */
    private static final int TIME_LIMIT_SECONDS = 30;

    private Path dir;
    private List<Case> cases;
    private int status;
    private long millis;
    private String stdout;
    private List<String> errors;
    /** Event records per article id. */
    private final Map<String, Integer> records = new TreeMap<>();

    @BeforeAll
    void runDyadCodeOverTheCorpus() throws IOException {
        dir = Files.createTempDirectory("dyad-hostile-cli");
        cases = HostileCorpus.write(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        long t0 = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run("code", "--time-limit", String.valueOf(TIME_LIMIT_SECONDS), dir.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
        stdout = out.toString(StandardCharsets.UTF_8);
        errors = new ArrayList<>();
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("SLF4J:")) errors.add(line);
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) continue;
            JsonNode r = json.readTree(line);
            records.merge(r.path("article").asText(), 1, Integer::sum);
        }
        System.out.println("dyad code over " + cases.size() + " hostile files: status " + status + ", " + millis + " ms, "
                + errors.size() + " lines on standard error, records " + records);
        errors.forEach(l -> System.out.println("  " + l));
    }

    @AfterAll
    void cleanUp() throws IOException {
        HostileCorpus.delete(dir);
    }

    @Test
    void exitStatusIsOneWhenSomeArticlesFailed() {
        assertEquals(1, status, "SPEC section 4: 1 when some articles failed");
    }

    @Test
    void nothingCrashesAndEveryLineOnStandardErrorNamesAnArticleWithAReason() {
        for (String line : errors) {
            assertTrue(line.matches("dyad: .+: .+"), "not 'dyad: NAME: REASON': " + line);
            // a stack trace, or an unexpected error that a catch-all turned into a line: a crash all the same
            boolean crash = line.contains("Exception in thread") || line.contains("coding failed")
                    || line.contains("java.lang.") || line.contains("StackOverflowError") || line.contains("OutOfMemoryError");
            assertFalse(crash, "a crash on standard error: " + line);
        }
    }

    @Test
    void theRunIsBoundedInTime() {
        // the coder's start (models, dictionaries) plus at most the time limit for the few articles that reach it
        assertTrue(millis < 6 * 60_000L, "the run took " + millis + " ms");
    }

    @Test
    void nothingOfTheLocalFileLeaks() {
        assertFalse(stdout.contains(HostileCorpus.SECRET), "the XXE target appeared on standard output");
        for (String line : errors) assertFalse(line.contains(HostileCorpus.SECRET), "the XXE target appeared: " + line);
    }

    @Test
    void plainTextArticles() {
        check(Format.TEXT);
        // one line for each bad text file: it is one article
        for (Case c : HostileCorpus.of(cases, Format.TEXT)) {
            if (c.outcome() == Outcome.REFUSED) assertEquals(1, linesNaming(c).size(), c.file() + ": " + linesNaming(c));
        }
        // the good one is coded
        assertTrue(records.getOrDefault("good.txt", 0) >= 2, "good.txt was not coded: " + records);
    }

    @Test
    void htmlPages() {
        check(Format.HTML);
    }

    @Test
    void feeds() {
        check(Format.FEED);
    }

    @Test
    void warcFiles() {
        check(Format.WARC);
    }

    @Test
    void jsonLines() {
        check(Format.JSON_LINES);
        assertTrue(linesNaming(HostileCorpus.of(cases, Format.JSON_LINES).get(0)).size() >= 12,
                "one line per bad JSON line: " + errors);
    }

    private void check(Format format) {
        List<String> problems = new ArrayList<>();
        for (Case c : HostileCorpus.of(cases, format)) {
            List<String> named = linesNaming(c);
            switch (c.outcome()) {
                case REFUSED -> {
                    if (named.isEmpty()) problems.add(c.file() + ": not named on standard error");
                    if (c.reason() != null) {
                        for (String line : named) {
                            if (!line.toLowerCase(Locale.ROOT).contains(c.reason().toLowerCase(Locale.ROOT))) {
                                problems.add(c.file() + ": '" + line + "' does not say '" + c.reason() + "'");
                            }
                        }
                    }
                }
                case CODED -> {
                    if (!named.isEmpty()) problems.add(c.file() + ": a good input was named: " + named);
                    if (format == Format.TEXT && records.getOrDefault(c.file(), 0) == 0) problems.add(c.file() + ": not coded");
                }
                case SURVIVES -> { }
            }
            for (String id : c.goodIds()) {
                if (records.getOrDefault(id, 0) == 0) problems.add(c.file() + ": the good article " + id + " was not coded");
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    /** The standard error lines that name the case's file (or an article inside it), as the command prints names. */
    private List<String> linesNaming(Case c) {
        String name = c.file().replace("\n", "\\n").replace("\u001b", "\\u001b");
        return errors.stream().filter(l -> l.startsWith("dyad: " + name)).toList();
    }
}
