package dyad.store;

/**
 * What an ingest did: articles new, already known and failed; events founded and mentions merged into events
 * that were already there.
 */
public record IngestReport(int articlesNew, int articlesKnown, int articlesFailed, int eventsNew, int mentionsMerged) {

    public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, 0);

    IngestReport plus(IngestReport o) {
        return new IngestReport(articlesNew + o.articlesNew, articlesKnown + o.articlesKnown,
                articlesFailed + o.articlesFailed, eventsNew + o.eventsNew, mentionsMerged + o.mentionsMerged);
    }

    /** The one-line summary {@code dyad ingest} prints. */
    public String summary() {
        return String.format("articles: %d new, %d already known, %d failed; events: %d new, %d mentions merged into known events",
                articlesNew, articlesKnown, articlesFailed, eventsNew, mentionsMerged);
    }
}
