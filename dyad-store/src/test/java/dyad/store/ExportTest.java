package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void fill() throws Exception {
        db = dir.resolve("s.duckdb");
        try (EventStore s = EventStore.open(db)) {
            Stores.ingest(s, StoreProcessTest.corpus(dir));
        }
    }

    @Test
    void parquetReadBackByDuckDbEqualsTheEventsTable() throws Exception {
        Path out = dir.resolve("out/events.parquet");
        try (EventStore s = EventStore.open(db)) {
            long n = new Exporter(s).export(Exporter.Format.parquet, out);
            assertTrue(n > 10);
            String p = "read_parquet('" + out + "')";
            assertEquals(n, Stores.count(s, "SELECT count(*) FROM " + p));
            assertEquals(0, Stores.count(s, "SELECT count(*) FROM (SELECT * FROM events EXCEPT ALL SELECT * FROM " + p + ")"));
            assertEquals(0, Stores.count(s, "SELECT count(*) FROM (SELECT * FROM " + p + " EXCEPT ALL SELECT * FROM events)"));
        }
    }

    @Test
    void gdeltExportHasItsSixtyOneColumns() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        try (EventStore s = EventStore.open(db)) {
            long n = new Exporter(s).export(Exporter.Format.gdelt, out);
            List<String> lines = Files.readAllLines(out);
            assertEquals(n, lines.size());
            for (String line : lines) assertEquals(GdeltExport.COLUMNS, line.split("\t", -1).length, line);
            String[] first = lines.get(0).split("\t", -1);
            List<String> row = Stores.rows(s, "SELECT event_no, strftime(win_from, '%Y%m%d'), source_code, cameo, num_mentions "
                    + "FROM events ORDER BY event_no LIMIT 1");
            assertEquals(row.get(0), String.join("\t", first[0], first[1], first[5], first[26], first[31]));
            assertEquals("SYR", first[7]);
            assertEquals("GOV", first[12]);
        }
    }

    @Test
    void jsonlAndCsvExportsAndQueries() throws Exception {
        try (EventStore s = EventStore.open(db)) {
            Exporter x = new Exporter(s);
            long n = x.export(Exporter.Format.jsonl, dir.resolve("e.jsonl"));
            List<String> lines = Files.readAllLines(dir.resolve("e.jsonl"));
            assertEquals(n, lines.size());
            JsonNode e = new ObjectMapper().readTree(lines.get(0));
            assertEquals("SYR", e.get("source").get("country").asText());
            assertEquals(n, x.export(Exporter.Format.csv, dir.resolve("e.csv")));
            assertEquals(n + 1, Files.readAllLines(dir.resolve("e.csv")).size());

            StringWriter table = new StringWriter();
            EventQueries q = new EventQueries(s);
            int syrUsa = q.events(EventQueries.Dyad.parse("syr-usa"), null, null, OutputFormat.table, table);
            assertTrue(syrUsa > 0);
            assertTrue(table.toString().startsWith("event_no  event_id"), table.toString());
            assertTrue(table.toString().endsWith("(" + syrUsa + " rows)\n"));
            // accusations are directed, meetings and visits are not
            assertEquals(Stores.count(s, "SELECT count(*) FROM events WHERE (source_key = 'SYR' AND target_key = 'USA') "
                    + "OR (root = '04' AND source_key = 'USA' AND target_key = 'SYR')"), syrUsa);

            StringWriter csv = new StringWriter();
            q.timeline(EventQueries.Dyad.parse("SYR-USA"), false, OutputFormat.csv, csv);
            String[] rows = csv.toString().split("\r\n");
            assertEquals("period,events,goldstein_sum,goldstein_mean,verbal_cooperation,material_cooperation,"
                    + "verbal_conflict,material_conflict,mentions", rows[0]);
            assertTrue(rows[1].startsWith("2025-10,"), rows[1]);
            StringWriter years = new StringWriter();
            q.timeline(null, true, OutputFormat.jsonl, years);
            JsonNode y = new ObjectMapper().readTree(years.toString().split("\n")[0]);
            assertEquals("2025", y.get("period").asText());
            assertEquals(Stores.count(s, "SELECT count(*) FROM events WHERE modality = 'asserted'"), y.get("events").asLong());
        }
    }
}
