package dyad.core;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.util.List;

/** The stages of the coder, assembled in one place. */
final class CodingPipeline {

    List<EventRecord> run(Article article) {
        return List.of();
    }
}
