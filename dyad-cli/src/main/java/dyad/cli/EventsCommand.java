package dyad.cli;

import dyad.store.EventQueries;
import dyad.store.EventStore;
import dyad.store.OutputFormat;
import dyad.store.StoreException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: the merged events in the store, optionally of one dyad and a date range. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the store's events (each real-world event once, with its counts of mentions, articles and sources).")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--dyad", paramLabel = "SRC-TGT",
            description = "Only events from SRC to TGT (actor keys, as SYR-USA); meetings, talks, agreements and fighting in either order.")
    String dyad;

    @Option(names = "--since", description = "Only events that can fall on or after this day (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", description = "Only events that can fall on or before this day (YYYY-MM-DD).")
    LocalDate until;

    @Option(names = "--format", description = "table, jsonl or csv (default: a table on a terminal, else jsonl).")
    OutputFormat format;

    @Override
    public Integer call() throws SQLException {
        EventQueries.Dyad d;
        try {
            d = dyad == null ? null : EventQueries.Dyad.parse(dyad);
        } catch (IllegalArgumentException e) {
            System.err.println("dyad: " + e.getMessage());
            return 2;
        }
        try (EventStore s = store.openReadOnly(); Writer out = StoreOptions.stdout()) {
            new EventQueries(s).events(d, since, until, StoreOptions.formatOr(format), out);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
