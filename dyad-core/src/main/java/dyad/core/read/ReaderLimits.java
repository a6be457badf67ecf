package dyad.core.read;

/**
 * Bounds on what one article may cost. An article over {@code maxArticleChars} is refused with a reason rather
 * than parsed, so one giant page cannot stall a batch or exhaust the heap.
 */
public record ReaderLimits(int maxArticleChars) {

    public static final ReaderLimits DEFAULT = new ReaderLimits(1_000_000);
}
