package dyad.core.nlp;

import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CoreNLP as dyad uses it. Tokens and sentences for the whole text (cheap), then part-of-speech tags, lemmas and the
 * dependency parse only for the sentences a caller selects from their words (those that may hold an event word and an
 * actor): tagging and parsing are the costly part, and most sentences of a news article name no event. The NER annotator
 * is never run: dictionaries find the actors. The parse is CoreNLP's model run by {@link ArcStandardParser}, not by the
 * {@code depparse} annotator (same trees, several times faster). Load once per process and share; {@link #analyse} is
 * thread-safe.
 */
public final class NlpPipeline {

    /**
     * Sentences longer than this many tokens (a table, a list, a page with no full stop) are cut into consecutive
     * pieces of at most this many: it bounds the cost of every later stage, which sees one sentence at a time.
     */
    public static final int MAX_SENTENCE_TOKENS = 200;

    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP analyser;
    /** Dyad's decoder of CoreNLP's parser model; null when the annotators include {@code depparse}. */
    private final ArcStandardParser parser;
    private final int maxParseTokens;
    private final boolean everySentence;

    /** @param maxParseTokens sentences longer than this are not analysed (bounds the cost of one sentence). */
    public NlpPipeline(int maxParseTokens) {
        this(maxParseTokens, "pos,lemma", false, ArcStandardParser.english());
    }

    private NlpPipeline(int maxParseTokens, String annotators, boolean everySentence, ArcStandardParser parser) {
        this.maxParseTokens = maxParseTokens;
        this.everySentence = everySentence;
        this.parser = parser;
        Properties tok = new Properties();
        tok.setProperty("annotators", "tokenize,ssplit");
        tok.setProperty("tokenize.language", "en");
        tok.setProperty("tokenize.options", "quotes=ascii,ellipses=ascii,splitHyphenated=false,invertible=true");
        tok.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.tokenizer = new StanfordCoreNLP(tok, false);
        Properties an = new Properties();
        an.setProperty("annotators", annotators);
        an.setProperty("enforceRequirements", "false");
        an.setProperty("pos.maxlen", String.valueOf(maxParseTokens));
        an.setProperty("depparse.extradependencies", "NONE");
        this.analyser = new StanfordCoreNLP(an, false);
    }

    public NlpPipeline() {
        this(120);
    }

    /**
     * The conventional preprocessing of event coders, for comparison only (what {@code dyad bench --baseline} scores):
     * every sentence is tagged, lemmatised, run through CoreNLP's {@code ner} annotator and parsed, whatever the caller
     * selects. The coder reads none of the named-entity tags; they cost what they cost elsewhere.
     */
    public static NlpPipeline conventional() {
        return new NlpPipeline(120, "pos,lemma,ner,depparse", true, null);
    }

    /**
     * Sentences of the text with their tokens; the sentences {@code select} accepts (it sees the words only: lemma =
     * word, no tag) also get tags, lemmas and a dependency tree, the others a flat tree and no tags.
     */
    public List<Sentence> analyse(String text, Predicate<List<Token>> select) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        List<CoreMap> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) sentences.addAll(cut(s));
        List<CoreMap> chosen = new ArrayList<>();
        Set<CoreMap> analysed = new HashSet<>();
        for (CoreMap s : sentences) {
            List<Token> words = tokens(s);
            if (!words.isEmpty() && words.size() <= maxParseTokens && (everySentence || select.test(words))) chosen.add(s);
        }
        if (!chosen.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            List<CoreLabel> subTokens = new ArrayList<>();
            for (CoreMap s : chosen) subTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            sub.set(CoreAnnotations.TokensAnnotation.class, subTokens);
            analyser.annotate(sub);
            analysed.addAll(chosen);
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<Token> tokens = tokens(s);
            if (tokens.isEmpty()) continue;
            DependencyTree tree = analysed.contains(s) ? parse(s, tokens) : DependencyTree.flat(tokens.size());
            out.add(new Sentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, tree));
        }
        return out;
    }

    private DependencyTree parse(CoreMap s, List<Token> tokens) {
        if (parser != null) return parser.parse(tokens.stream().map(Token::word).toList(), tokens.stream().map(Token::tag).toList());
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        return g == null ? DependencyTree.flat(tokens.size()) : tree(g, tokens.size());
    }

    /** A sentence over {@link #MAX_SENTENCE_TOKENS} as consecutive pieces of at most that many tokens. */
    private static List<CoreMap> cut(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.size() <= MAX_SENTENCE_TOKENS) return List.of(s);
        List<CoreMap> pieces = new ArrayList<>();
        for (int from = 0; from < labels.size(); from += MAX_SENTENCE_TOKENS) {
            List<CoreLabel> part = new ArrayList<>(labels.subList(from, Math.min(labels.size(), from + MAX_SENTENCE_TOKENS)));
            for (int i = 0; i < part.size(); i++) part.get(i).setIndex(i + 1);
            CoreMap piece = new ArrayCoreMap();
            piece.set(CoreAnnotations.TokensAnnotation.class, part);
            piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
            piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
            pieces.add(piece);
        }
        return pieces;
    }

    private static List<Token> tokens(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(new Token(out.size(), l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag() == null ? "" : l.tag(),
                    l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    private static DependencyTree tree(SemanticGraph g, int size) {
        int[] heads = new int[size];
        String[] rels = new String[size];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord dep = e.getDependent();
            int d = dep.index() - 1;
            if (d < 0 || d >= size) continue;
            heads[d] = e.getGovernor().index() - 1;
            rels[d] = e.getRelation().toString();
        }
        return new DependencyTree(heads, rels);
    }
}
