package dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dyad.core.hostile.HostileCorpus;
import dyad.core.hostile.HostileCorpus.Case;
import dyad.core.hostile.HostileCorpus.Format;
import dyad.core.hostile.HostileCorpus.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus through the Spark job in local[2] (issue 8 item 2): the job finishes, every bad input is a row
 * of {@code errors/} with its reason, every good article is coded into {@code mentions/}, and nothing of the XXE
 * target file reaches any output.
 */
@Tag("spark")
class HostileJobTest {

    static JobRun run;
    static Path out;
    static List<Case> cases;
    static DyadJob.Summary summary;
    static List<Row> errors;
    static List<Row> mentions;

    @BeforeAll
    static void runTheJobOverTheCorpus() throws Exception {
        run = JobRun.get();
        Path corpus = Files.createDirectories(run.root.resolve("hostile"));
        cases = HostileCorpus.write(corpus);
        out = run.root.resolve("hostile-out");
        summary = new DyadJob(run.spark).run(new DyadJob.Options(List.of(corpus.toString()), out.toString(), null, 0));
        errors = run.spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        mentions = run.spark.read().parquet(out.resolve("mentions").toString()).collectAsList();
        System.out.println("dyad spark over " + cases.size() + " hostile files: " + summary + "; " + errors.size() + " error rows");
    }

    @Test
    void everyBadInputIsAnErrorRowWithItsReasonAndEveryGoodArticleIsCoded() {
        Set<String> coded = new HashSet<>();
        for (Row m : mentions) coded.add(m.getAs("article"));
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            List<String> named = new ArrayList<>();
            for (Row e : errors) {
                String file = e.getAs("file");
                if (file != null && file.endsWith("/" + c.file())) named.add(e.getAs("article") + ": " + e.getAs("reason"));
            }
            if (c.outcome() == Outcome.REFUSED) {
                if (named.isEmpty()) problems.add(c.file() + ": no error row");
                for (String n : named) {
                    if (c.reason() != null && !n.toLowerCase(Locale.ROOT).contains(c.reason().toLowerCase(Locale.ROOT))) {
                        problems.add(c.file() + ": '" + n + "' does not say '" + c.reason() + "'");
                    }
                }
            }
            if (c.outcome() == Outcome.CODED && !named.isEmpty()) problems.add(c.file() + ": a good input failed: " + named);
            if (c.outcome() == Outcome.CODED && c.format() == Format.TEXT && !coded.contains(c.file())) problems.add(c.file() + ": not coded");
            for (String id : c.goodIds()) {
                if (named.stream().anyMatch(n -> n.startsWith(id + ":"))) problems.add(c.file() + ": the good article " + id + " failed");
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        assertEquals(errors.size(), summary.failures());
    }

    @Test
    void nothingOfTheLocalFileReachesTheOutput() {
        for (Row e : errors) assertFalse(e.toString().contains(HostileCorpus.SECRET), e.toString());
        for (Row m : mentions) assertFalse(m.toString().contains(HostileCorpus.SECRET), m.toString());
    }
}
