package dyad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.merge.MentionMerger;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** The store's queries ({@code queries.sql}): events, a dyad's timeline, expectations. */
public final class EventQueries {

    /** A directed pair of actor keys, written {@code SYR-USA}. */
    public record Dyad(String source, String target) {
        public static Dyad parse(String s) {
            String[] p = s.strip().toUpperCase(Locale.ROOT).split("-");
            if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
                throw new IllegalArgumentException("a dyad is two actor keys joined by '-', as SYR-USA: '" + s + "'");
            }
            return new Dyad(p[0], p[1]);
        }
    }

    private final EventStore store;

    public EventQueries(EventStore store) {
        this.store = store;
    }

    /**
     * Events, optionally of one dyad (symmetric actions in either order) and overlapping [since, until];
     * returns how many were written.
     */
    public int events(Dyad dyad, LocalDate since, LocalDate until, OutputFormat format, Writer out) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(Sql.get("queries.sql", "events"))) {
            bindDyad(ps, dyad, 1);
            ps.setString(4, since == null ? null : since.toString());
            ps.setString(5, until == null ? null : until.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return RowWriter.write(rs, format, out, null);
            }
        }
    }

    /** Per month ({@code byYear} false) or year: events, Goldstein sum and mean, counts by quad class. */
    public int timeline(Dyad dyad, boolean byYear, OutputFormat format, Writer out) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(Sql.get("queries.sql", "timeline"))) {
            ps.setInt(1, byYear ? 4 : 7);
            bindDyad(ps, dyad, 2);
            try (ResultSet rs = ps.executeQuery()) {
                return RowWriter.write(rs, format, out, null);
            }
        }
    }

    /** Expectations, optionally of one status; in JSON Lines each has source, target, cameo, window, status, asserted_by, decided_by. */
    public int expectations(String status, OutputFormat format, Writer out) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(Sql.get("queries.sql", "expectations"))) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                return RowWriter.write(rs, format, out, EventQueries::expectation);
            }
        }
    }

    static ObjectNode expectation(RowWriter.Row r) {
        return ExpectationJson.of(r::json, false);
    }

    private static void bindDyad(PreparedStatement ps, Dyad dyad, int first) throws SQLException {
        ps.setString(first, dyad == null ? null : dyad.source());
        ps.setString(first + 1, dyad == null ? null : dyad.target());
        ps.setString(first + 2, String.join(",", MentionMerger.SYMMETRIC_ROOTS));
    }
}
