package dyad.cli;

import dyad.store.EventStore;
import dyad.store.OutputFormat;
import dyad.store.StoreException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the store commands share: {@code --db FILE}, the output format, and how they report a store error. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The store (a DuckDB file; default: ${DEFAULT-VALUE} in the working folder).")
    Path db;

    /** A table on a terminal, JSON Lines when the output goes to a file or a pipe. */
    static OutputFormat formatOr(OutputFormat chosen) {
        if (chosen != null) return chosen;
        return System.console() != null ? OutputFormat.table : OutputFormat.jsonl;
    }

    /** Standard output as UTF-8; closing the writer flushes it and leaves standard output open. */
    static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }

    EventStore openReadOnly() {
        return EventStore.openReadOnly(db);
    }

    /** Prints a store error the way every dyad command reports errors, and gives exit status 1. */
    static int fail(StoreException e) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println("dyad: " + e.getMessage());
        return 1;
    }
}
