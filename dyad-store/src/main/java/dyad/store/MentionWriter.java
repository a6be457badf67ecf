package dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.merge.DateWindow;
import dyad.core.merge.EventKey;
import dyad.core.merge.MentionMerger;
import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one article's coded records into the {@code staged} table, each with the merge key and date window
 * {@link MentionMerger} gives it, ready for {@link EventMerger}.
 */
final class MentionWriter {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;

    MentionWriter(EventStore store) throws SQLException {
        this.store = store;
        try (Statement st = store.connection().createStatement()) {
            st.execute(Sql.get("ingest.sql", "create_staged"));
        }
    }

    /** Stages the records and returns their keys (merge key and window), in order. */
    List<EventKey> stage(String articleKey, int seq, String articleId, LocalDate articleDate, List<EventRecord> records)
            throws SQLException {
        store.update("ingest.sql", "clear_staged");
        List<EventKey> keys = new ArrayList<>();
        if (records.isEmpty()) return keys;
        {
            PreparedStatement ps = store.prepared("ingest.sql", "insert_staged");
            int ordinal = 0;
            for (EventRecord r : records) {
                DateWindow w = MentionMerger.window(r);
                int i = 0;
                ps.setString(++i, articleKey);
                ps.setInt(++i, ordinal++);
                ps.setInt(++i, seq);
                ps.setString(++i, r.eventId() == null ? articleId + "#" + ordinal : r.eventId());
                ps.setString(++i, r.article() == null ? articleId : r.article());
                LocalDate ad = articleDate(r, articleDate);
                date(ps, ++i, ad);
                ps.setString(++i, json(r.source()));
                ps.setString(++i, json(r.target()));
                ps.setString(++i, key(r.source()));
                ps.setString(++i, key(r.target()));
                ps.setString(++i, r.source() == null ? null : r.source().code());
                ps.setString(++i, r.target() == null ? null : r.target().code());
                ps.setString(++i, r.cameo());
                ps.setString(++i, MentionMerger.root(r));
                ps.setInt(++i, r.quadClass());
                ps.setDouble(++i, r.goldstein());
                ps.setString(++i, r.plover());
                ps.setString(++i, r.date());
                ps.setString(++i, r.dateBasis());
                ps.setString(++i, r.modality() == null ? "asserted" : r.modality());
                ps.setString(++i, json(r.location()));
                ps.setString(++i, r.attribution());
                ps.setString(++i, json(r.evidence()));
                ps.setDouble(++i, r.confidence());
                ps.setString(++i, MentionMerger.mergeKey(r));
                keys.add(new EventKey(MentionMerger.mergeKey(r), w));
                date(ps, ++i, w.from());
                date(ps, ++i, w.to());
                ps.setString(++i, json(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return keys;
    }

    private static String key(Actor a) {
        return a == null ? null : a.key();
    }

    private static LocalDate articleDate(EventRecord r, LocalDate fallback) {
        if (r.articleDate() == null) return fallback;
        try {
            return LocalDate.parse(r.articleDate());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    /** Dates go in as ISO text, cast by the column type: no time zone can shift them. */
    static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, d.toString());
    }

    static String json(Object o) {
        if (o == null) return null;
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + o + " as JSON", e);
        }
    }
}
