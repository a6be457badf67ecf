package dyad.spark;

import dyad.core.merge.TextPrint;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The dyad job: what {@code dyad ingest} followed by {@code dyad export --format parquet} does on one machine,
 * as Spark stages over a whole corpus.
 * <ol>
 *   <li>List the input files on the driver ({@link InputFiles}) and read them on the executors with dyad-core's
 *       container readers ({@link ContainerRows}).</li>
 *   <li>Drop what the store would find already known: the same body (content hash), or the same URL with the same
 *       normalised text; the first in corpus order stays.</li>
 *   <li>Code the articles, spread over the cluster, with one coder per executor ({@link CodeArticles}).</li>
 *   <li>Number the coded articles in corpus order (the store's ingest sequence) and find near-duplicate families
 *       (MinHash bands, as the store does), which count as one source text.</li>
 *   <li>Turn records into mentions ({@link MentionRows}) and merge each merge key's mentions into events
 *       ({@link EventMerge}); number the events in the order the store founds them.</li>
 *   <li>Write {@code mentions/} and {@code events/} as Parquet partitioned by the event's year and month
 *       ({@code year=2025/month=11}; no year or month: Hive's default partition), {@code errors/} (what could not
 *       be read or coded, and why) and {@code summary.json}.</li>
 * </ol>
 * No bad record fails the job: it becomes a row of {@code errors/}.
 */
public final class DyadJob {

    /** What to read, where to write, the date for undated articles, and how many coding partitions (0: automatic). */
    public record Options(List<String> inputs, String output, LocalDate fallbackDate, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /** What a run did (also written to summary.json). */
    public record Summary(long files, long articles, long known, long readFailures, long coded, long codingFailures,
            long mentions, long events, long sourceTexts) {

        public long failures() {
            return readFailures + codingFailures;
        }

        Map<String, Long> asMap() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("files", files);
            m.put("articles", articles);
            m.put("known", known);
            m.put("read_failures", readFailures);
            m.put("coded", coded);
            m.put("coding_failures", codingFailures);
            m.put("mentions", mentions);
            m.put("events", events);
            m.put("source_texts", sourceTexts);
            return m;
        }

        @Override
        public String toString() {
            return String.format("%d files: %d articles (%d already known, %d not readable); %d coded, %d failed; "
                    + "%d mentions, %d events, %d source texts", files, articles, known, readFailures, coded,
                    codingFailures, mentions, events, sourceTexts);
        }
    }

    private static final StructType SEQ = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file_no", DataTypes.IntegerType, false),
            DataTypes.createStructField("rec_no", DataTypes.IntegerType, false),
            DataTypes.createStructField("seq", DataTypes.IntegerType, false)));

    private static final StructType EVENT_NO = DataTypes.createStructType(List.of(
            DataTypes.createStructField("event_id", DataTypes.StringType, false),
            DataTypes.createStructField("event_no", DataTypes.LongType, false)));

    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final List<Dataset<Row>> cached = new ArrayList<>();

    public DyadJob(SparkSession spark) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** Runs the job and returns what it did. */
    public Summary run(Options o) throws IOException {
        try {
            return runStages(o);
        } finally {
            for (Dataset<Row> d : cached) d.unpersist();
            cached.clear();
        }
    }

    private Summary runStages(Options o) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputFiles.Listing listing = InputFiles.list(conf, o.inputs());
        int parallelism = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 4);

        // 1. read
        JavaRDD<Row> read = jsc.parallelize(listing.files(), Math.max(1, Math.min(listing.files().size(), parallelism)))
                .mapPartitions(new ContainerRows(new InputFiles.SerializableConf(conf), o.fallbackDate()));
        Dataset<Row> sources = cache(spark.createDataFrame(read, Columns.SOURCE));

        // 2. what the store would find already known
        Dataset<Row> readable = sources.filter(col("ok"));
        Dataset<Row> firstOfUrl = readable.filter(col("url").isNotNull())
                .withColumn("_n", row_number().over(Window.partitionBy("url", "text_print").orderBy("file_no", "rec_no")))
                .filter(col("_n").equalTo(1))
                .drop("_n");
        Dataset<Row> unique = firstOfUrl.unionByName(readable.filter(col("url").isNull()))
                .withColumn("_n", row_number().over(Window.partitionBy("content_hash").orderBy("file_no", "rec_no")))
                .filter(col("_n").equalTo(1))
                .drop("_n");

        // 3. code
        Dataset<Row> coded = cache(unique.repartition(parallelism)
                .mapPartitions(new CodeArticles(), Encoders.row(Columns.CODED)));

        // 4. ingest order and source texts
        Dataset<Row> stored = coded.filter(col("ok"));
        JavaRDD<Row> seqRows = stored.select("file_no", "rec_no").orderBy("file_no", "rec_no").javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getInt(0), t._1().getInt(1), (int) (t._2() + 1)));
        Dataset<Row> articles = cache(stored.join(spark.createDataFrame(seqRows, SEQ), new String[] {"file_no", "rec_no"}));
        Dataset<Row> sourceTexts = sourceTexts(articles);
        Dataset<Row> withSources = articles.join(sourceTexts, "seq");

        // 5. mentions and events
        Dataset<Row> mentions = cache(withSources.flatMap(new MentionRows(), Encoders.row(Columns.MENTION)));
        Dataset<Row> merged = cache(mentions
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("merge_key"), Encoders.STRING())
                .flatMapGroups(new EventMerge(), Encoders.row(Columns.MERGED)));
        JavaRDD<Row> numbers = merged.select("event_id", "founder_seq", "founder_ordinal")
                .orderBy("founder_seq", "founder_ordinal").javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), t._2() + 1));
        Dataset<Row> events = merged.drop("event_no").join(spark.createDataFrame(numbers, EVENT_NO), "event_id")
                .select(columns(Columns.names(Columns.EVENT_FIELDS)));
        Dataset<Row> membership = merged.select(col("event_id"), explode(col("members")).as("m"))
                .select(col("m.article_key").as("article_key"), col("m.ordinal").as("ordinal"), col("event_id"));
        Dataset<Row> mentionsOut = mentions.drop("event_id").join(membership, new String[] {"article_key", "ordinal"})
                .select(columns(Columns.names(Columns.MENTION_FIELDS)));

        // 6. write
        String out = o.output().endsWith("/") ? o.output() : o.output() + "/";
        writeByMonth(events, "event_no", out + "events");
        writeByMonth(mentionsOut, "seq", out + "mentions");
        Dataset<Row> errors = errors(listing.missing(), sources, coded);
        errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "errors");

        Map<Boolean, Long> readCounts = counts(sources);
        Map<Boolean, Long> codeCounts = counts(coded);
        long readOk = readCounts.getOrDefault(true, 0L);
        long uniqueCount = codeCounts.values().stream().mapToLong(Long::longValue).sum();
        Summary summary = new Summary(listing.files().size(), readOk, readOk - uniqueCount,
                readCounts.getOrDefault(false, 0L) + listing.missing().size(), codeCounts.getOrDefault(true, 0L),
                codeCounts.getOrDefault(false, 0L), mentions.count(), merged.count(),
                sourceTexts.select("source_text").distinct().count());
        writeSummary(conf, out + "summary.json", summary);
        return summary;
    }

    /**
     * Each article's source text: the content hash of the first article of its near-duplicate family. As in the
     * store, an article's family is that of the earliest earlier article sharing a MinHash band with it whose
     * estimated similarity reaches the threshold; families are followed to their first article.
     */
    private Dataset<Row> sourceTexts(Dataset<Row> articles) {
        Dataset<Row> buckets = articles.select(col("seq"), posexplode(col("bands")).as(new String[] {"band", "bucket"}));
        Dataset<Row> x = buckets.as("x"), y = buckets.as("y");
        Dataset<Row> pairs = x.join(y, col("x.band").equalTo(col("y.band")).and(col("x.bucket").equalTo(col("y.bucket")))
                        .and(col("y.seq").lt(col("x.seq"))))
                .select(col("x.seq").as("seq"), col("y.seq").as("cand")).distinct();
        Dataset<Row> sig = articles.select("seq", "minhash");
        Dataset<Row> parents = cache(pairs
                .join(sig.withColumnRenamed("minhash", "mx"), "seq")
                .join(sig.withColumnRenamed("seq", "cand").withColumnRenamed("minhash", "my"), "cand")
                .filter(expr("size(filter(zip_with(mx, my, (a, b) -> a = b), t -> t)) / size(mx) >= "
                        + TextPrint.NEAR_DUPLICATE))
                .groupBy("seq").agg(min("cand").as("parent")));
        Dataset<Row> roots = parents.withColumnRenamed("parent", "root");
        for (int i = 0; i < 64; i++) {
            Dataset<Row> up = parents.withColumnRenamed("seq", "root").withColumnRenamed("parent", "up");
            if (roots.join(up, "root").isEmpty()) break;
            roots = roots.join(up, new String[] {"root"}, "left")
                    .select(col("seq"), coalesce(col("up"), col("root")).as("root")).localCheckpoint();
        }
        Dataset<Row> root = articles.select("seq").join(roots, new String[] {"seq"}, "left")
                .select(col("seq"), coalesce(col("root"), col("seq")).as("root_seq"));
        return root.join(articles.select(col("seq").as("root_seq"), col("content_hash").as("source_text")), "root_seq")
                .select("seq", "source_text");
    }

    private Dataset<Row> errors(List<String> missing, Dataset<Row> sources, Dataset<Row> coded) {
        List<Row> none = new ArrayList<>();
        for (String m : missing) none.add(RowFactory.create(m, m, "read", "no such file or folder"));
        return spark.createDataFrame(none, Columns.ERROR)
                .unionByName(sources.filter(col("ok").equalTo(false))
                        .select(col("id").as("article"), col("file"), lit("read").as("stage"), col("reason")))
                .unionByName(coded.filter(col("ok").equalTo(false))
                        .select(col("id").as("article"), col("file"), lit("code").as("stage"), col("reason")));
    }

    /** Writes a table partitioned by its date's year and month, one file a month, rows in {@code order}. */
    private static void writeByMonth(Dataset<Row> table, String order, String path) {
        Dataset<Row> typed = table;
        for (String c : Columns.DATE_COLUMNS) {
            if (List.of(table.columns()).contains(c)) typed = typed.withColumn(c, col(c).cast("date"));
        }
        typed.withColumn("year", when(length(col("date")).geq(4), substring(col("date"), 1, 4).cast("int")))
                .withColumn("month", when(length(col("date")).geq(7), substring(col("date"), 6, 2).cast("int")))
                .repartition(col("year"), col("month"))
                .sortWithinPartitions(order)
                .write().mode(SaveMode.Overwrite).partitionBy("year", "month").parquet(path);
    }

    private static Map<Boolean, Long> counts(Dataset<Row> d) {
        Map<Boolean, Long> m = new LinkedHashMap<>();
        for (Row r : d.groupBy("ok").count().collectAsList()) m.put(r.getBoolean(0), r.getLong(1));
        return m;
    }

    private static void writeSummary(Configuration conf, String path, Summary s) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        StringBuilder json = new StringBuilder("{");
        s.asMap().forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        json.append("}\n");
        try (OutputStream os = fs.create(p, true)) {
            os.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private Dataset<Row> cache(Dataset<Row> d) {
        Dataset<Row> c = d.persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(c);
        return c;
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(n -> col(n)).toArray(Column[]::new);
    }
}
