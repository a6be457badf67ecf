package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.spark.JobRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The job's Parquet against the store's: the same corpus ({@code TestCorpus}) through {@code dyad ingest} (the
 * store's {@link Ingester}) and {@code dyad export --format parquet} ({@link Exporter}), both read back by DuckDB:
 * the same events, column for column and row for row, the same mentions as the store's mentions table, the same
 * errors. Both sides use the tests' coder (the real coder, remembered per article; the job's own test shows it
 * codes the same articles), so what is compared is reading, keeping, numbering, merging and writing. In the
 * package of the store to reach its fingerprints.
 */
@Tag("spark")
class StoreParityTest {

    static JobRun run;
    static EventStore store;
    static Path exported;

    @BeforeAll
    static void ingestAndExport() throws Exception {
        run = JobRun.get();
        Path db = run.root.resolve("store.duckdb");
        Files.deleteIfExists(db);
        store = EventStore.open(db);
        IngestReport report = new Ingester(store, JobRun.coder(), "test coder")
                .ingest(List.of(run.corpus), null, new Ingester.Listener() {});
        System.out.println("dyad-spark test: the store ingested " + report);
        exported = run.root.resolve("store-export/events.parquet");
        new Exporter(store).export(Exporter.Format.parquet, exported);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    private static String sparkTable(String table) {
        return "read_parquet('" + run.output.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
    }

    @Test
    void eventsEqualTheStoresParquetExport() throws Exception {
        String mine = "(SELECT * EXCLUDE (year, month) FROM " + sparkTable("events") + ")";
        String theirs = "read_parquet('" + exported + "')";
        assertEquals(columns(theirs), columns(mine));
        long n = store.count("SELECT count(*) FROM " + theirs);
        assertTrue(n > 100, "events: " + n);
        assertEquals(n, store.count("SELECT count(*) FROM " + mine));
        assertSame(mine, theirs, "event_no");
    }

    @Test
    void mentionsEqualTheStoresMentionsTable() throws Exception {
        String mine = "(SELECT * EXCLUDE (year, month) FROM " + sparkTable("mentions") + ")";
        assertEquals(columns("mentions"), columns(mine));
        assertEquals(store.count("SELECT count(*) FROM mentions"), store.count("SELECT count(*) FROM " + mine));
        assertSame(mine, "mentions", "seq, ordinal");
    }

    @Test
    void errorsAreTheStoresErrors() throws Exception {
        assertEquals(rows("SELECT article, reason FROM errors ORDER BY ALL"),
                rows("SELECT article, reason FROM " + sparkTable("errors").replace("/**/*.parquet", "/*.parquet") + " ORDER BY ALL"));
    }

    /** Both tables hold the same rows (as multisets); the message shows the first differences. */
    private static void assertSame(String mine, String theirs, String order) throws SQLException {
        List<String> onlyMine = rows("SELECT * FROM (SELECT * FROM " + mine + " EXCEPT ALL SELECT * FROM " + theirs + ") ORDER BY " + order + " LIMIT 5");
        List<String> onlyTheirs = rows("SELECT * FROM (SELECT * FROM " + theirs + " EXCEPT ALL SELECT * FROM " + mine + ") ORDER BY " + order + " LIMIT 5");
        assertTrue(onlyMine.isEmpty() && onlyTheirs.isEmpty(),
                "only in the job's output:\n" + String.join("\n", onlyMine) + "\nonly in the store's:\n" + String.join("\n", onlyTheirs));
    }

    /**
     * The columns and their types. DuckDB writes its JSON columns with Parquet's JSON annotation, which Spark's
     * writer cannot give a string column: there the same text is a plain string, so JSON counts as VARCHAR.
     */
    private static List<String> columns(String relation) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String row : rows("DESCRIBE SELECT * FROM " + relation)) {
            String[] f = row.split("\t");
            out.add(f[0] + " " + (f[1].equals("JSON") ? "VARCHAR" : f[1]));
        }
        return out;
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "\t" : "").append(r.getString(i));
                out.add(b.toString());
            }
        }
        return out;
    }
}
