package dyad.core;

import java.time.Duration;

/** An article that took longer to code than the coder's time limit allows; it is given up, the others go on. */
public final class ArticleTimeoutException extends RuntimeException {

    private final String article;
    private final Duration limit;

    public ArticleTimeoutException(String article, Duration limit) {
        super("took longer than " + seconds(limit) + " to code (the time limit per article)");
        this.article = article;
        this.limit = limit;
    }

    public String article() { return article; }

    public Duration limit() { return limit; }

    public String reason() { return getMessage(); }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
