package dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Codes the articles of a partition with the executor's one coder ({@link CoderHolder}), lazily, one article at a
 * time: {@link Columns#SOURCE} rows in, {@link Columns#CODED} rows out, each article's records as the JSON that
 * {@code dyad code} prints. An article the coder fails on becomes a row with the reason, as {@code dyad ingest}
 * words it ("coding failed: ..."); the partition goes on.
 */
final class CodeArticles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
        Function<Article, List<EventRecord>> coder = CoderHolder.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Row next() {
                return code(in.next(), coder);
            }
        };
    }

    static Row code(Row r, Function<Article, List<EventRecord>> coder) {
        String id = r.getAs("id");
        String published = r.getAs("published");
        Article article = Article.of(id, published == null ? null : LocalDate.parse(published), r.getAs("body"));
        List<String> records = new ArrayList<>();
        String reason = null;
        try {
            for (EventRecord e : coder.apply(article)) records.add(JSON.writeValueAsString(e));
        } catch (JsonProcessingException e) {
            reason = "cannot write its records: " + e.getOriginalMessage();
        } catch (RuntimeException | StackOverflowError e) {
            reason = "coding failed: " + e;
        }
        return RowFactory.create(r.getAs("file_no"), r.getAs("rec_no"), r.getAs("file"), reason == null, id, reason,
                published, r.getAs("url"), r.getAs("content_hash"), longs(r, "minhash"), longs(r, "bands"),
                reason == null ? records.toArray(String[]::new) : new String[0]);
    }

    private static Long[] longs(Row r, String column) {
        List<Long> v = r.getList(r.fieldIndex(column));
        return v.toArray(Long[]::new);
    }
}
