package dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.merge.MentionMerger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * The queries behind {@code dyad serve} ({@code server.sql}), answered as JSON trees, safe to call from many
 * threads at once. Each call borrows one of a fixed set of connections to the store's database (DuckDB
 * connections of one open database, duplicated from the store's own), so readers run side by side and see
 * every article as soon as its transaction commits, while the store's own connection stays free for an ingest.
 */
public final class ServerQueries implements AutoCloseable {

    /** What the events query may be asked. A null field is no filter. */
    public record EventFilter(EventQueries.Dyad dyad, boolean bothDirections, LocalDate since, LocalDate until,
                              String codePrefix, String modality, int limit, int offset) {}

    /** Raised when no connection frees up in time: the server answers 503. */
    public static final class BusyException extends StoreException {
        BusyException(String message) {
            super(message, null);
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String SYMMETRIC = String.join(",", MentionMerger.SYMMETRIC_ROOTS);

    private final EventStore store;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final String bodyQuery;

    /** {@code readers} connections are opened at once (each a duplicate of the store's connection). */
    public ServerQueries(EventStore store, int readers) {
        this.store = store;
        this.pool = new ArrayBlockingQueue<>(readers);
        try {
            DuckDBConnection base = store.connection().unwrap(DuckDBConnection.class);
            for (int i = 0; i < readers; i++) {
                Connection c = base.duplicate();
                all.add(c);
                pool.add(c);
            }
            this.bodyQuery = bodyQuery(store.connection());
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot open readers on store " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** The articles' text lives in articles.body once the store keeps it there; until then in article_texts. */
    private static String bodyQuery(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FILTER (WHERE table_name = 'articles' AND column_name = 'body'), "
                        + "count(*) FILTER (WHERE table_name = 'article_texts') FROM information_schema.columns");
             ResultSet r = ps.executeQuery()) {
            r.next();
            if (r.getLong(1) > 0) return "article_body_column";
            return r.getLong(2) > 0 ? "article_body_side" : null;
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T with(Query<T> q) {
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for the store");
        }
        if (c == null) throw new BusyException("the store is busy; try again");
        try {
            return q.run(c);
        } catch (SQLException e) {
            throw new StoreException("query failed on store " + store.file() + ": " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** {@code {"total", "limit", "offset", "events": [event with "mentions": [...]]}}. */
    public ObjectNode events(EventFilter f) {
        return with(c -> {
            ObjectNode out = F.objectNode();
            ArrayNode events = out.putArray("events");
            long total = 0;
            Map<String, ObjectNode> byId = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "events"))) {
                int i = bindDyad(ps, 1, f.dyad(), f.bothDirections());
                ps.setString(i++, f.since() == null ? null : f.since().toString());
                ps.setString(i++, f.until() == null ? null : f.until().toString());
                ps.setString(i++, f.codePrefix());
                ps.setString(i++, f.modality());
                ps.setInt(i++, f.limit());
                ps.setInt(i, f.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode e = row(rs);
                        total = e.remove("total").asLong();
                        e.putArray("mentions");
                        events.add(e);
                        byId.put(e.get("event_id").asText(), e);
                    }
                }
            }
            if (byId.isEmpty() && f.offset() > 0) total = count(c, f);
            out.put("total", total);
            out.put("limit", f.limit());
            out.put("offset", f.offset());
            if (!byId.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "mentions_of_events"))) {
                    ps.setString(1, String.join(",", byId.keySet()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ObjectNode m = row(rs);
                            ((ArrayNode) byId.get(m.remove("event_id").asText()).get("mentions")).add(m);
                        }
                    }
                }
            }
            return out;
        });
    }

    private long count(Connection c, EventFilter f) throws SQLException {
        EventFilter all = new EventFilter(f.dyad(), f.bothDirections(), f.since(), f.until(), f.codePrefix(), f.modality(), 1, 0);
        try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "events"))) {
            int i = bindDyad(ps, 1, all.dyad(), all.bothDirections());
            ps.setString(i++, all.since() == null ? null : all.since().toString());
            ps.setString(i++, all.until() == null ? null : all.until().toString());
            ps.setString(i++, all.codePrefix());
            ps.setString(i++, all.modality());
            ps.setInt(i++, 1);
            ps.setInt(i, 0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong("total") : 0;
            }
        }
    }

    /** {@code {"by", "periods": [...], "left_out"}}: per month or year, what happened, what was planned. */
    public ObjectNode timeline(EventQueries.Dyad dyad, boolean bothDirections, boolean byYear) {
        return with(c -> {
            ObjectNode out = F.objectNode();
            out.put("by", byYear ? "year" : "month");
            int len = byYear ? 4 : 7;
            ArrayNode periods = out.putArray("periods");
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "timeline"))) {
                ps.setInt(1, len);
                bindDyad(ps, 2, dyad, bothDirections);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) periods.add(row(rs));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "timeline_left_out"))) {
                ps.setInt(1, len);
                bindDyad(ps, 2, dyad, bothDirections);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("left_out", rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** The expectations, optionally of one status and one dyad, in the shape of {@code dyad expectations}. */
    public ArrayNode expectations(String status, EventQueries.Dyad dyad, boolean bothDirections) {
        return with(c -> {
            ArrayNode out = F.arrayNode();
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "expectations"))) {
                ps.setString(1, status);
                bindDyad(ps, 2, dyad, bothDirections);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode r = row(rs);
                        ObjectNode e = ExpectationJson.of(r::get, true);
                        out.add(e);
                    }
                }
            }
            return out;
        });
    }

    /**
     * One article by its key or id: its metadata, {@code text} (null when the store does not hold it) and
     * {@code mentions} (each record with its evidence offsets into the text); null when there is none.
     */
    public ObjectNode article(String idOrKey) {
        return with(c -> {
            ObjectNode a;
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "article"))) {
                ps.setString(1, idOrKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    a = row(rs);
                }
            }
            String key = a.get("article_key").asText();
            String body = null;
            if (bodyQuery != null) {
                try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", bodyQuery))) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) body = rs.getString(1);
                    }
                }
            }
            a.put("text", body);
            ArrayNode mentions = a.putArray("mentions");
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "article_mentions"))) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) mentions.add(row(rs));
                }
            }
            return a;
        });
    }

    /**
     * Actor keys seen in the store matching {@code q} (lower-cased; null: all), most events first:
     * {@code [{"key","events","codes":[...],"names":[...]}]}.
     */
    public ArrayNode actors(String q, int limit) {
        return with(c -> {
            ArrayNode out = F.arrayNode();
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "actors"))) {
                ps.setString(1, q == null ? null : q.toLowerCase(java.util.Locale.ROOT));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** How many events each actor key is a side of. */
    public Map<String, Long> eventCounts() {
        return with(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "event_counts"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        });
    }

    /** Counts of articles, mentions, events, expectations and errors, and the newest publication date. */
    public ObjectNode summary() {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement(Sql.get("server.sql", "summary"));
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return row(rs);
            }
        });
    }

    private static int bindDyad(PreparedStatement ps, int first, EventQueries.Dyad dyad, boolean both) throws SQLException {
        ps.setString(first, dyad == null ? null : dyad.source());
        ps.setString(first + 1, dyad == null ? null : dyad.target());
        ps.setBoolean(first + 2, both);
        ps.setString(first + 3, SYMMETRIC);
        return first + 4;
    }

    /** A row as a JSON object: JSON columns parsed, lists as arrays, dates and times as ISO strings. */
    private static ObjectNode row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        ObjectNode o = F.objectNode();
        for (int i = 1; i <= md.getColumnCount(); i++) o.set(md.getColumnLabel(i), value(rs, md, i));
        return o;
    }

    private static JsonNode value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) return F.nullNode();
        if ("JSON".equalsIgnoreCase(md.getColumnTypeName(i))) {
            try {
                return MentionWriter.JSON.readTree(v.toString());
            } catch (java.io.IOException e) {
                return F.textNode(v.toString());
            }
        }
        if (v instanceof Array arr) {
            ArrayNode a = F.arrayNode();
            for (Object x : (Object[]) arr.getArray()) a.add(x == null ? F.nullNode() : F.textNode(x.toString()));
            return a;
        }
        return switch (md.getColumnType(i)) {
            case Types.BOOLEAN -> F.booleanNode(rs.getBoolean(i));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> F.numberNode(rs.getLong(i));
            case Types.FLOAT, Types.DOUBLE, Types.REAL, Types.DECIMAL, Types.NUMERIC -> F.numberNode(rs.getDouble(i));
            default -> F.textNode(rs.getString(i));
        };
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a reader of a store that is closing anyway
            }
        }
        all.clear();
        pool.clear();
    }
}
