package dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job passes between its stages and writes out. Inside the job dates are ISO strings (no time zone
 * or session setting can shift them); the written tables cast them to DATE. The written mentions and events carry
 * exactly the columns of the store's {@code mentions} and {@code events} tables (dyad-store's schema.sql), in
 * their order, so {@code dyad export --format parquet} and this job give the same files to whoever reads them.
 */
final class Columns {

    private Columns() {}

    /** One item read from an input file: an article, or a failure with its reason. */
    static final StructType SOURCE = struct(
            f("file_no", IntegerType), f("rec_no", IntegerType), f("file", StringType), f("ok", BooleanType),
            f("id", StringType), f("reason", StringType), f("published", StringType), f("body", StringType),
            f("url", StringType), f("outlet", StringType), f("title", StringType),
            f("content_hash", StringType), f("text_print", StringType),
            f("minhash", createArrayType(LongType, false)), f("bands", createArrayType(LongType, false)));

    /** One article after coding: its records as JSON (SPEC section 2), or the reason it could not be coded. */
    static final StructType CODED = struct(
            f("file_no", IntegerType), f("rec_no", IntegerType), f("file", StringType), f("ok", BooleanType),
            f("id", StringType), f("reason", StringType), f("published", StringType), f("url", StringType),
            f("content_hash", StringType), f("minhash", createArrayType(LongType, false)),
            f("bands", createArrayType(LongType, false)), f("records", createArrayType(StringType, false)));

    /** The columns of the store's mentions table, dates as strings. */
    static final List<StructField> MENTION_FIELDS = List.of(
            f("article_key", StringType), f("ordinal", IntegerType), f("seq", IntegerType), f("mention_id", StringType),
            f("article", StringType), f("article_date", StringType), f("source", StringType), f("target", StringType),
            f("source_key", StringType), f("target_key", StringType), f("source_code", StringType),
            f("target_code", StringType), f("cameo", StringType), f("root", StringType), f("quad_class", IntegerType),
            f("goldstein", DoubleType), f("plover", StringType), f("date", StringType), f("date_basis", StringType),
            f("modality", StringType), f("location", StringType), f("attribution", StringType), f("evidence", StringType),
            f("confidence", DoubleType), f("merge_key", StringType), f("win_from", StringType), f("win_to", StringType),
            f("event_id", StringType), f("record", StringType));

    /** What the merge needs of each mention's article beyond the mention itself. */
    static final List<StructField> MENTION_ARTICLE_FIELDS = List.of(
            f("published", StringType), f("url", StringType), f("source_text", StringType));

    /** A mention on its way to the merge: the mention's columns and its article's. */
    static final StructType MENTION = struct(concat(MENTION_FIELDS, MENTION_ARTICLE_FIELDS));

    /** The columns of the store's events table, dates as strings. */
    static final List<StructField> EVENT_FIELDS = List.of(
            f("event_id", StringType), f("event_no", LongType), f("merge_key", StringType), f("source", StringType),
            f("target", StringType), f("source_key", StringType), f("target_key", StringType),
            f("source_code", StringType), f("target_code", StringType), f("cameo", StringType), f("root", StringType),
            f("quad_class", IntegerType), f("goldstein", DoubleType), f("plover", StringType), f("date", StringType),
            f("win_from", StringType), f("win_to", StringType), f("modality", StringType), f("location", StringType),
            f("evidence", StringType), f("confidence", DoubleType), f("num_mentions", IntegerType),
            f("num_articles", IntegerType), f("num_sources", IntegerType), f("first_seen", StringType),
            f("last_seen", StringType), f("first_article", StringType), f("source_url", StringType));

    /** The mention that founded an event (for its creation order) and the mentions merged into it. */
    static final List<StructField> EVENT_MERGE_FIELDS = List.of(
            f("founder_seq", IntegerType), f("founder_ordinal", IntegerType),
            f("members", createArrayType(struct(f("article_key", StringType), f("ordinal", IntegerType)), false)));

    /** A merged event before its number is known (event_no is 0 until then). */
    static final StructType MERGED = struct(concat(EVENT_FIELDS, EVENT_MERGE_FIELDS));

    /** Columns cast to DATE when written. */
    static final List<String> DATE_COLUMNS = List.of("published", "article_date", "win_from", "win_to", "first_seen", "last_seen");

    /** The errors output: the article (or file) that failed, its file, the stage and the reason. */
    static final StructType ERROR = struct(
            f("article", StringType), f("file", StringType), f("stage", StringType), f("reason", StringType));

    static List<String> names(List<StructField> fields) {
        return fields.stream().map(StructField::name).toList();
    }

    private static StructField f(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }

    private static StructType struct(List<StructField> fields) {
        return DataTypes.createStructType(fields);
    }

    private static List<StructField> concat(List<StructField> a, List<StructField> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
