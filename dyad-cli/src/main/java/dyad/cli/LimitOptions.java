package dyad.cli;

import dyad.core.read.ReaderLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The bounds on one article's cost, shared by the commands that code articles ({@code code}, {@code ingest}). */
final class LimitOptions {

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up an article still being coded after this many seconds (default: ${DEFAULT-VALUE}; "
                    + "0: no limit).")
    double timeLimit;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    /** A usage error to report (exit status 2), or null when the limits are sane. */
    String problem() {
        if (maxChars < 1) return "--max-chars must be at least 1";
        if (timeLimit < 0) return "--time-limit must not be negative";
        return null;
    }

    /** The time limit per article, or null for none. */
    Duration perArticle() {
        return timeLimit > 0 ? Duration.ofMillis(Math.round(timeLimit * 1000)) : null;
    }

    ReaderLimits readerLimits() {
        return new ReaderLimits(maxChars);
    }
}
