package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Exporter;
import dyad.store.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: every event to a file, as JSON Lines, CSV, GDELT 2.0 columns or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store's events: jsonl, csv, gdelt (GDELT 2.0 event table: 61 tab-separated columns) or parquet.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}.")
    Exporter.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws SQLException {
        try (EventStore s = store.openReadOnly()) {
            long n = new Exporter(s).export(format, out);
            System.err.println("dyad: wrote " + n + " events to " + out);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e);
        }
    }
}
