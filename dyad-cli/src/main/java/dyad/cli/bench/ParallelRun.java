package dyad.cli.bench;

import dyad.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Runs one piece of work over every article on a fixed number of threads, each taking the next article not yet taken,
 * and times it from the first article to the last. Progress goes to standard error about every tenth of the way.
 */
final class ParallelRun {

    /** The wall time of the run and the sum of what the work returned for each article (events, say). */
    record Timed(double seconds, long total) {}

    private ParallelRun() {}

    static Timed run(List<Article> articles, int threads, ToIntFunction<Article> work, String label) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-bench-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong total = new AtomicLong();
        int step = Math.max(1, articles.size() / 10);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        total.addAndGet(work.applyAsInt(articles.get(i)));
                        int d = done.incrementAndGet();
                        if (label != null && d % step == 0 && d < articles.size()) {
                            System.err.printf("dyad bench: %s %d/%d articles%n", label, d, articles.size());
                        }
                    }
                }));
            }
            for (Future<?> f : workers) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Timed((System.nanoTime() - start) / 1e9, total.get());
    }
}
