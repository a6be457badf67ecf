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
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * CoreNLP as dyad uses it: tokenize, ssplit, pos and lemma over the whole text, then the dependency parser only
 * on the sentences a caller selects (those that hold an actor and an event word): parsing is the costly part.
 * Load once per process and share: the models are read at construction; {@link #analyse} is thread-safe.
 */
public final class NlpPipeline {

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final int maxParseTokens;

    /** @param maxParseTokens sentences longer than this are not parsed (they get a flat tree): bounds the cost. */
    public NlpPipeline(int maxParseTokens) {
        this.maxParseTokens = maxParseTokens;
        Properties tag = new Properties();
        tag.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tag.setProperty("tokenize.language", "en");
        tag.setProperty("tokenize.options", "quotes=ascii,ellipses=ascii,splitHyphenated=false,invertible=true");
        tag.setProperty("ssplit.newlineIsSentenceBreak", "always");
        tag.setProperty("pos.maxlen", "200");
        this.tagger = new StanfordCoreNLP(tag, false);
        Properties dep = new Properties();
        dep.setProperty("annotators", "depparse");
        dep.setProperty("enforceRequirements", "false");
        dep.setProperty("depparse.extradependencies", "NONE");
        this.parser = new StanfordCoreNLP(dep, false);
    }

    public NlpPipeline() {
        this(120);
    }

    /** Tokens, sentences, tags and lemmas for the whole text; a tree for each sentence {@code parse} accepts. */
    public List<Sentence> analyse(String text, Predicate<List<Token>> parse) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>();
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<Token> tokens = tokens(s);
            tokenLists.add(tokens);
            if (!tokens.isEmpty() && tokens.size() <= maxParseTokens && parse.test(tokens)) toParse.add(s);
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            sub.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
            parser.annotate(sub);
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<Token> tokens = tokenLists.get(i);
            if (tokens.isEmpty()) continue;
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            DependencyTree tree = g == null ? DependencyTree.flat(tokens.size()) : tree(g, tokens.size());
            out.add(new Sentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, tree));
        }
        return out;
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
