package dyad.bench;

import dyad.core.Coder;
import dyad.core.actor.ActorMention;
import dyad.core.actor.Coreference;
import dyad.core.actor.MentionFinder;
import dyad.core.dict.ActorDictionary;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Sentence;
import dyad.core.nlp.NlpPipeline;
import dyad.core.time.Direction;
import dyad.core.time.TemporalTagger;
import dyad.core.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot stages of the coder on the seed article, each alone: sentence analysis (CoreNLP tokenize, ssplit, and
 * pos/lemma/depparse on the selected sentences), dictionary mentions, mentions with coreference, the temporal tagger,
 * and the whole coder. Average time per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class StageBenchmarks {

    private Article article;
    private NlpPipeline nlp;
    private List<Sentence> sentences;
    private MentionFinder mentions;
    private final Coreference coreference = new Coreference();
    private TemporalTagger tagger;
    private Coder coder;

    @Setup
    public void setUp() {
        article = SeedArticle.read();
        nlp = new NlpPipeline();
        mentions = new MentionFinder(new ActorDictionary());
        sentences = nlp.analyse(article.body(), mentions::hasActor);
        tagger = new TemporalTagger();
        coder = new Coder(null);
    }

    @Benchmark
    public List<Sentence> sentenceAnalysis() {
        return nlp.analyse(article.body(), mentions::hasActor);
    }

    @Benchmark
    public List<Sentence> tokenizeOnly() {
        return nlp.analyse(article.body(), words -> false);
    }

    @Benchmark
    public List<List<ActorMention>> dictionaryMentions() {
        List<List<ActorMention>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) out.add(mentions.find(s, article.body()));
        return out;
    }

    @Benchmark
    public List<List<ActorMention>> mentionsAndCoreference() {
        return coreference.resolve(sentences, dictionaryMentions());
    }

    @Benchmark
    public List<Timex> temporalTagger() {
        return tagger.tag(article.body(), article.date(), Direction.UNKNOWN);
    }

    @Benchmark
    public List<EventRecord> wholeCoder() {
        return coder.code(article);
    }
}
