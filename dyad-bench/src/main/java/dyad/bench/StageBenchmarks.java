package dyad.bench;

import dyad.core.Coder;
import dyad.core.actor.ActorMention;
import dyad.core.actor.Coreference;
import dyad.core.actor.MentionFinder;
import dyad.core.dict.ActorDictionary;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Sentence;
import dyad.core.model.DependencyTree;
import dyad.core.model.Token;
import dyad.core.nlp.ArcStandardParser;
import dyad.core.nlp.NlpPipeline;
import dyad.core.time.Direction;
import dyad.core.time.TemporalTagger;
import dyad.core.time.Timex;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
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
 * pos/lemma on the selected sentences, parsed by dyad's decoder), the parse alone by dyad's decoder and by CoreNLP's
 * {@code DependencyParser} over the same tagged sentences (one model, the same trees), dictionary mentions, mentions
 * with coreference, the temporal tagger, and the whole coder. Average time per article.
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
    private ArcStandardParser parser;
    private DependencyParser coreNlpParser;
    private final List<List<String>> words = new ArrayList<>();
    private final List<List<String>> tags = new ArrayList<>();

    @Setup
    public void setUp() {
        article = SeedArticle.read();
        nlp = new NlpPipeline();
        mentions = new MentionFinder(new ActorDictionary());
        sentences = nlp.analyse(article.body(), mentions::hasActor);
        tagger = new TemporalTagger();
        coder = new Coder(null);
        parser = ArcStandardParser.english();
        coreNlpParser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        for (Sentence s : nlp.analyse(article.body(), w -> true)) {
            words.add(s.tokens().stream().map(Token::word).toList());
            tags.add(s.tokens().stream().map(Token::tag).toList());
        }
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
    public List<DependencyTree> parseWithDyadsDecoder() {
        List<DependencyTree> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) out.add(parser.parse(words.get(i), tags.get(i)));
        return out;
    }

    @Benchmark
    public List<GrammaticalStructure> parseWithCoreNlpsDependencyParser() {
        List<GrammaticalStructure> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            List<TaggedWord> tagged = new ArrayList<>(words.get(i).size());
            for (int k = 0; k < words.get(i).size(); k++) tagged.add(new TaggedWord(words.get(i).get(k), tags.get(i).get(k)));
            out.add(coreNlpParser.predict(tagged));
        }
        return out;
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
