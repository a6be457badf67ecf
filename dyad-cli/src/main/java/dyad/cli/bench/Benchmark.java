package dyad.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.Coder;
import dyad.core.eval.Scorer;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.nlp.NlpPipeline;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The measurements of {@code dyad bench}: one pipeline built (start-up), warmed up on the first articles, then timed
 * over the whole corpus on a number of threads that share it (the coder and CoreNLP's pipelines are thread-safe).
 */
public final class Benchmark {

    /** The conventional preprocessing of event coders: the full CoreNLP pipeline with its default options. */
    public static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final List<Article> articles;
    private final int threads;
    private final int warmup;
    private final long tokens;

    public Benchmark(List<Article> articles, int threads, int warmup) {
        this.articles = List.copyOf(articles);
        this.threads = threads;
        this.warmup = Math.min(warmup, articles.size());
        this.tokens = tokens(articles);
    }

    public long tokens() {
        return tokens;
    }

    /** The articles of files and folders, read into memory before any timing; bad ones are named on standard error. */
    public static List<Article> read(List<Path> paths) {
        List<Article> out = new ArrayList<>();
        new ContainerReader().read(paths, null, source -> {
            if (source instanceof ArticleSource.Read r) out.add(r.article());
            else System.err.println("dyad bench: " + source.id() + ": " + ((ArticleSource.Failed) source).reason());
        });
        return out;
    }

    /** The project's coder, as {@code dyad code} builds it. */
    public Throughput dyad(String name, Supplier<Coder> build) {
        long start = System.nanoTime();
        Coder coder = build.get();
        double startup = (System.nanoTime() - start) / 1e9;
        return timed(name, startup, a -> coder.code(a).size());
    }

    /** CoreNLP's full pipeline alone over the article bodies (nothing coded). */
    public Throughput coreNlp(String name) {
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = baseline();
        double startup = (System.nanoTime() - start) / 1e9;
        return timed(name, startup, a -> {
            Annotation doc = new Annotation(a.body());
            pipeline.annotate(doc);
            return 0;
        });
    }

    /** The full pipeline as the CoreNLP command line builds it for {@link #BASELINE_ANNOTATORS}. */
    public static StanfordCoreNLP baseline() {
        Properties p = new Properties();
        p.setProperty("annotators", BASELINE_ANNOTATORS);
        return new StanfordCoreNLP(p);
    }

    private Throughput timed(String name, double startup, ToIntFunction<Article> work) {
        if (warmup > 0) ParallelRun.run(articles.subList(0, warmup), threads, work, null);
        try (HeapSampler heap = new HeapSampler()) {
            ParallelRun.Timed t = ParallelRun.run(articles, threads, work, name);
            return new Throughput(name, articles.size(), tokens, threads, startup, t.seconds(), heap.peakBytes(),
                    Runtime.getRuntime().maxMemory(), t.total(), null);
        }
    }

    /** The strict F1 (the shared score.py's rules) of a coder on a gold file and its articles. */
    public static double strictF1(Coder coder, Path gold, List<Path> articles) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (Article a : read(articles)) for (EventRecord e : coder.code(a)) records.add(mapper.valueToTree(e));
        return Scorer.score(Scorer.readGold(gold), records).strictF1();
    }

    /** The coder on the conventional preprocessing ({@link NlpPipeline#conventional()}): what the baseline row scores. */
    public static Coder conventionalCoder() {
        return new Coder(Coder.DEFAULT_TIME_LIMIT, NlpPipeline.conventional());
    }

    /** The tokens of the corpus as CoreNLP's tokenizer counts them (the same count for every pipeline). */
    private static long tokens(List<Article> articles) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p, false);
        long n = 0;
        for (Article a : articles) {
            Annotation doc = new Annotation(a.body());
            tokenizer.annotate(doc);
            n += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }
}
