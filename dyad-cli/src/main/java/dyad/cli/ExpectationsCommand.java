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

/** {@code dyad expectations}: planned and expected events and what became of them. */
@Command(name = "expectations", mixinStandardHelpOptions = true,
        description = "List planned and expected events with their window, status and the articles that asserted and decided them.")
final class ExpectationsCommand implements Callable<Integer> {

    enum Status { open, fulfilled, cancelled, postponed, expired }

    @Mixin
    StoreOptions store;

    @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(names = "--format", description = "table, jsonl or csv (default: a table on a terminal, else jsonl).")
    OutputFormat format;

    @Override
    public Integer call() throws SQLException {
        try (EventStore s = store.openReadOnly(); Writer out = StoreOptions.stdout()) {
            new EventQueries(s).expectations(status == null ? null : status.name(), StoreOptions.formatOr(format), out);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
