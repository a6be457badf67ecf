package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventMergeTest {

    @TempDir
    Path dir;

    @Test
    void visitHostingAndMeetingAreOneEventWithCountsKeptUpToDate() throws Exception {
        Path in = dir.resolve("in");
        Stores.article(in, "a1.txt", "2025-11-01", "Sharaa will visit Washington on November 10.",
                "[042 SYR USA 2025-11-10 planned] Sharaa will visit Washington on November 10.");
        Stores.article(in, "a2.txt", "2025-11-03", "Trump will host Sharaa at the White House.",
                "[043 USA SYR 2025-11-10 planned] Trump will host Sharaa on November 10.",
                "[112 SYR USA - asserted] Damascus accused Washington of delays.");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestReport first = Stores.ingest(store, in);
            assertEquals(new IngestReport(2, 0, 0, 2, 1), first);
            assertEquals(List.of("2\t2\t2025-11-01\t2025-11-03\tplanned"),
                    Stores.rows(store, "SELECT num_mentions, num_articles, first_seen, last_seen, modality FROM events WHERE root = '04'"));

            Stores.article(in, "a3.txt", "2025-11-10", "Sharaa arrived in Washington.",
                    "[042 SYR USA - asserted] Sharaa arrived in Washington.",
                    "[112 USA SYR - asserted] Washington accused Damascus of stalling.");
            Stores.article(in, "a4.txt", "2025-11-11", "Trump welcomed Sharaa on Monday.",
                    "[043 USA SYR 2025-11-10 asserted] Trump welcomed Sharaa at the White House on Monday.",
                    "[040 USA SYR 2025-11-10 asserted] The two presidents held talks.",
                    "[042 SYR USA 2025-12-15 planned] Sharaa will return in mid-December.");
            IngestReport second = Stores.ingest(store, in);
            assertEquals(new IngestReport(2, 2, 0, 3, 2), second);
            // the visit: four mentions in four articles, dated to the day by the asserted text-dated mention;
            // its window is what all four allow (a day's slack either side, two weeks before an undated report)
            assertEquals(List.of("4\t4\t4\t2025-11-01\t2025-11-11\tasserted\t042\t2025-11-10\t2025-11-09\t2025-11-10\ta1.txt"),
                    Stores.rows(store, "SELECT num_mentions, num_articles, num_sources, first_seen, last_seen, modality, cameo, "
                            + "date, win_from, win_to, first_article FROM events WHERE merge_key = '04v:SYR:USA' AND date = '2025-11-10'"));
            // the talks during the visit are an event of their own; accusations are directed: one event each way;
            // the December plan is another event
            assertEquals(5, Stores.count(store, "SELECT count(*) FROM events"));
            assertEquals(2, Stores.count(store, "SELECT count(*) FROM events WHERE cameo = '112'"));
            assertEquals(8, Stores.count(store, "SELECT count(*) FROM mentions"));
            assertEquals(0, Stores.count(store, "SELECT count(*) FROM events e WHERE num_mentions <> "
                    + "(SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)"));
            assertEquals(List.of("040", "042", "112"),
                    Stores.rows(store, "SELECT cameo FROM one_a_day WHERE day = DATE '2025-11-10' ORDER BY cameo"));
        }
    }

    @Test
    void sameWireStoryOnTwoSitesCountsAsOneSourceText() throws Exception {
        String wire = "Syrian President Ahmed al-Sharaa met the foreign ministers of Jordan and Iraq in Amman on Tuesday "
                + "to discuss the reopening of trade routes, the return of refugees and the security of the border "
                + "region, according to a statement issued by the Jordanian royal court after the meeting. The three "
                + "sides agreed to form a joint committee that will meet every month and report to the leaders, and "
                + "they pledged to cooperate against smuggling networks that move weapons and drugs across the desert. "
                + "Officials said the talks were the first of their kind since the fall of the former government.\n"
                + "[040 SYR JOR 2025-03-04 asserted] al-Sharaa met the foreign ministers of Jordan\n";
        ObjectMapper json = new ObjectMapper();
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, json.writeValueAsString(Map.of("id", "site-a/1", "url", "https://site-a.example/1",
                "source", "Site A", "date", "2025-03-04", "text", wire)) + "\n"
                + json.writeValueAsString(Map.of("id", "site-b/7", "url", "https://site-b.example/7", "source", "Site B",
                "date", "2025-03-05", "text", wire.replace("Officials said", "Diplomats in Amman said") + "Copyright Site B.")) + "\n"
                + json.writeValueAsString(Map.of("id", "site-c/9", "url", "https://site-c.example/9", "source", "Site C",
                "date", "2025-03-05", "text", "Jordan's king received the Syrian president in Amman on Tuesday, his "
                        + "office said, and the two men discussed water sharing and the return of refugees.\n"
                        + "[040 SYR JOR 2025-03-04 asserted] received the Syrian president\n")) + "\n");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertEquals(3, Stores.ingest(store, f).articlesNew());
            List<String> arts = Stores.rows(store, "SELECT id, outlet, source_text = article_key, similarity > 0.8 FROM articles ORDER BY seq");
            assertEquals(List.of("site-a/1\tSite A\ttrue\tnull", "site-b/7\tSite B\tfalse\ttrue", "site-c/9\tSite C\ttrue\tnull"), arts);
            assertEquals(List.of("3\t3\t2"), Stores.rows(store, "SELECT num_mentions, num_articles, num_sources FROM events"));
        }
    }

    @Test
    void sameUrlWithWhitespaceChangesIsAlreadyKnown() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path f = dir.resolve("a.jsonl");
        String text = "Qatar's emir called the Egyptian president on Sunday about the ceasefire in Gaza.\n"
                + "[041 QAT EGY - asserted] called\n";
        Files.writeString(f, json.writeValueAsString(Map.of("id", "1", "url", "https://x.example/1", "date", "2024-01-07", "text", text)) + "\n"
                + json.writeValueAsString(Map.of("id", "1", "url", "https://x.example/1", "date", "2024-01-07",
                "text", text.replace(" about", "  about"))) + "\n");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestReport r = Stores.ingest(store, f);
            assertEquals(1, r.articlesNew());
            assertEquals(1, r.articlesKnown());
        }
    }

    @Test
    void ingestTwiceGivesTheSameCountsAndBadArticlesGoToErrors() throws Exception {
        Path in = dir.resolve("in");
        Stores.article(in, "a.txt", "2024-05-01", "Iran and Oman held talks.", "[046 IRN OMN - asserted] held talks");
        Stores.article(in, "b.txt", "2024-05-02", "This one breaks the coder.", "[FAIL]");
        Stores.article(in, "c.txt", "2024-02-30", "An impossible date.");
        Files.write(in.resolve("d.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x00});
        Stores.article(in, "e.txt", "2024-05-03", "Oman and Iran met.", "[040 OMN IRN 2024-05-01 asserted] met");
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            IngestReport first = Stores.ingest(store, in, dir.resolve("missing-folder"));
            assertEquals(new IngestReport(2, 0, 4, 1, 1), first);
            List<String> before = Stores.snapshot(store);
            IngestReport again = Stores.ingest(store, in, dir.resolve("missing-folder"));
            assertEquals(new IngestReport(0, 2, 4, 0, 0), again);
            assertEquals(before, Stores.snapshot(store));
            List<String> errors = Stores.rows(store, "SELECT article, reason, times FROM errors ORDER BY article");
            assertEquals(4, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("missing-folder\tno such file or folder"), errors.toString());
            assertTrue(errors.get(1).startsWith("b.txt\tcoding failed"), errors.toString());
            assertTrue(errors.get(1).endsWith("\t2"), errors.toString());
            assertTrue(errors.get(2).startsWith("c.txt\timpossible header date"), errors.toString());
            assertEquals("script-coder 1", store.meta("coder_version"));
            assertEquals(String.valueOf(EventStore.SCHEMA_VERSION), store.meta("schema_version"));
            assertTrue(store.meta("dictionary_version").matches("[0-9a-f]{16}|none|unknown"), store.meta("dictionary_version"));
        }
    }
}
