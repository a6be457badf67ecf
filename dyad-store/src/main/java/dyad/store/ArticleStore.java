package dyad.store;

import dyad.core.merge.TextPrint;
import dyad.core.read.ArticleSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The articles table: whether an article is already known (its content hash, or its URL with the same
 * normalised text), and storing a new one with its near-duplicate family (MinHash, see {@link TextPrint}).
 */
final class ArticleStore {

    private final EventStore store;
    private final Connection conn;

    ArticleStore(EventStore store) {
        this.store = store;
        this.conn = store.connection();
    }

    /** Fingerprints of one article's body. */
    record Prints(String contentHash, String print, long[] minHash) {
        static Prints of(String body) {
            return new Prints(TextPrint.contentHash(body), TextPrint.print(body), TextPrint.minHash(body));
        }
    }

    boolean known(ArticleSource.Read a, Prints p) throws SQLException {
        try (PreparedStatement ps = store.prepare("ingest.sql", "known_article")) {
            ps.setString(1, p.contentHash());
            ps.setString(2, a.url());
            ps.setString(3, p.print());
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /** The sequence number the next article will get. */
    int nextSeq() throws SQLException {
        try (PreparedStatement ps = store.prepare("ingest.sql", "next_seq"); ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Stores the article as number {@code seq} (inside the caller's transaction). */
    void insert(int seq, ArticleSource.Read a, Prints p, int mentions, String coderVersion) throws SQLException {
        Long[] sig = boxed(p.minHash());
        Long[] bands = boxed(TextPrint.bands(p.minHash()));
        String sourceText = p.contentHash();
        Double similarity = null;
        try (PreparedStatement near = store.prepare("ingest.sql", "near_duplicate")) {
            near.setObject(1, conn.createArrayOf("BIGINT", sig));
            near.setObject(2, conn.createArrayOf("BIGINT", bands));
            near.setObject(3, conn.createArrayOf("BIGINT", sig));
            near.setDouble(4, TextPrint.NEAR_DUPLICATE);
            try (ResultSet r = near.executeQuery()) {
                if (r.next()) {
                    sourceText = r.getString(1);
                    similarity = r.getDouble(3);
                }
            }
        }
        {
            PreparedStatement ps = store.prepared("ingest.sql", "insert_article");
            int i = 0;
            ps.setString(++i, p.contentHash());
            ps.setInt(++i, seq);
            ps.setString(++i, a.id());
            ps.setString(++i, a.url());
            ps.setString(++i, outlet(a));
            ps.setString(++i, a.title());
            MentionWriter.date(ps, ++i, a.article().date());
            ps.setString(++i, p.print());
            ps.setObject(++i, conn.createArrayOf("BIGINT", sig));
            ps.setString(++i, sourceText);
            if (similarity == null) ps.setNull(++i, Types.DOUBLE);
            else ps.setDouble(++i, similarity);
            ps.setInt(++i, mentions);
            ps.setString(++i, coderVersion);
            ps.setString(++i, a.article().body());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.prepare("ingest.sql", "insert_bands")) {
            ps.setString(1, p.contentHash());
            ps.setObject(2, conn.createArrayOf("BIGINT", bands));
            ps.executeUpdate();
        }
    }

    /** The container's outlet, else the host of the article's URL. */
    static String outlet(ArticleSource.Read a) {
        if (a.outlet() != null && !a.outlet().isBlank()) return a.outlet();
        if (a.url() == null) return null;
        try {
            String host = URI.create(a.url().strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long[] boxed(long[] v) {
        Long[] out = new Long[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }
}
