package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.Actor;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end through {@link Main}, with a stand-in coder (the real one is tested elsewhere). */
class StoreCommandsTest {

    /** Lines "[CAMEO SRC TGT DATE MODALITY] text" become records; DATE "-" means dated by the article. */
    static final Function<Article, List<EventRecord>> SCRIPT = a -> {
        List<EventRecord> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\[(\\d{3}) (\\w+) (\\w+) (\\S+) (\\w+)\\] (.*)$").matcher(a.body());
        String ad = a.date() == null ? null : a.date().toString();
        while (m.find()) {
            boolean byArticle = m.group(4).equals("-");
            out.add(new EventRecord(a.id(), ad, a.id() + "#" + out.size(), actor(m.group(2)), actor(m.group(3)), m.group(1),
                    m.group(1).substring(0, 2), m.group(1).startsWith("1") ? 3 : 1, m.group(1).startsWith("1") ? -2.0 : 1.9,
                    null, byArticle ? ad : m.group(4), byArticle ? "article" : "text", m.group(5), null, null,
                    new Evidence(0, 0, 1, m.group(6)), 0.8));
        }
        return out;
    };

    static Actor actor(String iso) {
        return new Actor(iso + " officials", null, iso, "GOV", iso + "GOV");
    }

    @TempDir
    Path dir;

    Path db;
    PrintStream realOut;
    PrintStream realErr;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        IngestCommand.coders = limit -> SCRIPT;
        db = dir.resolve("store/dyad.duckdb");
        realOut = System.out;
        realErr = System.err;
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a1.txt"), "date 2025-11-01\nSharaa will visit Washington.\n"
                + "[042 SYR USA 2025-11-10 planned] Sharaa will visit Washington on November 10.\n");
        Files.writeString(in.resolve("a2.txt"), "date 2025-11-10\nThe Syrian president arrived at the White House on Monday, and he was met by the president.\n"
                + "[042 SYR USA - asserted] Sharaa arrived in Washington.\n[112 SYR ISR - asserted] Syria accused Israel.\n");
        Files.writeString(in.resolve("a3.txt"), "date 2025-02-30\nA bad date.\n");
    }

    @AfterEach
    void tearDown() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    String out() { return out.toString(StandardCharsets.UTF_8); }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void ingestThenQueryThenExport() throws Exception {
        assertEquals(1, run("ingest", "--db", db.toString(), dir.resolve("in").toString()));
        assertEquals("articles: 2 new, 0 already known, 1 failed; events: 2 new, 1 mentions merged into known events\n", out(), err());
        assertTrue(err().contains("dyad: a3.txt: impossible header date 2025-02-30"), err());
        assertEquals(1, run("ingest", "--db", db.toString(), dir.resolve("in").toString()));
        assertTrue(out().startsWith("articles: 0 new, 2 already known, 1 failed; events: 0 new"), out());

        assertEquals(0, run("events", "--db", db.toString(), "--format", "jsonl"));
        List<JsonNode> events = jsonl(out());
        assertEquals(2, events.size());
        JsonNode visit = events.stream().filter(e -> e.get("cameo").asText().equals("042")).findFirst().orElseThrow();
        assertEquals(2, visit.get("num_mentions").asInt());
        assertEquals("asserted", visit.get("modality").asText());
        assertEquals("SYR", visit.get("source").get("country").asText());

        assertEquals(0, run("events", "--db", db.toString(), "--dyad", "USA-SYR", "--since", "2025-11-01", "--format", "csv"));
        String[] csv = out().split("\r\n");
        assertEquals(2, csv.length, out());
        assertTrue(csv[1].contains(",042,"), csv[1]);

        assertEquals(0, run("timeline", "--db", db.toString(), "--dyad", "SYR-ISR", "--by", "year", "--format", "table"));
        assertTrue(out().startsWith("period  events  goldstein_sum"), out());
        assertTrue(out().lines().anyMatch(l -> l.matches("2025 +1 +-2\\.0 +-2\\.0 +0 +0 +1 +0 +1")), out());

        assertEquals(0, run("expectations", "--db", db.toString(), "--status", "fulfilled", "--format", "jsonl"));
        JsonNode x = jsonl(out()).get(0);
        assertEquals("fulfilled", x.get("status").asText());
        assertEquals("a1.txt", x.get("asserted_by").asText());
        assertEquals("a2.txt", x.get("decided_by").asText());
        assertEquals("2025-11-10", x.get("window").get("to").asText());

        Path gdelt = dir.resolve("out/events.tsv");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString()));
        assertTrue(err().contains("wrote 2 events"), err());
        for (String line : Files.readAllLines(gdelt)) assertEquals(61, line.split("\t", -1).length);
        assertEquals(0, run("export", "--db", db.toString(), "--format", "parquet", "--out", dir.resolve("e.parquet").toString()));
        assertTrue(Files.size(dir.resolve("e.parquet")) > 0);
    }

    @Test
    void usageAndStoreErrors() {
        // picocli's usage errors: exit status as Main maps them (SPEC section 4 asks for 2)
        assertNotEquals(0, run("export", "--db", db.toString(), "--format", "gdelt"));
        assertTrue(err().contains("Missing required option: '--out=FILE'"), err());
        assertNotEquals(0, run("timeline", "--db", db.toString()));
        assertNotEquals(0, run("expectations", "--status", "maybe"));
        assertTrue(err().contains("Invalid value for option '--status'"), err());
        assertEquals(1, run("events", "--db", dir.resolve("nothing.duckdb").toString()));
        assertTrue(err().contains("does not exist"), err());
        assertEquals(2, run("events", "--db", db.toString(), "--dyad", "SYRIA"));
    }

    @Test
    void progressBarDrawsOnATerminalAndPrintsMessagesAboveIt() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(b, true, StandardCharsets.UTF_8), true);
        bar.show(3, 12, "5 new, 0 known, 1 failed; 7 events new", true);
        bar.message("dyad: x.txt: not valid UTF-8 text");
        bar.done();
        String s = b.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r[######..................] 3/12 files  5 new, 0 known, 1 failed; 7 events new"), s);
        assertTrue(s.contains("\ndyad: x.txt: not valid UTF-8 text\n") || s.contains("\rdyad: x.txt"), s);
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ProgressBar off = new ProgressBar(new PrintStream(quiet, true, StandardCharsets.UTF_8), false);
        off.show(1, 2, "x", true);
        off.message("dyad: y: reason");
        assertEquals("dyad: y: reason\n", quiet.toString(StandardCharsets.UTF_8));
    }

    static List<JsonNode> jsonl(String s) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : s.split("\n")) if (!line.isBlank()) out.add(json.readTree(line));
        return out;
    }
}
