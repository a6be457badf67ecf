package dyad.cli;

import dyad.store.EventQueries;
import dyad.store.EventStore;
import dyad.store.OutputFormat;
import dyad.store.StoreException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad timeline}: a dyad's events per month or year, with Goldstein sum and mean and quad-class counts. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A dyad's events that happened, per month or year: count, Goldstein sum and mean, counts by quad class.")
final class TimelineCommand implements Callable<Integer> {

    enum Period { month, year }

    @Mixin
    StoreOptions store;

    @Option(names = "--dyad", paramLabel = "SRC-TGT", required = true, description = "The dyad, as SYR-USA.")
    String dyad;

    @Option(names = "--by", defaultValue = "month", description = "month or year (default: ${DEFAULT-VALUE}).")
    Period by;

    @Option(names = "--format", description = "table, jsonl or csv (default: a table on a terminal, else jsonl).")
    OutputFormat format;

    @Override
    public Integer call() throws SQLException {
        EventQueries.Dyad d;
        try {
            d = EventQueries.Dyad.parse(dyad);
        } catch (IllegalArgumentException e) {
            System.err.println("dyad: " + e.getMessage());
            return 2;
        }
        try (EventStore s = store.openReadOnly(); Writer out = StoreOptions.stdout()) {
            new EventQueries(s).timeline(d, by == Period.year, StoreOptions.formatOr(format), out);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
