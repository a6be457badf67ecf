package dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.Coder;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes articles and prints their event records, one per line (SPEC section 4). */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles (files or folders) and print event records as JSON Lines or TSV.")
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--date", description = "Publication date for articles that carry none (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    enum OutputFormat { jsonl, tsv }

    @Override
    public Integer call() {
        Coder coder = new Coder();
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int[] failed = {0};
        if (format == OutputFormat.tsv) out.println(TsvRecords.HEADER);
        new ContainerReader().read(paths, date, source -> {
            if (source instanceof ArticleSource.Failed f) {
                failed[0]++;
                System.err.println("dyad: " + f.id() + ": " + f.reason());
                return;
            }
            ArticleSource.Read r = (ArticleSource.Read) source;
            try {
                for (EventRecord e : coder.code(r.article())) {
                    out.println(format == OutputFormat.tsv ? TsvRecords.row(e) : json.writeValueAsString(e));
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException | StackOverflowError e) {
                failed[0]++;
                System.err.println("dyad: " + r.id() + ": coding failed: " + e);
            }
        });
        out.flush();
        return failed[0] == 0 ? 0 : 1;
    }
}
