package dyad.core.merge;

/**
 * What decides that two mentions tell of one event: the same {@code mergeKey} (action root and the actors' keys,
 * in a fixed order for symmetric actions) and overlapping date windows. The store keeps both on each mention
 * and lets SQL group by the key; the Spark job groups the same way.
 */
public record EventKey(String mergeKey, DateWindow window) {

    /** Whether two mentions with these keys are one event. */
    public boolean sameEvent(EventKey other) {
        return mergeKey.equals(other.mergeKey) && window.overlaps(other.window);
    }
}
