package dyad.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad spark}: runs the Apache Spark job (module dyad-spark) on this machine. Spark needs its own JVM
 * flags on Java 17 ({@code --add-opens}) and its own classpath, so this starts a second JVM with both: the job's
 * jar and the classpath Maven wrote beside it ({@code dyad-spark/target/classpath.txt}), and waits for it.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the Spark job on this machine: read text, JSON Lines, HTML, RSS/Atom and WARC files from "
                + "any Hadoop path, code them, merge their mentions into events and write OUTPUT/mentions and "
                + "OUTPUT/events (Parquet, by year and month), OUTPUT/errors and OUTPUT/summary.json.",
                "On a cluster: spark-submit with the shaded jar (dyad-spark/README.md)."})
final class SparkCommand implements Callable<Integer> {

    /** What Spark's classes reach into on Java 17 (Spark's own launcher passes the same). */
    static final List<String> JVM_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Files, folders or globs on any Hadoop file system (repeat, or separate with commas).")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "The output folder (replaced).")
    String output;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--date", description = "Publication date for articles that carry none (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--partitions", description = "Coding partitions (default: 4 per core).")
    Integer partitions;

    @Option(names = "--memory", defaultValue = "3g",
            description = "Heap of the Spark JVM (in local mode its executors too; CoreNLP wants 2-3 GB; default: ${DEFAULT-VALUE}).")
    String memory;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path module = projectRoot().resolve("dyad-spark").resolve("target");
        Path jar = module.resolve("dyad-spark.jar"), classpath = module.resolve("classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
            System.err.println("dyad spark: the Spark module is not built (" + jar + "); build it with: "
                    + "mvn -pl dyad-spark -am package -DskipTests");
            return 2;
        }
        List<String> cmd = command(jar, Files.readString(classpath, StandardCharsets.UTF_8).strip());
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            throw e;
        }
    }

    List<String> command(Path jar, String classpath) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + memory);
        cmd.addAll(JVM_OPENS);
        cmd.add("-Dlog4j2.configurationFile=dyad/spark/log4j2-local.properties");
        cmd.add("-cp");
        cmd.add(jar + (classpath.isEmpty() ? "" : java.io.File.pathSeparator + classpath));
        cmd.add("dyad.spark.SparkJob");
        for (String i : inputs) {
            cmd.add("--input");
            cmd.add(i);
        }
        cmd.addAll(List.of("--output", output, "--master", master));
        if (date != null) cmd.addAll(List.of("--date", date.toString()));
        if (partitions != null) cmd.addAll(List.of("--partitions", partitions.toString()));
        return cmd;
    }

    /** The repository: dyad-cli/target/dyad-cli.jar (or dyad-cli/target/classes) is two folders below it. */
    static Path projectRoot() {
        try {
            Path where = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return where.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
