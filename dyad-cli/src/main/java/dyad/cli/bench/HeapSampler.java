package dyad.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest heap in use while it runs, read every 10 ms on a daemon thread. It counts garbage not yet collected,
 * so it is an upper bound of what the work needs; the maximum heap ({@code -Xmx}) is the bound the work ran within.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
    private volatile boolean running = true;

    HeapSampler() {
        peak = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(this::sample, "dyad-bench-heap");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peak) peak = used;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        long used = memory.getHeapMemoryUsage().getUsed();
        return Math.max(peak, used);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
