package dyad.core;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.nlp.NlpPipeline;
import java.util.List;

/**
 * The coding pipeline: an article in, its event records out (SPEC section 2). Build one per process (it loads the
 * dictionaries and the CoreNLP models) and share it between threads.
 */
public final class Coder {

    private final CodingPipeline pipeline;

    public Coder() {
        this.pipeline = new CodingPipeline(new NlpPipeline());
    }

    /** The event records of one article, in text order. */
    public List<EventRecord> code(Article article) {
        return pipeline.run(article);
    }
}
