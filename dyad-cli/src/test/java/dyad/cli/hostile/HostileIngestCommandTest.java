package dyad.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dyad.cli.Main;
import dyad.core.hostile.HostileCorpus;
import dyad.core.hostile.HostileCorpus.Case;
import dyad.core.hostile.HostileCorpus.Outcome;
import dyad.store.EventStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * {@code dyad ingest} over the whole hostile corpus into a store that already holds a good article (issue 8 item 2):
 * no crash, exit status 1, every bad input in the errors table with its reason, every good article stored with its
 * events, the article stored before untouched, and nothing of the XXE target file anywhere in the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileIngestCommandTest {

    private Path dir;
    private Path db;
    private List<Case> cases;
    private int firstStatus;
    private int status;
    private List<String> before;
    /** errors table: article id -> reason. */
    private final Map<String, String> errors = new TreeMap<>();
    /** articles table: id -> number of mentions. */
    private final Map<String, Integer> stored = new TreeMap<>();

    @BeforeAll
    void ingestTheCorpusIntoAStoreWithAnArticle() throws Exception {
        dir = Files.createTempDirectory("dyad-hostile-ingest");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        cases = HostileCorpus.write(corpus);
        Path first = Files.writeString(dir.resolve("before.txt"), "date 2025-06-10 " + HostileCorpus.GOOD_BODY_2);
        db = dir.resolve("hostile.duckdb");
        firstStatus = run("ingest", "--db", db.toString(), first.toString());
        before = rows("SELECT m.cameo || ' ' || m.mention_id FROM mentions m JOIN articles a USING (article_key) "
                + "WHERE a.id = 'before.txt' ORDER BY 1");
        status = run("ingest", "--db", db.toString(), "--time-limit", "30", corpus.toString());
        for (String r : rows("SELECT article || '\t' || reason FROM errors")) {
            String[] f = r.split("\t", 2);
            errors.put(f[0], f[1]);
        }
        for (String r : rows("SELECT id || '\t' || num_mentions FROM articles")) {
            String[] f = r.split("\t", 2);
            stored.put(f[0], Integer.parseInt(f[1]));
        }
        System.out.println("dyad ingest over " + cases.size() + " hostile files: status " + status + ", "
                + errors.size() + " errors, " + stored.size() + " articles stored: " + stored.keySet());
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (dir == null) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void exitStatusIsOneWhenSomeArticlesFailed() {
        assertEquals(0, firstStatus);
        assertEquals(1, status, "1 when some articles failed");
    }

    @Test
    void theArticleStoredBeforeIsUntouched() throws Exception {
        assertFalse(before.isEmpty(), "the first article gave no events");
        assertEquals(before, rows("SELECT m.cameo || ' ' || m.mention_id FROM mentions m JOIN articles a USING (article_key) "
                + "WHERE a.id = 'before.txt' ORDER BY 1"));
    }

    @Test
    void everyBadInputIsInTheErrorsTableWithItsReasonAndEveryGoodOneIsStored() {
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            List<String> named = errors.entrySet().stream().filter(e -> e.getKey().startsWith(c.file()))
                    .map(e -> e.getKey() + ": " + e.getValue()).toList();
            if (c.outcome() == Outcome.REFUSED) {
                if (named.isEmpty()) problems.add(c.file() + ": not in the errors table");
                for (String n : named) {
                    if (c.reason() != null && !n.toLowerCase(Locale.ROOT).contains(c.reason().toLowerCase(Locale.ROOT))) {
                        problems.add(c.file() + ": '" + n + "' does not say '" + c.reason() + "'");
                    }
                }
            }
            if (c.outcome() == Outcome.CODED && !named.isEmpty()) problems.add(c.file() + ": a good input failed: " + named);
            if (c.outcome() == Outcome.CODED && c.format() == HostileCorpus.Format.TEXT && !stored.containsKey(c.file())) {
                problems.add(c.file() + ": not stored");
            }
            // a good article inside a container is stored, or known already (the same text as one stored before)
            for (String id : c.goodIds()) {
                if (errors.keySet().stream().anyMatch(k -> k.contains(id))) problems.add(c.file() + ": the good article " + id + " failed");
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void noReasonIsACrash() {
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String r = e.getValue();
            assertFalse(r.contains("coding failed") || r.contains("java.lang.") || r.contains("NullPointer")
                    || r.contains("StackOverflow") || r.contains("OutOfMemory"), e.getKey() + ": " + r);
        }
    }

    @Test
    void nothingOfTheLocalFileIsStored() throws Exception {
        assertEquals(List.of("0"), rows("SELECT count(*) FROM articles WHERE body LIKE '%" + HostileCorpus.SECRET + "%'"));
        assertEquals(List.of("0"), rows("SELECT count(*) FROM errors WHERE reason LIKE '%" + HostileCorpus.SECRET + "%'"));
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (EventStore s = EventStore.openReadOnly(db); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private static int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
