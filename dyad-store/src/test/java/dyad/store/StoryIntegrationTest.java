package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.Coder;
import dyad.core.merge.DateWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The developing story of {@code eval/story} through the real coder and the store, checked against the "As data"
 * block of its EXPECTED.md: each expected event is one store event with the expected articles and final
 * modality, and each expectation ends with the expected status, decided by the expected article. Tagged "coder":
 * it measures the coder as much as the store, and is run on its own (see dyad-store/README.md).
 */
@Tag("coder")
class StoryIntegrationTest {

    @TempDir
    Path dir;

    static Path story() {
        String repo = System.getProperty("dyad.repo");
        Path root = repo != null ? Path.of(repo) : Path.of("..");
        return root.resolve("eval/story");
    }

    @Test
    void theStoryEndsAsExpected() throws Exception {
        Path story = story();
        Assumptions.assumeTrue(Files.isRegularFile(story.resolve("EXPECTED.md")), "no eval/story/EXPECTED.md yet");
        JsonNode expected = expectedData(Files.readString(story.resolve("EXPECTED.md")));
        Coder coder = new Coder();
        try (EventStore store = EventStore.open(dir.resolve("story.duckdb"))) {
            IngestReport report = new Ingester(store, coder::code, StoreVersions.coder())
                    .ingest(List.of(story), null, new Ingester.Listener() {});
            Assumptions.assumeTrue(Stores.count(store, "SELECT count(*) FROM mentions") > 0, "the coder gives no events yet");
            assertEquals(0, report.articlesFailed(), report.summary());
            List<String> problems = new ArrayList<>();
            java.util.Map<String, String> found = new java.util.HashMap<>();
            for (JsonNode e : expected.get("events")) {
                String id = findEvent(store, e, found.values());
                if (id != null) found.put(e.get("key").asText(), id);
                checkEvent(store, e, id, problems);
            }
            for (JsonNode x : expected.get("expectations")) checkExpectation(store, found.get(x.get("event").asText()), x, problems);
            assertTrue(problems.isEmpty(), "the story store differs from EXPECTED.md:\n  " + String.join("\n  ", problems)
                    + "\n" + String.join("\n", Stores.rows(store, "SELECT event_no, merge_key, cameo, date, modality, num_mentions, "
                    + "(SELECT string_agg(DISTINCT article, ' ') FROM mentions m WHERE m.event_id = e.event_id) FROM events e "
                    + "ORDER BY merge_key, date")));
        }
    }

    /** The JSON block under "As data". */
    static JsonNode expectedData(String md) throws Exception {
        int start = md.indexOf("```json");
        int end = md.indexOf("```", start + 7);
        return new ObjectMapper().readTree(md.substring(start + 7, end));
    }

    /**
     * The store event that best fits an expected one and is not taken by an earlier one: its actors, a code of its
     * prefixes, its date; most mentions first.
     */
    static String findEvent(EventStore store, JsonNode e, java.util.Collection<String> taken) throws Exception {
        String sql = "SELECT event_id, cameo, win_from, win_to, source_key, target_key FROM events "
                + "WHERE ((source_key = ? AND target_key = ?) OR (? AND source_key = ? AND target_key = ?)) ORDER BY num_mentions DESC, event_no";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            String s = e.get("source").asText(), t = e.get("target").asText();
            ps.setString(1, s);
            ps.setString(2, t);
            ps.setBoolean(3, e.path("symmetric").asBoolean());
            ps.setString(4, t);
            ps.setString(5, s);
            DateWindow want = e.get("date").isNull() ? DateWindow.OPEN : DateWindow.of(e.get("date").asText());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String cameo = r.getString(2);
                    boolean code = false;
                    for (JsonNode p : e.get("code")) code |= cameo.startsWith(p.asText());
                    DateWindow w = new DateWindow(date(r.getString(3)), date(r.getString(4)));
                    if (code && w.overlaps(want) && !taken.contains(r.getString(1))) return r.getString(1);
                }
            }
        }
        return null;
    }

    private static java.time.LocalDate date(String s) {
        return s == null ? null : java.time.LocalDate.parse(s);
    }

    static void checkEvent(EventStore store, JsonNode e, String id, List<String> problems) throws Exception {
        String key = e.get("key").asText();
        if (id == null) {
            problems.add(key + ": no such event");
            return;
        }
        Set<String> want = new TreeSet<>();
        e.get("mentions").forEach(m -> want.add(m.asText()));
        Set<String> got = new TreeSet<>(Stores.rows(store, "SELECT DISTINCT article FROM mentions WHERE event_id = '" + id + "'"));
        if (!got.equals(want)) problems.add(key + ": reported by " + got + ", expected " + want);
        String modality = Stores.rows(store, "SELECT modality FROM events WHERE event_id = '" + id + "'").get(0);
        if (!modality.equals(e.get("final_modality").asText())) {
            problems.add(key + ": ends " + modality + ", expected " + e.get("final_modality").asText());
        }
    }

    static void checkExpectation(EventStore store, String id, JsonNode x, List<String> problems) throws Exception {
        String key = x.get("event").asText();
        if (id == null) {
            problems.add("expectation " + key + ": no event");
            return;
        }
        String mergeKey = Stores.rows(store, "SELECT merge_key FROM events WHERE event_id = '" + id + "'").get(0);
        List<String> rows = Stores.rows(store, "SELECT status, asserted_by, decided_by FROM expectations WHERE merge_key = '"
                + mergeKey + "' AND asserted_by = '" + x.get("announced_in").asText() + "'");
        String want = x.get("status").asText() + "\t" + x.get("announced_in").asText() + "\t"
                + (x.get("decided_by").isNull() ? "null" : x.get("decided_by").asText());
        if (!rows.contains(want)) problems.add("expectation " + key + ": " + rows + ", expected " + want);
    }
}
