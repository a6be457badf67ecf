package dyad.core.read;

/** An article that cannot be coded, with the reason in words a user can act on. */
public final class BadArticleException extends Exception {

    private final String article;

    public BadArticleException(String article, String reason) {
        super(reason);
        this.article = article;
    }

    public String article() { return article; }

    public String reason() { return getMessage(); }
}
