package dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.merge.DateWindow;
import dyad.core.merge.MentionMerger;
import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One {@link Columns#MENTION} row per event record of a coded article: the columns the store's mentions table
 * gives a record (dyad-store's MentionWriter), with the merge key and date window of dyad-core's
 * {@link MentionMerger}, followed by what the merge needs of the article (publication date, URL, source text).
 * Input rows: {@link Columns#CODED} with {@code seq} and {@code source_text}.
 */
final class MentionRows implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    static final ObjectMapper JSON = CodeArticles.JSON;

    @Override
    public Iterator<Row> call(Row a) throws JsonProcessingException {
        List<String> records = a.getList(a.fieldIndex("records"));
        List<Row> out = new ArrayList<>(records.size());
        String articleKey = a.getAs("content_hash");
        int seq = a.getAs("seq");
        String id = a.getAs("id");
        String published = a.getAs("published");
        for (int ordinal = 0; ordinal < records.size(); ordinal++) {
            EventRecord r = JSON.readValue(records.get(ordinal), EventRecord.class);
            out.add(row(r, ordinal, articleKey, seq, id, published, a.getAs("url"), a.getAs("source_text")));
        }
        return out.iterator();
    }

    static Row row(EventRecord r, int ordinal, String articleKey, int seq, String articleId, String published,
            String url, String sourceText) throws JsonProcessingException {
        DateWindow w = MentionMerger.window(r);
        String mergeKey = MentionMerger.mergeKey(r);
        return RowFactory.create(
                articleKey, ordinal, seq,
                r.eventId() == null ? articleId + "#" + (ordinal + 1) : r.eventId(),
                r.article() == null ? articleId : r.article(),
                articleDate(r, published),
                json(r.source()), json(r.target()), key(r.source()), key(r.target()),
                r.source() == null ? null : r.source().code(), r.target() == null ? null : r.target().code(),
                r.cameo(), mergeKey.substring(0, 2), r.quadClass(), r.goldstein(), r.plover(), r.date(), r.dateBasis(),
                r.modality() == null ? "asserted" : r.modality(), json(r.location()), r.attribution(), json(r.evidence()),
                r.confidence(), mergeKey, iso(w.from()), iso(w.to()), "", JSON.writeValueAsString(r),
                published, url, sourceText);
    }

    /** The record's article date, else its article's publication date, as the store keeps it. */
    static String articleDate(EventRecord r, String published) {
        if (r.articleDate() == null) return published;
        try {
            return LocalDate.parse(r.articleDate()).toString();
        } catch (DateTimeParseException e) {
            return published;
        }
    }

    static String json(Object o) throws JsonProcessingException {
        return o == null ? null : JSON.writeValueAsString(o);
    }

    private static String key(Actor a) {
        return a == null ? null : a.key();
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
