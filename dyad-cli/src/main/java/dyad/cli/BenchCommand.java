package dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dyad.cli.bench.Benchmark;
import dyad.cli.bench.Throughput;
import dyad.core.Coder;
import dyad.core.model.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench}: codes a corpus and reports articles/s and tokens/s after warm-up, peak heap and start-up; with
 * {@code --baseline} the full CoreNLP pipeline over the same articles in the same run, and the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the coder over a corpus (articles/s, tokens/s after warm-up, peak heap, start-up, strict F1 "
                + "on the evaluation set); --baseline also times the full CoreNLP pipeline (" + Benchmark.BASELINE_ANNOTATORS
                + ") over the same articles and prints the ratio.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "2", description = "Threads sharing one pipeline (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50",
            description = "Articles coded before the timing starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N articles of the corpus, for every pipeline (default: all).")
    int limit;

    @Option(names = "--baseline", description = "Also time CoreNLP's full pipeline over the same articles.")
    boolean baseline;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/own/gold.jsonl",
            description = "Gold file for the strict F1 beside each speed (default: ${DEFAULT-VALUE}; skipped when missing).")
    Path gold;

    @Option(names = "--gold-articles", paramLabel = "DIR", defaultValue = "eval/own",
            description = "The gold file's articles (default: ${DEFAULT-VALUE}).")
    Path goldArticles;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The corpus: article files or folders (see dyad corpus).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || warmup < 0 || limit < 0) {
            System.err.println("dyad bench: --threads must be at least 1, --warmup and --limit not negative");
            return 2;
        }
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        if (baseline && Runtime.getRuntime().maxMemory() < (3L << 30)) {
            System.err.println("dyad bench: CoreNLP's full pipeline needs about 3 GB of heap; run with DYAD_JAVA_OPTS=-Xmx4g");
        }
        List<Article> articles = Benchmark.read(paths);
        if (limit > 0 && articles.size() > limit) articles = articles.subList(0, limit);
        if (articles.isEmpty()) {
            System.err.println("dyad bench: no articles in " + paths);
            return 2;
        }
        Benchmark bench = new Benchmark(articles, threads, warmup);
        boolean scored = Files.isRegularFile(gold) && Files.isDirectory(goldArticles);
        List<Throughput> rows = new ArrayList<>();
        Coder[] coder = new Coder[1];
        Throughput ours = bench.dyad("dyad", () -> coder[0] = new Coder());
        rows.add(scored ? ours.withStrictF1(Benchmark.strictF1(coder[0], gold, List.of(goldArticles))) : ours);
        coder[0] = null;
        if (baseline) {
            System.gc();
            Throughput base = bench.coreNlp("CoreNLP " + Benchmark.BASELINE_ANNOTATORS);
            System.gc();
            rows.add(scored ? base.withStrictF1(Benchmark.strictF1(Benchmark.conventionalCoder(), gold, List.of(goldArticles))) : base);
        }
        if (json) System.out.println(json(rows, jvmStart));
        else print(rows, jvmStart);
        return 0;
    }

    private void print(List<Throughput> rows, double jvmStart) {
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d tokens (CoreNLP tokenizer); %d threads; warm-up %d articles; "
                        + "max heap %d MB; JVM start %.1f s%n", rows.get(0).articles(), rows.get(0).tokens(), threads,
                Math.min(warmup, rows.get(0).articles()), rows.get(0).maxHeapBytes() >> 20, jvmStart);
        System.out.printf(Locale.ROOT, "%-48s %10s %10s %12s %14s %8s %10s%n", "pipeline", "articles/s", "tokens/s",
                "start-up s", "peak heap MB", "events", "strict F1");
        for (Throughput t : rows) {
            System.out.printf(Locale.ROOT, "%-48s %10.2f %10.0f %12.1f %14d %8s %10s%n", t.pipeline(), t.articlesPerSecond(),
                    t.tokensPerSecond(), t.startupSeconds(), t.peakHeapBytes() >> 20,
                    t.pipeline().startsWith("CoreNLP") ? "-" : String.valueOf(t.events()),
                    t.strictF1() == null ? "-" : String.format(Locale.ROOT, "%.3f", t.strictF1()));
        }
        if (rows.size() == 2) {
            System.out.printf(Locale.ROOT, "ratio dyad / CoreNLP: %.1fx articles/s%n",
                    rows.get(0).articlesPerSecond() / rows.get(1).articlesPerSecond());
        }
        if (rows.get(0).strictF1() != null) {
            System.out.println("strict F1 on " + gold + ": the dyad coder on its own sentence analysis"
                    + (rows.size() == 2 ? ", and on the full CoreNLP pipeline's (every sentence tagged, ner, parsed)" : ""));
        }
    }

    private String json(List<Throughput> rows, double jvmStart) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", rows.get(0).articles());
        out.put("tokens", rows.get(0).tokens());
        out.put("threads", threads);
        out.put("warmup", Math.min(warmup, rows.get(0).articles()));
        out.put("jvm_start_seconds", jvmStart);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Throughput t : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("pipeline", t.pipeline());
            r.put("articles_per_second", t.articlesPerSecond());
            r.put("tokens_per_second", t.tokensPerSecond());
            r.put("seconds", t.seconds());
            r.put("startup_seconds", t.startupSeconds());
            r.put("peak_heap_bytes", t.peakHeapBytes());
            r.put("max_heap_bytes", t.maxHeapBytes());
            r.put("events", t.pipeline().startsWith("CoreNLP") ? null : t.events());
            r.put("strict_f1", t.strictF1());
            list.add(r);
        }
        out.put("pipelines", list);
        if (rows.size() == 2) out.put("ratio_articles_per_second", rows.get(0).articlesPerSecond() / rows.get(1).articlesPerSecond());
        return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(out);
    }
}
