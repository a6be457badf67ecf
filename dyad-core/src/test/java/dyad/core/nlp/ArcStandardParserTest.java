package dyad.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import dyad.core.read.ArticleReader;
import dyad.core.support.Fixtures;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The decoder dyad runs must give exactly the trees of the CoreNLP parser whose model it reads. */
class ArcStandardParserTest {

    @Test
    void givesTheTreesOfCoreNlpsOwnParserOnTheEvaluationArticles() throws IOException {
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Fixtures.shared().resolve("eval/seed"), Fixtures.shared().resolve("eval/dev"), Fixtures.repository().resolve("eval/own"), Fixtures.repository().resolve("eval/story"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        int sentences = 0;
        int same = 0;
        String firstDifference = null;
        for (Path f : files) {
            String body;
            try {
                body = new ArticleReader().read(f.getFileName().toString(), Files.readAllBytes(f), null).body();
            } catch (dyad.core.read.BadArticleException e) {
                throw new AssertionError(e);
            }
            for (Sentence s : Fixtures.nlp().analyse(body, words -> true)) {
                if (s.tokens().get(0).tag().isEmpty()) continue;
                List<TaggedWord> tagged = new ArrayList<>();
                for (Token t : s.tokens()) tagged.add(new TaggedWord(t.word(), t.tag()));
                GrammaticalStructure g = coreNlp.predict(tagged);
                int n = s.tokens().size();
                int[] heads = new int[n];
                String[] rels = new String[n];
                for (TypedDependency d : g.typedDependencies()) {
                    int i = d.dep().index() - 1;
                    heads[i] = d.gov().index() - 1;
                    rels[i] = d.reln().toString();
                }
                DependencyTree ours = s.tree();
                boolean all = true;
                for (int i = 0; i < n; i++) {
                    boolean ok = ours.head(i) == heads[i] && ours.relation(i).equals(rels[i]);
                    all &= ok;
                    if (!ok && firstDifference == null) {
                        firstDifference = s.tokens().get(i).word() + ": " + ours.head(i) + "/" + ours.relation(i) + " against "
                                + heads[i] + "/" + rels[i] + " in " + s.tokens().stream().map(Token::word).toList();
                    }
                }
                sentences++;
                if (all) same++;
            }
        }
        assertTrue(sentences > 250, "sentences " + sentences);
        assertEquals(sentences, same, "sentences whose tree differs from CoreNLP's; the first: " + firstDifference);
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        ArcStandardParser parser = ArcStandardParser.english();
        List<String> words = List.of("Syria", "will", "sign", "the", "agreement", ".");
        List<String> tags = List.of("NNP", "MD", "VB", "DT", "NN", ".");
        assertEquals(2, parser.parse(words, tags).head(0), "Syria is the subject of sign");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> parser.parse(words, tags));
        } finally {
            Thread.interrupted();
        }
    }
}
