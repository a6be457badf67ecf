package dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.store.EventStore;
import dyad.store.ServerQueries;
import dyad.store.StoreException;
import dyad.store.StoreVersions;
import io.javalin.Javalin;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code dyad serve}: the store over HTTP. Routes are listed in {@link #routes}; the handlers are {@link Api}'s;
 * the page is the static resources under {@code dyad/server/web} with Chart.js from its WebJar.
 *
 * <p>Read-only unless started with a token: then the store is opened for writing by this process and
 * {@code POST /api/articles} ingests, one request at a time, while the readers go on answering from their own
 * connections to the same database.
 */
public final class DyadServer implements AutoCloseable {

    /** How to serve: the store file, where to listen, the ingest token (null: read-only), reader connections. */
    public record Options(Path db, String host, int port, String token, int readers) {
        public Options {
            if (token != null && token.isBlank()) throw new IllegalArgumentException("the token must not be blank");
            if (readers < 1) throw new IllegalArgumentException("at least one reader");
        }

        public Options(Path db, String host, int port, String token) {
            this(db, host, port, token, 8);
        }
    }

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;
    private final ServerQueries queries;
    private final Javalin app;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final boolean writable;

    private DyadServer(Options o, Supplier<Function<Article, List<EventRecord>>> coders) {
        this.writable = o.token() != null;
        this.store = writable ? EventStore.open(o.db()) : EventStore.openReadOnly(o.db());
        ServerQueries q = null;
        try {
            ArticleIntake intake = writable ? new ArticleIntake(store, coders, StoreVersions.coder()) : null;
            q = new ServerQueries(store, o.readers());
            this.queries = q;
            ResponseCache cache = new ResponseCache();
            Api api = new Api(queries, intake, o.token(), cache);
            this.app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.startupWatcherEnabled = false;
                config.http.maxRequestSize = ArticleIntake.MAX_BODY;
                config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
                config.staticFiles.add(s -> {
                    s.hostedPath = "/";
                    s.directory = "/dyad/server/web";
                    s.location = Location.CLASSPATH;
                    s.headers = SECURITY_HEADERS;
                });
                config.staticFiles.enableWebjars();
            });
            routes(app, api, cache);
            app.start(o.host(), o.port());
        } catch (RuntimeException e) {
            if (q != null) q.close();
            store.close();
            throw e;
        }
    }

    /** Opens the store and starts listening; {@code coders} builds the coder for POST (only used with a token). */
    public static DyadServer start(Options o, Supplier<Function<Article, List<EventRecord>>> coders) {
        return new DyadServer(o, coders);
    }

    private static void routes(Javalin app, Api api, ResponseCache cache) {
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.get("/api/events", read(api::events, cache));
        app.get("/api/timeline", read(api::timeline, cache));
        app.get("/api/articles/{id}", read(api::article, cache));
        app.post("/api/articles", api::ingest);
        app.get("/api/expectations", read(api::expectations, cache));
        app.get("/api/actors", read(api::actors, cache));
        app.get("/api/status", read(api::status, cache));
        Handler basemap = read(api::basemap, cache);
        app.get("/api/basemap", ctx -> {
            ctx.header("Cache-Control", "max-age=86400");
            basemap.handle(ctx);
        });
        app.get("/api/openapi.json", api::openapi);

        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(ServerQueries.BusyException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            error(ctx, 500, "the store could not answer; see the server's log");
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error; see the server's log");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute("dyad.error") == null) {
                error(ctx, 404, "no such API route: " + ctx.method() + " " + Params.clip(ctx.path()) + " (see /api/openapi.json)");
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("dyad.error") == null) error(ctx, 405, "method not allowed");
        });
    }

    /** A read route: its answer rendered as JSON, and kept (by path and query) until the store changes. */
    private static Handler read(Function<Context, JsonNode> route, ResponseCache cache) {
        return ctx -> {
            String q = ctx.queryString();
            String key = ctx.path() + (q == null ? "" : "?" + q);
            byte[] body = cache.get(key);
            if (body == null) {
                long generation = cache.generation();
                body = JSON.writeValueAsBytes(route.apply(ctx));
                cache.put(key, generation, body);
            }
            ctx.contentType("application/json").result(body);
        };
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        ctx.attribute("dyad.error", message);
        ctx.status(status).json(o);
    }

    /** The port it listens on (the one the system chose when asked for 0). */
    public int port() {
        return app.port();
    }

    public boolean writable() {
        return writable;
    }

    /** Blocks until {@link #close} is called (by a shutdown hook, for the command). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            queries.close();
            store.close();
            stopped.countDown();
        }
    }
}
