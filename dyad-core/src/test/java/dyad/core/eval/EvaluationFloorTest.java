package dyad.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import dyad.core.support.Fixtures;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coder's strict F1 on the evaluation sets never drops below the floors recorded in eval/floors.properties. */
class EvaluationFloorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static double strictF1(Path folder) {
        List<JsonNode> records = new ArrayList<>();
        new ContainerReader().read(List.of(folder), null, source -> {
            if (source instanceof ArticleSource.Read r) {
                for (EventRecord e : Fixtures.coder().code(r.article())) records.add(JSON.valueToTree(e));
            }
        });
        Scorer.Result result = Scorer.score(Scorer.readGold(folder.resolve("gold.jsonl")), records);
        return result.strictF1();
    }

    private static double floor(String set) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Fixtures.repository().resolve("eval/floors.properties"))) {
            p.load(r);
        }
        return Double.parseDouble(p.getProperty(set));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"seed, shared", "dev, shared", "own, repository", "story, repository"})
    void strictF1StaysAboveItsFloor(String set, String where) throws Exception {
        Path folder = where.equals("shared") ? Fixtures.shared().resolve("eval").resolve(set) : Fixtures.repository().resolve("eval").resolve(set);
        double f1 = strictF1(folder);
        System.out.printf("strict F1 on %s: %.3f (floor %.3f)%n", set, f1, floor(set));
        assertTrue(f1 >= floor(set) - 1e-9, "strict F1 on " + set + " fell to " + f1 + ", below its floor " + floor(set));
    }
}
