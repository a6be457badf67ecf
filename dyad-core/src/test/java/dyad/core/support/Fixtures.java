package dyad.core.support;

import dyad.core.Coder;
import dyad.core.actor.ActorLookup;
import dyad.core.dict.ActorDictionary;
import dyad.core.model.Article;
import dyad.core.nlp.NlpPipeline;
import dyad.core.read.ArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tests share: one coder and one actor lookup per test JVM (the CoreNLP models take seconds to load), and
 * the paths of the shared evaluation and reference data beside the repository (system property dyad.shared).
 */
public final class Fixtures {

    private Fixtures() {}

    private static final class Holder {
        static final NlpPipeline NLP = new NlpPipeline();
        static final Coder CODER = new Coder();
        static final ActorDictionary DICTIONARY = new ActorDictionary();
        static final ActorLookup ACTORS = new ActorLookup(NLP, DICTIONARY);
    }

    public static NlpPipeline nlp() { return Holder.NLP; }

    public static ActorDictionary dictionary() { return Holder.DICTIONARY; }

    public static Coder coder() { return Holder.CODER; }

    public static ActorLookup actors() { return Holder.ACTORS; }

    /** The shared folder (../shared beside the repository). */
    public static Path shared() {
        String p = System.getProperty("dyad.shared");
        Path path = p != null ? Path.of(p) : Path.of("../../shared");
        if (!Files.isDirectory(path)) path = Path.of("../shared");
        return path.toAbsolutePath().normalize();
    }

    /** The repository root (the parent of the module the tests run in). */
    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("eval")) ? here : here.getParent();
    }

    public static Article article(Path file) {
        try {
            return new ArticleReader().read(file.getFileName().toString(), Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dyad.core.read.BadArticleException e) {
            throw new IllegalStateException(e.article() + ": " + e.reason());
        }
    }
}
