package dyad.spark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point, for {@code spark-submit} and for {@code dyad spark}:
 * <pre>
 *   dyad.spark.SparkJob --input PATH [--input PATH ...] --output PATH [--master URL] [--date YYYY-MM-DD]
 *                       [--partitions N]
 * </pre>
 * {@code --input} takes any Hadoop path (a file, a folder, a glob; several with commas or repeated); {@code --master}
 * is for a local run (spark-submit sets the master itself). Exit status: 0 every article was coded, 1 some
 * records failed (they are in {@code errors/}), 2 usage error, 3 the job itself failed.
 */
public final class SparkJob {

    private SparkJob() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> inputs = new ArrayList<>();
        String output = null, master = null;
        LocalDate date = null;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (name.equals("-h") || name.equals("--help")) {
                    usage(out);
                    return 0;
                }
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.length ? args[++i] : null);
                if (value == null) throw new IllegalArgumentException("option " + name + " needs a value");
                switch (name) {
                    case "--input", "-i" -> {
                        for (String p : value.split(",")) if (!p.isBlank()) inputs.add(p.strip());
                    }
                    case "--output", "-o" -> output = value;
                    case "--master" -> master = value;
                    case "--date" -> date = LocalDate.parse(value);
                    case "--partitions" -> partitions = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (inputs.isEmpty()) throw new IllegalArgumentException("--input PATH is required");
            if (output == null) throw new IllegalArgumentException("--output PATH is required");
            if (partitions < 0) throw new IllegalArgumentException("--partitions must be positive");
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("dyad spark: " + e.getMessage());
            usage(err);
            return 2;
        }
        SparkSession spark = session(master);
        try {
            long t0 = System.nanoTime();
            DyadJob.Summary s = new DyadJob(spark).run(new DyadJob.Options(inputs, output, date, partitions));
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("dyad spark: %s in %.1f s (%.2f articles/s) -> %s%n", s, secs, s.coded() / secs, output);
            return s.failures() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("dyad spark: the job failed: " + e);
            return 3;
        } finally {
            spark.stop();
        }
    }

    /** A session for the job: the given master (else spark-submit's, else local[*]), quiet and small for local runs. */
    public static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("dyad");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static void usage(PrintStream out) {
        out.println("usage: dyad spark --input PATH [--input PATH ...] --output PATH [--master local[2]] "
                + "[--date YYYY-MM-DD] [--partitions N]");
        out.println("  reads text, JSON Lines, HTML, RSS/Atom and WARC files from any Hadoop path, codes them and writes");
        out.println("  OUTPUT/mentions and OUTPUT/events (Parquet, partitioned by year and month), OUTPUT/errors and");
        out.println("  OUTPUT/summary.json");
    }
}
