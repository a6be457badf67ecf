package dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Exports the events table: JSON Lines (actors and evidence as objects), CSV (flat columns), GDELT 2.0's event
 * table layout ({@link GdeltExport}) or Parquet (DuckDB's COPY, every column as stored).
 */
public final class Exporter {

    public enum Format { jsonl, csv, gdelt, parquet }

    private final EventStore store;

    public Exporter(EventStore store) {
        this.store = store;
    }

    /** Writes every event to {@code out}; returns how many. */
    public long export(Format format, Path out) throws SQLException {
        Path abs = out.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (format) {
            case parquet -> copy("(SELECT * FROM events ORDER BY event_no)", abs, "FORMAT parquet");
            case gdelt -> new GdeltExport(store).write(abs);
            case jsonl, csv -> rows(format == Format.jsonl ? OutputFormat.jsonl : OutputFormat.csv, abs);
        };
    }

    private long rows(OutputFormat format, Path out) throws SQLException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery(Sql.get("queries.sql", "all_events"))) {
            return RowWriter.write(rs, format, w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long copy(String query, Path out, String options) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("COPY " + query + " TO '" + out.toString().replace("'", "''") + "' (" + options + ")");
            return store.count("SELECT count(*) FROM events");
        }
    }
}
