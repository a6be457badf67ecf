package dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.ArticleTimeoutException;
import dyad.core.Coder;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.read.ArticleReader;
import dyad.core.read.ContainerReader;
import dyad.core.read.ReaderLimits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    LimitOptions limits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    enum OutputFormat { jsonl, tsv }

    @Override
    public Integer call() {
        if (limits.problem() != null) {
            System.err.println("dyad code: " + limits.problem());
            return 2;
        }
        Coder coder = new Coder(limits.perArticle());
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int[] failed = {0};
        if (format == OutputFormat.tsv) out.println(TsvRecords.HEADER);
        ReaderLimits bounds = limits.readerLimits();
        new ContainerReader(new ArticleReader(bounds), bounds).read(paths, date, source -> {
            if (source instanceof ArticleSource.Failed f) {
                failed[0]++;
                System.err.println("dyad: " + printable(f.id()) + ": " + printable(f.reason()));
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
            } catch (ArticleTimeoutException e) {
                failed[0]++;
                System.err.println("dyad: " + printable(r.id()) + ": " + e.reason());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failed[0]++;
                System.err.println("dyad: " + printable(r.id()) + ": coding failed: " + printable(String.valueOf(e)));
            }
        });
        out.flush();
        return failed[0] == 0 ? 0 : 1;
    }

    /**
     * A name or reason as one safe line: line breaks and other control characters (a file name may hold them, a
     * terminal would obey an escape sequence) are written as escapes.
     */
    static String printable(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
