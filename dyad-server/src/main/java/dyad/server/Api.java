package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.dict.CameoCode;
import dyad.core.dict.CameoTable;
import dyad.store.ServerQueries;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * The JSON API's handlers. Each one only parses the request ({@link Params}), calls the store
 * ({@link ServerQueries}) and renders the answer, adding what the page needs to read it (CAMEO names).
 */
final class Api {

    static final List<String> MODALITIES = List.of("asserted", "planned", "expected", "possible", "negated");
    static final List<String> STATUSES = List.of("open", "fulfilled", "cancelled", "postponed", "expired");

    private final ServerQueries queries;
    private final ActorIndex actors;
    private final Basemap basemap;
    private final CameoTable cameo = new CameoTable();
    private final ArticleIntake intake;
    private final ResponseCache cache;
    private final byte[] token;
    private final byte[] openapi;

    Api(ServerQueries queries, ArticleIntake intake, String token, ResponseCache cache) {
        this.queries = queries;
        this.intake = intake;
        this.cache = cache;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.actors = new ActorIndex();
        this.basemap = new Basemap();
        try (InputStream in = Api.class.getResourceAsStream("/dyad/server/openapi.json")) {
            if (in == null) throw new IllegalStateException("missing resource dyad/server/openapi.json");
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode events(Context ctx) {
        Params p = new Params(ctx.queryParamMap(), Set.of("dyad", "both", "since", "until", "code", "modality", "limit", "offset"));
        ServerQueries.EventFilter f = new ServerQueries.EventFilter(p.dyad(), p.flag("both", false),
                p.date("since", false), p.date("until", true), p.code(), p.oneOf("modality", MODALITIES),
                p.integer("limit", 100, 1, 1000), p.integer("offset", 0, 0, 10_000_000));
        if (f.since() != null && f.until() != null && f.since().isAfter(f.until())) {
            throw ApiError.badRequest("since (" + f.since() + ") is after until (" + f.until() + ")");
        }
        ObjectNode out = queries.events(f);
        for (JsonNode e : out.get("events")) {
            name((ObjectNode) e);
            for (JsonNode m : e.get("mentions")) name((ObjectNode) m);
        }
        return out;
    }

    JsonNode timeline(Context ctx) {
        Params p = new Params(ctx.queryParamMap(), Set.of("dyad", "both", "by"));
        String by = p.oneOf("by", List.of("month", "year"));
        return queries.timeline(p.dyad(), p.flag("both", false), "year".equals(by));
    }

    JsonNode article(Context ctx) {
        new Params(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > 2000) throw ApiError.badRequest("an article id is 1 to 2000 characters");
        ObjectNode a = queries.article(id);
        if (a == null) throw ApiError.notFound("no article '" + Params.clip(id) + "' in the store");
        for (JsonNode m : a.get("mentions")) name((ObjectNode) m);
        return a;
    }

    JsonNode expectations(Context ctx) {
        Params p = new Params(ctx.queryParamMap(), Set.of("status", "dyad", "both"));
        ArrayNode out = queries.expectations(p.oneOf("status", STATUSES), p.dyad(), p.flag("both", false));
        for (JsonNode e : out) name((ObjectNode) e);
        return out;
    }

    JsonNode actors(Context ctx) {
        Params p = new Params(ctx.queryParamMap(), Set.of("q", "limit"));
        return actors.search(p.get("q"), p.integer("limit", 15, 1, 100), queries);
    }

    JsonNode status(Context ctx) {
        new Params(ctx.queryParamMap(), Set.of());
        ObjectNode s = queries.summary();
        s.put("ingest", intake != null);
        return s;
    }

    JsonNode basemap(Context ctx) {
        new Params(ctx.queryParamMap(), Set.of());
        return basemap.json();
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }

    /** {@code POST /api/articles}: only with the server's token; 413 over 10 MB; 400 naming what was wrong. */
    void ingest(Context ctx) throws IOException {
        if (intake == null) {
            throw new ApiError(403, "this server is read-only: start it with --token to enable POST /api/articles");
        }
        if (!authorised(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dyad\"");
            throw new ApiError(401, "POST /api/articles needs the server's token (header 'Authorization: Bearer TOKEN')");
        }
        byte[] body = ArticleIntake.readBody(ctx.req().getContentLengthLong(), ctx.req().getInputStream());
        ObjectNode out;
        try {
            out = intake.ingest(body);
        } finally {
            cache.storeChanged();
        }
        int status = out.get("new").asInt() > 0 ? 201 : out.get("known").asInt() > 0 ? 200 : 400;
        if (status == 400) {
            JsonNode first = out.get("articles").get(0);
            out.put("error", "no article was stored: " + first.path("id").asText() + ": " + first.path("reason").asText("failed"));
        }
        ctx.status(status).json(out);
    }

    private boolean authorised(Context ctx) {
        String h = ctx.header("Authorization");
        String given = null;
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) given = h.substring(7).strip();
        if (given == null) given = ctx.header("X-Dyad-Token");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds {@code cameo_name}, the CAMEO 1.1b3 name of the record's code. */
    private void name(ObjectNode o) {
        JsonNode code = o.get("cameo");
        if (code == null || !code.isTextual()) return;
        String name = null;
        try {
            CameoCode c = cameo.get(code.asText());
            name = c.name();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            // a code the table does not know: shown without a name
        }
        o.put("cameo_name", name);
    }
}
