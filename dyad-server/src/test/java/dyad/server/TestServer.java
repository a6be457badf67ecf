package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.store.ArticleTexts;
import dyad.store.EventStore;
import dyad.store.IngestReport;
import dyad.store.Ingester;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One store and one server for all the test classes of this JVM: the store is built once from the shared seed
 * and development articles (the coder takes seconds to load), then served with a token on a free loopback port.
 */
final class TestServer {

    static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
    static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer instance;

    final Path dir;
    final DyadServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final IngestReport built;

    private TestServer(Path dir, DyadServer server, IngestReport built) {
        this.dir = dir;
        this.server = server;
        this.built = built;
    }

    /** The shared server; the tests are skipped (not failed) when the shared articles are not beside the project. */
    static synchronized TestServer get() {
        if (instance != null) return instance;
        Path shared = Path.of(System.getProperty("dyad.shared", "../../shared"));
        Path seed = shared.resolve("eval/seed");
        Path dev = shared.resolve("eval/dev");
        Assumptions.assumeTrue(Files.isDirectory(seed) && Files.isDirectory(dev), "the shared articles are not at " + shared);
        try {
            Path dir = Files.createTempDirectory("dyad-server-test");
            Path db = dir.resolve("dyad.duckdb");
            Coder coder = new Coder();
            Function<Article, List<EventRecord>> code = coder::code;
            IngestReport report;
            try (EventStore store = EventStore.open(db)) {
                ArticleTexts.ensureTable(store);
                Ingester ingester = new Ingester(store, code, "test");
                report = ingester.ingest(articles(seed, dev), null, new Ingester.Listener() {
                    @Override
                    public void article(ArticleSource source, IngestReport soFar) {
                        if (source instanceof ArticleSource.Read r) ArticleTexts.save(store, r.article());
                    }
                });
            }
            DyadServer server = DyadServer.start(new DyadServer.Options(db, "127.0.0.1", 0, TOKEN), () -> code);
            instance = new TestServer(dir, server, report);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteTree(dir);
            }));
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed and development articles (the .txt files; gold.jsonl is the annotation, not an article). */
    static List<Path> articles(Path... folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : folders) {
            try (Stream<Path> s = Files.list(f)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) throw new AssertionError(pathAndQuery + " gave " + r.statusCode() + ": " + r.body());
        return parse(r.body());
    }

    HttpResponse<String> post(String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/api/articles")).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
