package dyad.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on standard error, drawn only when dyad runs on a terminal: a bar over the input
 * files and the running counts. Messages (failures) are printed above it.
 */
final class ProgressBar {

    private static final int WIDTH = 24;

    private final PrintStream err;
    private final boolean active;
    private long lastDraw;
    private String line = "";

    ProgressBar(PrintStream err, boolean active) {
        this.err = err;
        this.active = active;
    }

    static ProgressBar onTerminal() {
        return new ProgressBar(System.err, System.console() != null);
    }

    /** Redraws the bar (at most ten times a second unless {@code force}). */
    void show(int done, int total, String counts, boolean force) {
        if (!active) return;
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        int filled = total <= 0 ? 0 : (int) Math.round(WIDTH * Math.min(1.0, done / (double) total));
        String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " files  " + counts;
        int pad = Math.max(0, line.length() - bar.length());
        err.print("\r" + bar + " ".repeat(pad));
        err.flush();
        line = bar;
    }

    /** Prints a message on its own line, above the bar. */
    void message(String text) {
        if (active && !line.isEmpty()) err.print("\r" + " ".repeat(line.length()) + "\r");
        err.println(text);
        if (active && !line.isEmpty()) err.print(line);
        err.flush();
    }

    /** Clears the bar. */
    void done() {
        if (active && !line.isEmpty()) {
            err.print("\r" + " ".repeat(line.length()) + "\r");
            err.flush();
        }
        line = "";
    }
}
