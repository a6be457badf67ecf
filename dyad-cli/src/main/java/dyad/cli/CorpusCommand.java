package dyad.cli;

import dyad.cli.bench.CorpusGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad corpus}: writes the benchmark corpus, distinct articles varied from the project's own. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write a benchmark corpus: N distinct articles made from dated source articles (default eval/own) "
                + "by moving them in time, swapping the states they name and reordering their paragraphs.")
final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", defaultValue = "2000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the .txt articles into.")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "The same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Source article files or folders (default: eval/own).")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            System.err.println("dyad corpus: --count must be at least 1");
            return 2;
        }
        List<CorpusGenerator.Source> read = CorpusGenerator.read(sources == null ? List.of(Path.of("eval/own")) : sources);
        if (read.isEmpty()) {
            System.err.println("dyad corpus: no dated source articles (a .txt file starting with 'date YYYY-MM-DD')");
            return 2;
        }
        List<CorpusGenerator.Generated> articles = new CorpusGenerator(read, seed).generate(count);
        CorpusGenerator.write(articles, out);
        System.err.printf("dyad corpus: %d articles from %d sources in %s%n", articles.size(), read.size(), out);
        return 0;
    }
}
