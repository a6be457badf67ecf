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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles coded at once, sharing one coder; the output keeps the order of the input (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    LimitOptions limits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    enum OutputFormat { jsonl, tsv }

    /** What coding one article gives: the lines for standard output, or the line for standard error. */
    private record Outcome(List<String> lines, String error) {}

    @Override
    public Integer call() {
        if (limits.problem() != null) {
            System.err.println("dyad code: " + limits.problem());
            return 2;
        }
        if (threads < 1) {
            System.err.println("dyad code: --threads must be at least 1");
            return 2;
        }
        Coder coder = new Coder(limits.perArticle());
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int[] failed = {0};
        if (format == OutputFormat.tsv) out.println(TsvRecords.HEADER);
        ReaderLimits bounds = limits.readerLimits();
        // articles are read in order and coded by the pool; results are written in the same order, and at most a few
        // per thread wait, so memory stays bounded however large the input
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-code");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        try {
            new ContainerReader(new ArticleReader(bounds), bounds).read(paths, date, source -> {
                pending.add(pool == null ? CompletableFuture.completedFuture(code(coder, json, source))
                        : pool.submit(() -> code(coder, json, source)));
                while (pending.size() > 4 * threads) write(pending.poll(), out, failed);
            });
            while (!pending.isEmpty()) write(pending.poll(), out, failed);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        out.flush();
        return failed[0] == 0 ? 0 : 1;
    }

    private Outcome code(Coder coder, ObjectMapper json, ArticleSource source) {
        if (source instanceof ArticleSource.Failed f) return new Outcome(List.of(), "dyad: " + printable(f.id()) + ": " + printable(f.reason()));
        ArticleSource.Read r = (ArticleSource.Read) source;
        try {
            List<String> lines = new ArrayList<>();
            for (EventRecord e : coder.code(r.article())) {
                lines.add(format == OutputFormat.tsv ? TsvRecords.row(e) : json.writeValueAsString(e));
            }
            return new Outcome(lines, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArticleTimeoutException e) {
            return new Outcome(List.of(), "dyad: " + printable(r.id()) + ": " + e.reason());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(List.of(), "dyad: " + printable(r.id()) + ": coding failed: " + printable(String.valueOf(e)));
        }
    }

    private static void write(Future<Outcome> next, PrintWriter out, int[] failed) {
        Outcome o;
        try {
            o = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        if (o.error() != null) {
            failed[0]++;
            out.flush();
            System.err.println(o.error());
            return;
        }
        for (String line : o.lines()) out.println(line);
        out.flush();
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
