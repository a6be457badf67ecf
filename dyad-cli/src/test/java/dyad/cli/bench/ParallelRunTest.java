package dyad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench shares one coder between its threads: it must code every article as one thread does. */
class ParallelRunTest {

    private static final Path OWN = Path.of(System.getProperty("user.dir")).resolveSibling("eval").resolve("own");

    @Test
    void twoThreadsSharingOneCoderGiveTheRecordsOfOne(@TempDir Path dir) throws Exception {
        CorpusGenerator.write(new CorpusGenerator(CorpusGenerator.read(List.of(OWN)), 5).generate(12), dir);
        List<Article> articles = Benchmark.read(List.of(dir));
        Coder coder = new Coder(null);
        Map<String, List<EventRecord>> alone = new ConcurrentHashMap<>();
        for (Article a : articles) alone.put(a.id(), coder.code(a));
        Map<String, List<EventRecord>> shared = new ConcurrentHashMap<>();
        ParallelRun.Timed t = ParallelRun.run(articles, 2, a -> {
            List<EventRecord> r = coder.code(a);
            shared.put(a.id(), r);
            return r.size();
        }, null);
        assertEquals(alone, shared);
        assertEquals(alone.values().stream().mapToLong(List::size).sum(), t.total());
        assertEquals(new ArrayList<>(alone.keySet()).size(), articles.size());
    }
}
