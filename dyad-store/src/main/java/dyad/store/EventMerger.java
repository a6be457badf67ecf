package dyad.store;

import dyad.core.merge.DateWindow;
import dyad.core.merge.EventGrouping;
import dyad.core.merge.EventKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Merges one article's staged mentions into events ({@code ingest.sql}): SQL finds the events the mentions
 * could join, {@link EventGrouping} (the rule in dyad-core, shared with the Spark job) assigns each mention in
 * turn, founding an event where none fits, and SQL then recomputes every touched event's counts, dates, window
 * and representative from all its mentions.
 */
final class EventMerger {

    /** What merging one article did: events founded, and mentions that joined events already in the store. */
    record Merged(int newEvents, int mergedMentions) {}

    private final EventStore store;

    EventMerger(EventStore store) {
        this.store = store;
    }

    /** Merges the staged mentions of the article {@code articleKey}, whose keys are {@code keys} in ordinal order. */
    Merged merge(String articleKey, List<EventKey> keys) throws SQLException {
        if (keys.isEmpty()) return new Merged(0, 0);
        Connection conn = store.connection();
        List<EventGrouping.Known> known = new ArrayList<>();
        try (PreparedStatement ps = store.prepare("ingest.sql", "candidate_events"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                known.add(new EventGrouping.Known(r.getString(1), r.getString(2),
                        new DateWindow(date(r.getString(3)), date(r.getString(4))), r.getLong(5)));
            }
        }
        EventGrouping grouping = EventGrouping.of(known);
        Integer[] ordinals = new Integer[keys.size()];
        String[] ids = new String[keys.size()];
        List<Integer> founders = new ArrayList<>();
        int merged = 0;
        for (int i = 0; i < keys.size(); i++) {
            int ordinal = i;
            EventGrouping.Event e = grouping.assign(keys.get(i), () -> {
                founders.add(ordinal);
                return eventId(articleKey, ordinal);
            });
            if (e.known()) merged++;
            ordinals[i] = i;
            ids[i] = e.id();
        }
        try (PreparedStatement ps = store.prepare("ingest.sql", "assign_staged")) {
            ps.setObject(1, conn.createArrayOf("INTEGER", ordinals));
            ps.setObject(2, conn.createArrayOf("VARCHAR", ids));
            ps.executeUpdate();
        }
        if (!founders.isEmpty()) {
            try (PreparedStatement ps = store.prepare("ingest.sql", "found_events")) {
                ps.setObject(1, conn.createArrayOf("INTEGER", founders.toArray(new Integer[0])));
                ps.executeUpdate();
            }
        }
        store.update("ingest.sql", "store_staged");
        store.update("ingest.sql", "refresh_events");
        return new Merged(founders.size(), merged);
    }

    /** A new event's id: stable, from the article and the place of the mention that founded it. */
    static String eventId(String articleKey, int ordinal) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((articleKey + ":" + ordinal).getBytes(StandardCharsets.UTF_8));
            return "ev" + HexFormat.of().formatHex(h).substring(0, 14);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
