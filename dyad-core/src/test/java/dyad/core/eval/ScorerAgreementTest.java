package dyad.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import dyad.core.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `dyad eval` scores as the shared score.py does: the same figures on the same records. */
class ScorerAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"seed", "dev"})
    void javaScorerAndScorePyAgree(String set, @TempDir Path tmp) throws Exception {
        Path folder = Fixtures.shared().resolve("eval").resolve(set);
        Path script = Fixtures.shared().resolve("eval/score.py");
        assumeTrue(Files.exists(script), "score.py not found");
        List<JsonNode> records = new ArrayList<>();
        new ContainerReader().read(List.of(folder), null, source -> {
            if (source instanceof ArticleSource.Read r) {
                for (EventRecord e : Fixtures.coder().code(r.article())) records.add(JSON.valueToTree(e));
            }
        });
        // drop some records so that misses and spurious records are both exercised
        if (records.size() > 3) records.remove(1);
        Path system = tmp.resolve("system.jsonl");
        StringBuilder b = new StringBuilder();
        for (JsonNode n : records) b.append(JSON.writeValueAsString(n)).append('\n');
        Files.writeString(system, b.toString(), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), folder.resolve("gold.jsonl").toString(), system.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        JsonNode py = JSON.readTree(out.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        Scorer.Result java = Scorer.score(Scorer.readGold(folder.resolve("gold.jsonl")), records);
        assertEquals(py.path("strict").path("f1").asDouble(), round(java.strictF1()), 1e-9);
        assertEquals(py.path("strict").path("precision").asDouble(), round(java.strictPrecision()), 1e-9);
        assertEquals(py.path("strict").path("recall").asDouble(), round(java.strictRecall()), 1e-9);
        assertEquals(py.path("dyad_and_code").path("f1").asDouble(), round(java.relaxedF1()), 1e-9);
        assertEquals(py.path("system_events").asInt(), java.systemEvents());
        assertEquals(py.path("gold_required").asInt(), java.goldRequired());
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
