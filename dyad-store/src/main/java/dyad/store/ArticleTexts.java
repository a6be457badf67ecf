package dyad.store;

import dyad.core.merge.TextPrint;
import dyad.core.model.Article;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The article texts the server shows with their evidence highlighted, in a side table {@code article_texts}
 * (article_key = the content hash the articles table is keyed by). A stop-gap until the articles table keeps
 * the body itself: {@link ServerQueries} reads {@code articles.body} when that column exists and this table
 * only otherwise. Written after the article's own transaction, so a crash in between loses the text (the
 * page then shows the evidence sentences alone), never an event.
 */
public final class ArticleTexts {

    private ArticleTexts() {}

    /** Creates the side table if the store has none (the store must be open for writing). */
    public static void ensureTable(EventStore store) {
        try (PreparedStatement ps = store.prepare("server.sql", "create_article_texts")) {
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot set up article texts in store " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** The key the store gives an article with this body. */
    public static String key(String body) {
        return TextPrint.contentHash(body);
    }

    /** Keeps the article's body, unless it is kept already. */
    public static void save(EventStore store, Article article) {
        try (PreparedStatement ps = store.prepare("server.sql", "save_article_text")) {
            ps.setString(1, key(article.body()));
            ps.setString(2, article.body());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot keep the text of " + article.id() + " in store " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
