package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.ArticleTimeoutException;
import dyad.core.Coder;
import dyad.core.eval.GoldEvent;
import dyad.core.eval.Scorer;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: codes articles and scores them against a gold file with the rules of the shared score.py. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Code articles and score them against a gold file (strict and relaxed P/R/F1, what was missed and spurious).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (JSON Lines, one article a line).")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the figures as one JSON object as well.")
    boolean json;

    @Option(names = "--quiet", description = "Only the summary, not the per-article lists.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Map<String, List<GoldEvent>> goldEvents = Scorer.readGold(gold);
        Coder coder = new Coder();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        int[] failed = {0};
        new ContainerReader().read(paths, null, source -> {
            if (source instanceof ArticleSource.Read r) {
                // as in dyad code: an article the coder fails on is named with the reason, the others are scored
                try {
                    for (EventRecord e : coder.code(r.article())) records.add(mapper.valueToTree(e));
                } catch (ArticleTimeoutException e) {
                    failed[0]++;
                    System.err.println("dyad: " + CodeCommand.printable(r.id()) + ": " + e.reason());
                } catch (RuntimeException | StackOverflowError e) {
                    failed[0]++;
                    System.err.println("dyad: " + CodeCommand.printable(r.id()) + ": coding failed: " + CodeCommand.printable(String.valueOf(e)));
                }
            } else {
                failed[0]++;
                System.err.println("dyad: " + source.id() + ": " + ((ArticleSource.Failed) source).reason());
            }
        });
        Scorer.Result r = Scorer.score(goldEvents, records);
        if (json) System.out.println(mapper.writeValueAsString(r));
        if (!quiet) {
            for (Scorer.ArticleResult a : r.perArticle()) {
                System.out.printf("%s: tp %d fp %d fn %d missed %s%n", a.article(), a.tp(), a.fp(), a.fn(), a.missed());
                for (String s : a.spurious()) System.out.println("    spurious " + s);
            }
        }
        System.out.printf("articles %d, gold events (required) %d, system events %d%n", r.articles(), r.goldRequired(), r.systemEvents());
        System.out.printf(Locale.ROOT, "dyad+code P %.3f R %.3f F1 %.3f; on those: date acc %s, modality acc %s, location acc %s%n",
                r.relaxedPrecision(), r.relaxedRecall(), r.relaxedF1(), fmt(r.dateAccuracy()), fmt(r.modalityAccuracy()), fmt(r.locationAccuracy()));
        System.out.printf(Locale.ROOT, "strict P %.3f R %.3f%n", r.strictPrecision(), r.strictRecall());
        System.out.printf(Locale.ROOT, "strict F1 %.3f%n", r.strictF1());
        return failed[0] == 0 ? 0 : 1;
    }

    private static String fmt(Double d) {
        return d == null ? "None" : String.format(Locale.ROOT, "%.3f", d);
    }
}
