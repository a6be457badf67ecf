package dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dyad.core.merge.EventGrouping;
import dyad.core.merge.MentionMerger;
import dyad.core.model.EventRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Merges the mentions of one merge key into events, across the whole corpus: the mentions go in corpus order
 * (article sequence, then place in the article) through dyad-core's {@link EventGrouping}, the rule and the code
 * the store's ingest runs article by article, and each event gets the columns the store's events table gives it:
 * its id from the mention that founded it, counts, seen dates, window, modality, date and representative mention
 * (dyad-store's {@code refresh_events}, recomputed here from all the event's mentions). Events of different merge
 * keys never merge, so each key is merged on its own, in parallel. {@link Columns#MENTION} rows in,
 * {@link Columns#MERGED} rows out.
 */
final class EventMerge implements FlatMapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    /** One mention as the merge sees it. */
    record Mention(Row row, EventRecord record, int seq, int ordinal) {
        String get(String column) {
            return row.getAs(column);
        }
    }

    @Override
    public Iterator<Row> call(String mergeKey, Iterator<Row> rows) throws JsonProcessingException {
        List<Mention> mentions = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            mentions.add(new Mention(r, MentionRows.JSON.readValue((String) r.getAs("record"), EventRecord.class),
                    r.getAs("seq"), r.getAs("ordinal")));
        }
        return merge(mentions).iterator();
    }

    /** The events of these mentions (of one merge key, or more), in the order they were founded. */
    static List<Row> merge(List<Mention> mentions) {
        mentions.sort(CORPUS_ORDER);
        EventGrouping grouping = new EventGrouping();
        Map<String, List<Mention>> events = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EventGrouping.Event e = grouping.assign(MentionMerger.key(m.record()), () -> eventId(m.get("article_key"), m.ordinal()));
            events.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
        }
        List<Row> out = new ArrayList<>(events.size());
        for (Map.Entry<String, List<Mention>> e : events.entrySet()) out.add(event(e.getKey(), e.getValue()));
        return out;
    }

    static final Comparator<Mention> CORPUS_ORDER = Comparator.comparingInt(Mention::seq).thenComparingInt(Mention::ordinal);

    /** The event row of its members (in corpus order, the founder first), as the store's refresh computes it. */
    static Row event(String eventId, List<Mention> members) {
        Mention founder = members.get(0);
        Map<String, Long> perCode = new HashMap<>();
        for (Mention m : members) perCode.merge(m.get("cameo"), 1L, Long::sum);
        Mention rep = members.stream().min(Comparator
                .comparing((Mention m) -> !"asserted".equals(m.get("modality")))
                .thenComparing(m -> -perCode.get(m.get("cameo")))
                .thenComparing(CORPUS_ORDER)).orElseThrow();
        Mention dated = members.stream().min(Comparator
                .comparing((Mention m) -> !"asserted".equals(m.get("modality")))
                .thenComparing(m -> m.get("date_basis") == null ? 2 : "text".equals(m.get("date_basis")) ? 0 : 1)
                .thenComparing(m -> -(m.get("date") == null ? 0 : m.get("date").length()))
                .thenComparing(CORPUS_ORDER)).orElseThrow();

        Set<String> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        String winFrom = null, winTo = null, firstSeen = null, lastSeen = null, location = null, url = null;
        double confidence = Double.NEGATIVE_INFINITY;
        Set<String> modalities = new HashSet<>();
        for (Mention m : members) {
            articles.add(m.get("article_key"));
            if (m.get("source_text") != null) sources.add(m.get("source_text"));
            winFrom = later(winFrom, m.get("win_from"));
            winTo = earlier(winTo, m.get("win_to"));
            firstSeen = earlier(firstSeen, m.get("published"));
            lastSeen = later(lastSeen, m.get("published"));
            if (location == null) location = m.get("location");
            if (url == null) url = m.get("url");
            Double c = m.row().getAs("confidence");
            if (c != null) confidence = Math.max(confidence, c);
            modalities.add(m.get("modality"));
        }
        String modality = modalities.contains("asserted") ? "asserted" : modalities.contains("negated") ? "negated"
                : modalities.contains("planned") ? "planned" : modalities.contains("expected") ? "expected" : "possible";
        List<Row> memberKeys = new ArrayList<>(members.size());
        for (Mention m : members) memberKeys.add(RowFactory.create(m.get("article_key"), m.ordinal()));
        Row r = rep.row();
        return RowFactory.create(
                eventId, 0L, r.getAs("merge_key"),
                r.getAs("source"), r.getAs("target"), r.getAs("source_key"), r.getAs("target_key"),
                r.getAs("source_code"), r.getAs("target_code"), r.getAs("cameo"), r.getAs("root"),
                r.getAs("quad_class"), r.getAs("goldstein"), r.getAs("plover"), dated.get("date"),
                winFrom, winTo, modality, location, r.getAs("evidence"),
                confidence == Double.NEGATIVE_INFINITY ? null : confidence,
                members.size(), articles.size(), sources.size(), firstSeen, lastSeen,
                founder.get("article"), url,
                founder.seq(), founder.ordinal(), memberKeys.toArray(Row[]::new));
    }

    /** The store's event id: from the founding mention's article key and place in its article. */
    static String eventId(String articleKey, int ordinal) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((articleKey + ":" + ordinal).getBytes(StandardCharsets.UTF_8));
            return "ev" + HexFormat.of().formatHex(d).substring(0, 14);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String later(String a, String b) {
        return pick(a, b, (x, y) -> x.isAfter(y));
    }

    private static String earlier(String a, String b) {
        return pick(a, b, (x, y) -> x.isBefore(y));
    }

    /** Of two ISO dates (either may be null: SQL's min and max pass over nulls), the one {@code wins} prefers. */
    private static String pick(String a, String b, java.util.function.BiPredicate<LocalDate, LocalDate> wins) {
        if (a == null) return b;
        if (b == null) return a;
        return wins.test(LocalDate.parse(b), LocalDate.parse(a)) ? b : a;
    }
}
