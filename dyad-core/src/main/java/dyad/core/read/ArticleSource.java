package dyad.core.read;

import dyad.core.model.Article;

/**
 * One item read from an input: either an article ready to code, with what its container said of it, or a
 * failure naming the article and the reason. Readers never throw for a bad article: they emit a failure and go on.
 */
public sealed interface ArticleSource permits ArticleSource.Read, ArticleSource.Failed {

    /** The article's id (file name or container id). */
    String id();

    /** An article and its container metadata (url, outlet, title: null when the container gives none). */
    record Read(Article article, String url, String outlet, String title) implements ArticleSource {
        public String id() { return article.id(); }
    }

    /**
     * An input that could not be read as an article. The reason is one line whatever went into it (a parser's
     * message may quote the broken input, line breaks and control characters included): errors tables, logs and
     * the command's stderr keep one failure a line.
     */
    record Failed(String id, String reason) implements ArticleSource {
        public Failed {
            if (reason != null) reason = reason.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        }
    }
}
