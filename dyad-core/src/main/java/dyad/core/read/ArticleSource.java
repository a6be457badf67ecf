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

    /** An input that could not be read as an article. */
    record Failed(String id, String reason) implements ArticleSource {}
}
