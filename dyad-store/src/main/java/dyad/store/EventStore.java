package dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store: one DuckDB file holding articles, mentions, events, expectations and errors (schema in
 * {@code dyad/store/schema.sql}). One process may write it at a time; a second one gets a
 * {@link StoreInUseException} naming the file, not a corrupted store.
 */
public final class EventStore implements AutoCloseable {

    /** Bumped when schema.sql changes in a way an older store must be migrated for. */
    public static final int SCHEMA_VERSION = 1;

    private static final Pattern LOCK_PID = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path file;
    private final Connection conn;
    private final boolean readOnly;
    private final java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    private EventStore(Path file, Connection conn, boolean readOnly) {
        this.file = file;
        this.conn = conn;
        this.readOnly = readOnly;
    }

    /** Opens (creating if need be) a store for writing. */
    public static EventStore open(Path file) {
        EventStore s = connect(file, false);
        try {
            s.createSchema();
        } catch (SQLException e) {
            s.close();
            throw new StoreException("cannot set up store " + file + ": " + e.getMessage(), e);
        }
        return s;
    }

    /** Opens an existing store for queries only. */
    public static EventStore openReadOnly(Path file) {
        if (!Files.exists(file)) throw new StoreException("store " + file + " does not exist (run dyad ingest first)");
        EventStore s = connect(file, true);
        try {
            s.checkVersion();
        } catch (SQLException e) {
            s.close();
            throw new StoreException("cannot read store " + file + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static EventStore connect(Path file, boolean readOnly) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Properties p = new Properties();
            if (readOnly) p.setProperty("duckdb.read_only", "true");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs, p);
            try (Statement st = c.createStatement()) {
                // one thread: an ingest is many small statements, for which DuckDB's parallelism costs more than it gives
                st.execute(readOnly ? "SET threads = 2" : "SET threads = 1");
                st.execute("SET memory_limit = '1GB'");
            }
            return new EventStore(file, c, readOnly);
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of store " + file + ": " + e.getMessage(), e);
        }
    }

    /** DuckDB's lock conflict becomes "store X is in use by another process". */
    static StoreException translate(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            Matcher pid = LOCK_PID.matcher(m);
            return new StoreInUseException("store " + file + " is in use by another process"
                    + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + "; wait for it to finish", e);
        }
        return new StoreException("cannot open store " + file + ": " + m, e);
    }

    private void createSchema() throws SQLException {
        checkVersion();
        try (Statement st = conn.createStatement()) {
            for (String sql : Sql.script("schema.sql")) st.execute(sql);
        }
        if (meta("schema_version") == null) setMeta("schema_version", String.valueOf(SCHEMA_VERSION));
    }

    private void checkVersion() throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")) {
            r.next();
            if (r.getLong(1) == 0) return;
        }
        String v = meta("schema_version");
        if (v != null && Integer.parseInt(v) > SCHEMA_VERSION) {
            throw new StoreException("store " + file + " was written by a newer dyad (schema " + v
                    + "; this one reads schema " + SCHEMA_VERSION + ")");
        }
    }

    /** A value from the meta table, or null. */
    public String meta(String key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = prepare("ingest.sql", "set_meta")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /**
     * The INSERT ... VALUES statement {@code name} of the resource file {@code file}, prepared once and kept for the
     * life of the store (callers never close it). Only such inserts are kept: DuckDB plans a statement with the
     * tables' statistics at the time it is prepared and does not plan it again when the data change, so a kept
     * query can miss rows that arrived later (an UPDATE prepared on an empty table did). Everything else is
     * prepared afresh with {@link #prepare}.
     */
    PreparedStatement prepared(String file, String name) throws SQLException {
        PreparedStatement ps = prepared.get(file + "#" + name);
        if (ps == null) {
            String sql = Sql.get(file, name);
            if (!sql.startsWith("INSERT INTO") || !sql.contains("VALUES")) {
                throw new IllegalArgumentException(name + " reads tables: prepare it afresh");
            }
            ps = conn.prepareStatement(sql);
            prepared.put(file + "#" + name, ps);
        }
        return ps;
    }

    /** The statement {@code name} of the resource file {@code file}, freshly prepared (the caller closes it). */
    PreparedStatement prepare(String file, String name) throws SQLException {
        return conn.prepareStatement(Sql.get(file, name));
    }

    /** Runs the statement {@code name} of {@code file}, freshly prepared, and returns the rows it changed. */
    int update(String file, String name) throws SQLException {
        try (PreparedStatement ps = prepare(file, name)) {
            return ps.executeUpdate();
        }
    }

    /** The JDBC connection (one per store; not for use by two threads at once). */
    public Connection connection() { return conn; }

    public Path file() { return file; }

    public boolean readOnly() { return readOnly; }

    /** A single number from a query. */
    long count(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : prepared.values()) ps.close();
            prepared.clear();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }
}
