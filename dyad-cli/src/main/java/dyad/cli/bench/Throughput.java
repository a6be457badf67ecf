package dyad.cli.bench;

/**
 * What one pipeline did over the corpus: start-up (building it: models and dictionaries), the timed run after warm-up
 * on {@code threads} threads, the peak heap of that run, and the strict F1 on the evaluation set (null: not measured).
 */
public record Throughput(String pipeline, int articles, long tokens, int threads, double startupSeconds, double seconds,
                         long peakHeapBytes, long maxHeapBytes, long events, Double strictF1) {

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public Throughput withStrictF1(Double f1) {
        return new Throughput(pipeline, articles, tokens, threads, startupSeconds, seconds, peakHeapBytes, maxHeapBytes, events, f1);
    }
}
