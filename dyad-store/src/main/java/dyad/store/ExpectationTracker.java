package dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dyad.core.merge.Expectation;
import dyad.core.merge.ExpectationRule;
import dyad.core.model.EventRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the expectations table up to date: after each article, the expectations of every merge key the article
 * touched (and that has a plan at all) are recomputed by {@link ExpectationRule} from all the mentions of that key,
 * in publication order; open expectations of other keys whose window the newest article has passed become
 * expired. Because each key is recomputed whole, the table is the same whatever order the articles came in.
 */
final class ExpectationTracker {

    private final EventStore store;
    /** The newest publication date committed to the store: the store's "now". */
    private LocalDate now;

    ExpectationTracker(EventStore store) throws SQLException {
        this.store = store;
        try (PreparedStatement ps = store.prepare("expectations.sql", "now"); ResultSet r = ps.executeQuery()) {
            r.next();
            String d = r.getString(1);
            this.now = d == null ? null : LocalDate.parse(d);
        }
    }

    /** Recomputes the expectations of the staged article's keys; {@code published} is that article's date. */
    void track(LocalDate published) throws SQLException {
        LocalDate today = later(now, published);
        Map<String, List<ExpectationRule.Mention>> byKey = new LinkedHashMap<>();
        try (PreparedStatement ps = store.prepare("expectations.sql", "mentions_of_planned_keys"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                String date = r.getString(3);
                byKey.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new ExpectationRule.Mention(r.getString(2),
                        date == null ? null : LocalDate.parse(date), MentionWriter.JSON.readValue(r.getString(4), EventRecord.class)));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored record is not an event record: " + e.getOriginalMessage(), e);
        }
        store.update("expectations.sql", "delete_staged_keys");
        PreparedStatement ins = store.prepared("expectations.sql", "insert");
        int rows = 0;
        for (List<ExpectationRule.Mention> mentions : byKey.values()) {
            for (Expectation x : ExpectationRule.follow(mentions, today)) {
                int i = 0;
                ins.setString(++i, x.id());
                ins.setString(++i, x.mergeKey());
                ins.setString(++i, MentionWriter.json(x.source()));
                ins.setString(++i, MentionWriter.json(x.target()));
                ins.setString(++i, x.source() == null ? null : x.source().key());
                ins.setString(++i, x.target() == null ? null : x.target().key());
                ins.setString(++i, x.cameo());
                ins.setString(++i, x.modality());
                MentionWriter.date(ins, ++i, x.window().from());
                MentionWriter.date(ins, ++i, x.window().to());
                ins.setString(++i, x.status().label());
                ins.setBoolean(++i, x.late());
                ins.setString(++i, x.assertedBy());
                ins.setString(++i, x.assertedDate());
                ins.setString(++i, x.assertedEvidence());
                ins.setString(++i, x.decidedBy());
                ins.setString(++i, x.decidedDate());
                ins.setString(++i, x.decidedEvidence());
                ins.setInt(++i, x.reports());
                ins.addBatch();
                rows++;
            }
        }
        if (rows > 0) ins.executeBatch();
        if (today != null && !today.equals(now)) {
            try (PreparedStatement ps = store.prepare("expectations.sql", "expire")) {
                ps.setString(1, today.toString());
                ps.executeUpdate();
            }
        }
    }

    /** The article with this date was committed. */
    void committed(LocalDate published) {
        now = later(now, published);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
