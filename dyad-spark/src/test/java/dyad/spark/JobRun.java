package dyad.spark;

import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * One run of the job over {@link TestCorpus} in local[2], shared by the test classes of one JVM (coding is what
 * costs: it is done once). The coder the executors use is the real one behind a memo keyed by the whole
 * {@link Article}: a later reference run that hits the memo for every article shows the job handed the coder
 * exactly the articles dyad-core's readers make. It refuses articles containing {@link TestCorpus#CODER_BREAKS}.
 */
public final class JobRun {

    public final Path root;
    public final Path corpus;
    public final Path output;
    public final DyadJob.Summary summary;
    public final SparkSession spark;
    public final double seconds;

    private static JobRun run;
    private static final Map<Article, List<EventRecord>> MEMO = new ConcurrentHashMap<>();
    private static final AtomicInteger CODED = new AtomicInteger();
    private static Coder real;

    private JobRun(Path root) throws Exception {
        this.root = root;
        this.corpus = TestCorpus.build(root);
        this.output = root.resolve("out");
        CoderHolder.use(JobRun::code);
        this.spark = SparkJob.session("local[2]");
        long t0 = System.nanoTime();
        this.summary = new DyadJob(spark).run(new DyadJob.Options(List.of(corpus.toString()), output.toString(), null, 0));
        this.seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dyad-spark test run: %s in %.1f s%n", summary, seconds);
    }

    /** The run, made on first use. */
    public static synchronized JobRun get() throws Exception {
        if (run == null) {
            Path root = Path.of("target/spark-test").toAbsolutePath();
            if (Files.exists(root)) {
                try (var s = Files.walk(root)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            run = new JobRun(Files.createDirectories(root));
        }
        return run;
    }

    /** The tests' coder: the real one, remembered per article; refuses the marked article. */
    public static List<EventRecord> code(Article a) {
        if (a.body().contains(TestCorpus.CODER_BREAKS)) throw new IllegalStateException("the test coder refuses this article");
        List<EventRecord> known = MEMO.get(a);
        if (known != null) return known;
        List<EventRecord> records = realCoder().code(a);
        CODED.incrementAndGet();
        MEMO.put(a, records);
        return records;
    }

    /** How many articles the real coder has coded so far (memo misses). */
    public static int realCodings() {
        return CODED.get();
    }

    /** The coding function as the store's ingester takes it. */
    public static Function<Article, List<EventRecord>> coder() {
        return JobRun::code;
    }

    private static Coder realCoder() {
        synchronized (MEMO) {
            if (real == null) real = new Coder();
            return real;
        }
    }
}
