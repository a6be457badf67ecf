package dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 50 clients read the API for 60 seconds on loopback while articles are ingested through POST /api/articles;
 * every answer must be a 200 (errors = 0). Bounded in clients, time and addresses (127.0.0.1 only). Not in the
 * default build (it takes a minute): {@code mvn -pl dyad-server -am verify -Dtest=LoadTest
 * -Ddyad.server.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}; -Ddyad.load.seconds and
 * -Ddyad.load.clients change the budget. The numbers are printed and written to target/load-report.txt.
 */
@Tag("load")
class LoadTest {

    @Test
    void fiftyReadersForAMinuteWhileAnIngestRuns() throws Exception {
        TestServer t = TestServer.get();
        int seconds = Integer.getInteger("dyad.load.seconds", 60);
        int clients = Integer.getInteger("dyad.load.clients", 50);
        URI base = URI.create(t.base());
        assertEquals("127.0.0.1", base.getHost(), "load goes to loopback only");
        List<String> paths = List.of(
                "/api/events?dyad=SYR-USA&both=true",
                "/api/events?limit=50&offset=5",
                "/api/events?since=2025&code=04",
                "/api/timeline?dyad=SYR-USA&both=true&by=year",
                "/api/timeline?dyad=ISR-IRN&both=true",
                "/api/expectations",
                "/api/actors?q=syr",
                "/api/actors?q=united",
                "/api/articles/seed-medialine-2025-11-01.txt",
                "/api/status",
                "/",
                "/app.js");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger ingestErrors = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        // the ingest: new articles one after another until the time is up
        pool.submit(() -> {
            int n = 0;
            while (System.nanoTime() < deadline) {
                n++;
                String body = SafetyTest.article("load-" + n, "2025-11-" + (10 + n % 18),
                        "Load " + n, "Syrian President Ahmed al-Sharaa met US President Donald Trump in Washington on Monday, "
                                + "officials said. Talks covered sanctions relief, round " + n + ".");
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/articles"))
                            .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + TestServer.TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) ingested.incrementAndGet();
                    else ingestErrors.incrementAndGet();
                } catch (IOException e) {
                    ingestErrors.incrementAndGet();
                }
            }
            return null;
        });
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.submit(() -> {
                int i = first;
                while (System.nanoTime() < deadline) {
                    String p = paths.get(i++ % paths.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(60)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.merge(r.statusCode() + " " + p, 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        errorKinds.merge(e.getClass().getSimpleName() + " " + p, 1, Integer::sum);
                    }
                    latencies.add(System.nanoTime() - t0);
                    requests.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS), "the clients stop");

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format("load: %d clients for %d s on %s: %d requests (%.0f/s), %d errors %s; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f; "
                        + "ingest meanwhile: %d articles stored, %d failed%n",
                clients, seconds, base, requests.get(), requests.get() / (double) seconds, errors.get(), errorKinds,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), pct(sorted, 1.0), ingested.get(), ingestErrors.get());
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-report.txt"), report);
        assertEquals(0, errors.get(), report);
        assertEquals(0, ingestErrors.get(), report);
        assertTrue(ingested.get() >= 1, "an ingest ran during the load: " + report);
        assertTrue(requests.get() >= clients, report);
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)));
        return sorted.get(i) / 1e6;
    }
}
