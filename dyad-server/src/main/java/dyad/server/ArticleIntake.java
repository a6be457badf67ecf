package dyad.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleReader;
import dyad.core.read.ArticleSource;
import dyad.core.read.JsonLinesReader;
import dyad.core.read.ReaderLimits;
import dyad.store.ArticleTexts;
import dyad.store.EventStore;
import dyad.store.IngestReport;
import dyad.store.Ingester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code POST /api/articles}: articles as in {@code dyad ingest}'s JSON Lines ({@code {"id","date","url","source",
 * "title","text"}}: one object, an array of them, or one a line), read by the same reader, coded and stored by
 * the same {@link Ingester}, one at a time. Readers of the store are not held up: they use their own connections.
 */
final class ArticleIntake {

    /** The largest request body taken; larger ones get 413 before they are read. */
    static final int MAX_BODY = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static {
        // a 10 MB body may hold one string as long as itself
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_BODY + 1).maxNestingDepth(64).build());
        JSON.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // JSON Lines must not pass for its first object
        JSON.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private final EventStore store;
    private final CompletableFuture<Function<Article, List<EventRecord>>> coder;
    private final String coderVersion;
    private final JsonLinesReader reader = new JsonLinesReader(new ArticleReader(ReaderLimits.DEFAULT), ReaderLimits.DEFAULT);
    private Ingester ingester;

    /** {@code coders} builds the coder (CoreNLP models: seconds); it is started at once, in the background. */
    ArticleIntake(EventStore store, Supplier<Function<Article, List<EventRecord>>> coders, String coderVersion) {
        this.store = store;
        this.coderVersion = coderVersion;
        this.coder = CompletableFuture.supplyAsync(coders);
        ArticleTexts.ensureTable(store);
    }

    /** The request body, at most {@link #MAX_BODY} bytes: more is a 413, whether or not a length was announced. */
    static byte[] readBody(long announced, InputStream in) throws IOException {
        if (announced > MAX_BODY) throw tooLarge(announced);
        byte[] buf = in.readNBytes(MAX_BODY + 1);
        if (buf.length > MAX_BODY) throw tooLarge(-1);
        return buf;
    }

    private static ApiError tooLarge(long announced) {
        return new ApiError(413, "request body too large" + (announced > 0 ? " (" + announced + " bytes)" : "")
                + "; the limit is " + MAX_BODY + " bytes (10 MB)");
    }

    /** Reads, codes and stores the articles of one request; the answer lists each with what became of it. */
    ObjectNode ingest(byte[] body) {
        List<String> lines = lines(body);
        List<ArticleSource> sources = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            try {
                reader.read("request", new ByteArrayInputStream(lines.get(i).getBytes(StandardCharsets.UTF_8)), null,
                        s -> sources.add(renumber(s, n)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (sources.isEmpty()) throw ApiError.badRequest("no article in the request body");
        ObjectNode out = F.objectNode();
        ArrayNode results = out.putArray("articles");
        IngestReport total = IngestReport.EMPTY;
        synchronized (this) {
            Ingester ing = ingester();
            for (ArticleSource s : sources) {
                ObjectNode r = results.addObject();
                r.put("id", s.id());
                if (s instanceof ArticleSource.Failed f) {
                    r.put("status", "failed");
                    r.put("reason", f.reason());
                    total = add(total, new IngestReport(0, 0, 1, 0, 0));
                    continue;
                }
                Article a = ((ArticleSource.Read) s).article();
                String[] reason = {null};
                IngestReport rep = ing.ingest(s, new Ingester.Listener() {
                    @Override
                    public void failed(String article, String why) {
                        reason[0] = why;
                    }
                });
                total = add(total, rep);
                r.put("article_key", ArticleTexts.key(a.body()));
                if (rep.articlesNew() > 0) {
                    ArticleTexts.save(store, a);
                    r.put("status", "new");
                    r.put("events_new", rep.eventsNew());
                    r.put("mentions_merged", rep.mentionsMerged());
                } else if (rep.articlesKnown() > 0) {
                    r.put("status", "known");
                } else {
                    r.put("status", "failed");
                    r.put("reason", reason[0]);
                }
            }
        }
        out.put("new", total.articlesNew());
        out.put("known", total.articlesKnown());
        out.put("failed", total.articlesFailed());
        out.put("events_new", total.eventsNew());
        out.put("summary", total.summary());
        return out;
    }

    private static IngestReport add(IngestReport a, IngestReport b) {
        return new IngestReport(a.articlesNew() + b.articlesNew(), a.articlesKnown() + b.articlesKnown(),
                a.articlesFailed() + b.articlesFailed(), a.eventsNew() + b.eventsNew(), a.mentionsMerged() + b.mentionsMerged());
    }

    private Ingester ingester() {
        if (ingester == null) {
            Function<Article, List<EventRecord>> c;
            try {
                c = coder.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiError(503, "interrupted while the coder loads");
            } catch (ExecutionException e) {
                throw new IllegalStateException("the coder could not be loaded: " + e.getCause(), e.getCause());
            }
            ingester = new Ingester(store, c, coderVersion);
        }
        return ingester;
    }

    /** Failures of line n are named "request:n" (the reader numbers each one-line input 1). */
    private static ArticleSource renumber(ArticleSource s, int n) {
        if (s instanceof ArticleSource.Failed f) return new ArticleSource.Failed(f.id().replaceFirst("^request:1\\b", "request:" + n), f.reason());
        return s;
    }

    /**
     * The body as one-line JSON texts: a JSON object, or an array of objects, is re-written one object a line (so
     * pretty-printed JSON is taken too); anything else is taken as JSON Lines, each line judged by the reader.
     */
    static List<String> lines(byte[] body) {
        String text = decode(body);
        if (text.isBlank()) throw ApiError.badRequest("empty request body: send an article as JSON {\"id\",\"date\",\"url\",\"source\",\"title\",\"text\"}");
        JsonNode whole = null;
        String notJson = null;
        try {
            whole = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            notJson = e.getOriginalMessage();
        } catch (IOException | RuntimeException e) {
            notJson = e.getClass().getSimpleName();
        }
        List<String> out = new ArrayList<>();
        try {
            if (whole != null && whole.isObject()) {
                out.add(JSON.writeValueAsString(whole));
            } else if (whole != null && whole.isArray()) {
                if (whole.size() > 1000) throw ApiError.badRequest("at most 1000 articles a request");
                for (JsonNode n : whole) out.add(JSON.writeValueAsString(n));
            } else if (whole != null) {
                throw ApiError.badRequest("the body must be a JSON object (an article), an array of them, or JSON Lines; got a JSON "
                        + whole.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                // not one JSON value: JSON Lines (each line judged by the reader), unless it is a single line
                for (String line : text.split("\r?\n")) if (!line.isBlank()) out.add(line);
                if (out.size() <= 1) throw ApiError.badRequest("the body is not JSON: " + Params.clip(String.valueOf(notJson)));
                if (out.size() > 1000) throw ApiError.badRequest("at most 1000 articles a request");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON");
        }
        return out;
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiError.badRequest("the body is not valid UTF-8");
        }
    }
}
