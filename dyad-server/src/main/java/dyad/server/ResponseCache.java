package dyad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers of the read routes, kept until the store changes: an analyst's page asks the same few questions again
 * and again, and between two ingests the answers cannot change. Each answer is stamped with the store's
 * generation when its query began; an ingest moves the generation on, so nothing computed before it is served
 * after it. Bounded in entries and bytes (least recently used first out).
 */
final class ResponseCache {

    private static final int MAX_ENTRIES = 2000;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRY_BYTES = 2 * 1024 * 1024;

    private record Entry(long generation, byte[] body) {}

    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The store's generation now (read it before running the query whose answer is put). */
    long generation() {
        return generation.get();
    }

    /** The store changed: every answer kept so far is out of date. */
    void storeChanged() {
        generation.incrementAndGet();
        synchronized (this) {
            entries.clear();
            bytes = 0;
        }
    }

    synchronized byte[] get(String key) {
        Entry e = entries.get(key);
        if (e == null) return null;
        if (e.generation() != generation.get()) {
            remove(key);
            return null;
        }
        return e.body();
    }

    synchronized void put(String key, long generationAtStart, byte[] body) {
        if (body.length > MAX_ENTRY_BYTES || generationAtStart != generation.get()) return;
        remove(key);
        entries.put(key, new Entry(generationAtStart, body));
        bytes += body.length;
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
            Map.Entry<String, Entry> oldest = it.next();
            bytes -= oldest.getValue().body().length;
            it.remove();
        }
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) bytes -= old.body().length;
    }
}
