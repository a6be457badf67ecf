package dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: writing articles, ingesting them, reading a store back. */
final class Stores {

    private Stores() {}

    /** Writes a plain-text article {@code name} with a date header. */
    static Path article(Path dir, String name, String date, String... lines) throws Exception {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, (date == null ? "" : "date " + date + "\n") + String.join("\n", lines) + "\n");
        return f;
    }

    static IngestReport ingest(EventStore store, Path... paths) {
        return new Ingester(store, new ScriptCoder(), "script-coder 1").ingest(List.of(paths), null, new Ingester.Listener() {});
    }

    static long count(EventStore store, String sql) throws SQLException {
        return store.count(sql);
    }

    /** Rows of a query as lines of tab-joined values. */
    static List<String> rows(EventStore store, String sql) throws SQLException {
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

    /**
     * The whole content of a store, table by table, sorted, without the columns that record when something
     * happened (ingest times, error times and counts).
     */
    static List<String> snapshot(Path db) throws SQLException {
        try (EventStore s = EventStore.openReadOnly(db)) {
            return snapshot(s);
        }
    }

    static List<String> snapshot(EventStore s) throws SQLException {
        {
            List<String> out = new ArrayList<>();
            for (String q : List.of(
                    "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY seq",
                    "SELECT * FROM article_bands ORDER BY article_key, band",
                    "SELECT * FROM mentions ORDER BY seq, ordinal",
                    "SELECT * FROM events ORDER BY event_no",
                    "SELECT * FROM expectations ORDER BY expectation_id",
                    "SELECT article, reason FROM errors ORDER BY article, reason",
                    "SELECT * FROM meta ORDER BY key")) {
                out.add("== " + q);
                out.addAll(rows(s, q));
            }
            return out;
        }
    }
}
