package dyad.spark;

import dyad.core.merge.TextPrint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.merge.EventGrouping;
import dyad.core.merge.MentionMerger;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The job in local[2] over the shared articles, the evaluation set and story, containers and bad files
 * ({@link TestCorpus}), checked against dyad-core run directly, one article after another, as {@code dyad ingest}
 * runs: the same articles kept, the same records in the same order, the same events, and every bad record in
 * {@code errors/} with its reason.
 */
@Tag("spark")
class SparkJobTest {

    static JobRun run;
    static Reference ref;

    /** dyad-core run directly over the corpus, in the store's order and with its rule for known articles. */
    record Reference(List<Stored> stored, Map<String, String> failures, int known) {}

    record Stored(int seq, String key, String id, List<EventRecord> records) {}

    @BeforeAll
    static void runJob() throws Exception {
        run = JobRun.get();
        int before = JobRun.realCodings();
        ref = reference(run.corpus);
        assertEquals(before, JobRun.realCodings(), "the job gave the coder other articles than dyad-core's readers make");
    }

    static Reference reference(Path corpus) {
        List<ArticleSource> all = new ArrayList<>();
        new ContainerReader().read(List.of(corpus), null, all::add);
        Set<String> hashes = new HashSet<>(), urlPrints = new HashSet<>();
        Map<String, String> failures = new TreeMap<>();
        List<Stored> stored = new ArrayList<>();
        int known = 0;
        for (ArticleSource s : all) {
            if (s instanceof ArticleSource.Failed f) {
                failures.put(f.id(), f.reason());
                continue;
            }
            ArticleSource.Read r = (ArticleSource.Read) s;
            String hash = TextPrint.contentHash(r.article().body());
            String urlPrint = r.url() + "\n" + TextPrint.print(r.article().body());
            if (hashes.contains(hash) || (r.url() != null && urlPrints.contains(urlPrint))) {
                known++;
                continue;
            }
            List<EventRecord> records;
            try {
                records = JobRun.code(r.article());
            } catch (RuntimeException e) {
                failures.put(r.id(), "coding failed: " + e);
                continue;
            }
            hashes.add(hash);
            if (r.url() != null) urlPrints.add(urlPrint);
            stored.add(new Stored(stored.size() + 1, hash, r.id(), records));
        }
        return new Reference(stored, failures, known);
    }

    static List<Row> rows(String table) {
        return run.spark.read().parquet(run.output.resolve(table).toString()).collectAsList();
    }

    @Test
    void mentionsAreTheCodersRecordsInIngestOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> expected = new TreeMap<>();
        for (Stored s : ref.stored()) {
            for (int i = 0; i < s.records().size(); i++) {
                EventRecord r = s.records().get(i);
                expected.put(s.key() + "#" + i, s.seq() + " " + s.id() + " " + MentionMerger.mergeKey(r) + " " + json.writeValueAsString(r));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row m : rows("mentions")) {
            actual.put(m.getAs("article_key") + "#" + m.getAs("ordinal"),
                    m.getAs("seq") + " " + m.getAs("article") + " " + m.getAs("merge_key") + " " + m.getAs("record"));
        }
        assertTrue(expected.size() > 150, "too few records to test on: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(ref.stored().size(), run.summary.coded());
        assertEquals(ref.known(), run.summary.known());
    }

    @Test
    void eventsAreTheCorpusWideMergeOfTheMentions() {
        record M(String key, EventRecord r) {}
        List<M> all = new ArrayList<>();
        for (Stored s : ref.stored()) {
            for (int i = 0; i < s.records().size(); i++) all.add(new M(s.key() + "#" + i, s.records().get(i)));
        }
        EventGrouping grouping = new EventGrouping();
        Map<String, List<String>> byEvent = new java.util.LinkedHashMap<>();
        for (M m : all) {
            String[] k = m.key().split("#");
            String id = grouping.assign(MentionMerger.key(m.r()), () -> EventMerge.eventId(k[0], Integer.parseInt(k[1]))).id();
            byEvent.computeIfAbsent(id, x -> new ArrayList<>()).add(m.key());
        }
        Set<List<String>> expected = new HashSet<>(byEvent.values());
        Map<List<String>, String> expectedIds = new HashMap<>();
        byEvent.forEach((id, keys) -> expectedIds.put(keys, id));

        Map<String, List<String>> members = new TreeMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Row m : rows("mentions")) {
            String key = m.getAs("article_key") + "#" + m.getAs("ordinal");
            members.computeIfAbsent(m.getAs("event_id"), k -> new ArrayList<>()).add(key);
            order.put(key, (int) m.getAs("seq") * 10_000 + (int) m.getAs("ordinal"));
        }
        Set<List<String>> actual = new HashSet<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            List<String> keys = e.getValue().stream().sorted((a, b) -> Integer.compare(order.get(a), order.get(b))).toList();
            actual.add(keys);
            assertEquals(expectedIds.get(keys), e.getKey(), "event id of " + keys);
        }
        assertEquals(expected, actual);

        List<Row> events = rows("events");
        assertEquals(expected.size(), events.size());
        Set<Long> numbers = new TreeSet<>();
        int multiArticle = 0, nearDuplicate = 0;
        for (Row e : events) {
            numbers.add(e.getAs("event_no"));
            assertEquals(members.get((String) e.getAs("event_id")).size(), (int) e.getAs("num_mentions"));
            if ((int) e.getAs("num_articles") > 1) multiArticle++;
            if ((int) e.getAs("num_sources") < (int) e.getAs("num_articles")) nearDuplicate++;
        }
        assertEquals(events.size(), numbers.size());
        assertEquals(1L, numbers.iterator().next());
        assertEquals((long) events.size(), ((TreeSet<Long>) numbers).last());
        assertTrue(multiArticle > 5, "events told by several articles: " + multiArticle);
        assertTrue(nearDuplicate > 0, "events whose articles include a near-duplicate copy: " + nearDuplicate);
    }

    @Test
    void badRecordsGoToErrorsWithTheirReasonAndTheJobGoesOn() {
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> stage = new HashMap<>();
        for (Row e : rows("errors")) {
            actual.put(e.getAs("article"), e.getAs("reason"));
            stage.put(e.getAs("article"), e.getAs("stage"));
            assertNotNull(e.getAs("file"));
        }
        assertEquals(ref.failures(), actual);
        assertEquals(Set.of("empty.txt", "binary.txt", "bad-date.txt", "wire.jsonl:3", "wire.jsonl:4 (wire-fr)", "coder-breaks.txt"),
                actual.keySet());
        assertEquals("code", stage.get("coder-breaks.txt"));
        assertTrue(actual.get("coder-breaks.txt").startsWith("coding failed: "), actual.get("coder-breaks.txt"));
        assertEquals("read", stage.get("binary.txt"));
        assertEquals(actual.size(), run.summary.failures());
        assertEquals(1, run.summary.codingFailures());
    }

    @Test
    void tablesArePartitionedByTheEventsYearAndMonth() throws Exception {
        assertTrue(Files.isDirectory(run.output.resolve("events/year=2025/month=11")));
        assertTrue(Files.isDirectory(run.output.resolve("mentions/year=2025/month=11")));
        for (String table : List.of("events", "mentions")) {
            for (Row r : rows(table)) {
                String date = r.getAs("date");
                Object year = r.getAs("year"), month = r.getAs("month");
                if (date == null || date.length() < 4) {
                    assertNull(year, table + " " + date);
                } else {
                    assertEquals(Integer.parseInt(date.substring(0, 4)), year, table + " " + date);
                }
                if (date != null && date.length() >= 7) assertEquals(Integer.parseInt(date.substring(5, 7)), month);
                else assertNull(month, table + " " + date);
            }
        }
        List<String> columns = List.of(run.spark.read().parquet(run.output.resolve("events").toString()).columns());
        assertEquals(Columns.names(Columns.EVENT_FIELDS), columns.subList(0, columns.size() - 2));
        assertEquals(List.of("year", "month"), columns.subList(columns.size() - 2, columns.size()));
        String summary = Files.readString(run.output.resolve("summary.json"));
        assertTrue(summary.contains("\"events\": " + rows("events").size()), summary);
        assertFalse(rows("events").stream().map(r -> (String) r.getAs("event_id")).collect(Collectors.toSet()).contains(null));
    }
}
