package dyad.store;

import dyad.core.merge.EventKey;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.core.ArticleTimeoutException;
import dyad.core.read.ArticleReader;
import dyad.core.read.ContainerReader;
import dyad.core.read.ReaderLimits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Ingests articles into a store: reads the inputs ({@link ContainerReader}), skips what is already known, codes
 * the rest and stores each article with its mentions, merged into events and followed into expectations, in ONE
 * transaction per article. A process killed at any point leaves whole articles only; the same ingest run again
 * skips them and completes the rest, so the store ends as a clean run leaves it.
 */
public final class Ingester {

    /** Told of each input file and each article as the ingest goes. */
    public interface Listener {
        default void file(int index, int total, Path file) {}

        default void article(ArticleSource source, IngestReport soFar) {}

        /** An article that could not be read, coded or stored, with the reason. */
        default void failed(String article, String reason) {}
    }

    private final EventStore store;
    private final Function<Article, List<EventRecord>> coder;
    private final String coderVersion;
    private final Connection conn;
    private final ArticleStore articles;
    private final MentionWriter mentions;
    private final EventMerger merger;
    private final ExpectationTracker expectations;
    private final ContainerReader reader;
    private int nextSeq;

    /** {@code coder} codes one article (the real {@code Coder::code}, or a stand-in in tests). */
    public Ingester(EventStore store, Function<Article, List<EventRecord>> coder, String coderVersion) {
        this(store, coder, coderVersion, ReaderLimits.DEFAULT);
    }

    /** As above, reading articles within {@code limits} (the size of an article, of a JSON line, ...). */
    public Ingester(EventStore store, Function<Article, List<EventRecord>> coder, String coderVersion, ReaderLimits limits) {
        if (store.readOnly()) throw new StoreException("store " + store.file() + " is open read-only");
        this.store = store;
        this.coder = coder;
        this.coderVersion = coderVersion;
        this.reader = new ContainerReader(new ArticleReader(limits), limits);
        this.conn = store.connection();
        this.articles = new ArticleStore(store);
        this.merger = new EventMerger(store);
        try {
            this.expectations = new ExpectationTracker(store);
            this.mentions = new MentionWriter(store);
            this.nextSeq = articles.nextSeq();
            store.setMeta("coder_version", coderVersion);
            store.setMeta("dictionary_version", StoreVersions.dictionaries());
        } catch (SQLException e) {
            throw new StoreException("cannot prepare store " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** Ingests files and folders (each file in name order); {@code fallbackDate} as {@code dyad code --date}. */
    public IngestReport ingest(List<Path> paths, LocalDate fallbackDate, Listener listener) {
        IngestReport[] total = {IngestReport.EMPTY};
        List<Path> files = ContainerReader.expand(paths, missing -> {
            total[0] = total[0].plus(ingest(missing, listener));
            listener.article(missing, total[0]);
        });
        for (int i = 0; i < files.size(); i++) {
            listener.file(i + 1, files.size(), files.get(i));
            reader.read(List.of(files.get(i)), fallbackDate, source -> {
                total[0] = total[0].plus(ingest(source, listener));
                listener.article(source, total[0]);
            });
        }
        return total[0];
    }

    /** Ingests one article (or records one failure). */
    public IngestReport ingest(ArticleSource source, Listener listener) {
        if (source instanceof ArticleSource.Failed f) return failed(f.id(), f.reason(), listener);
        ArticleSource.Read read = (ArticleSource.Read) source;
        ArticleStore.Prints prints = ArticleStore.Prints.of(read.article().body());
        try {
            if (articles.known(read, prints)) return new IngestReport(0, 1, 0, 0, 0);
        } catch (SQLException e) {
            throw new StoreException("cannot query store " + store.file() + ": " + e.getMessage(), e);
        }
        List<EventRecord> records;
        try {
            records = coder.apply(read.article());
        } catch (ArticleTimeoutException e) {
            return failed(read.id(), e.reason(), listener);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(read.id(), "coding failed: " + e, listener);
        }
        try {
            conn.setAutoCommit(false);
            articles.insert(nextSeq, read, prints, records.size(), coderVersion);
            List<EventKey> keys = mentions.stage(prints.contentHash(), nextSeq, read.id(), read.article().date(), records);
            EventMerger.Merged merged = merger.merge(prints.contentHash(), keys);
            expectations.track(read.article().date());
            conn.commit();
            nextSeq++;
            expectations.committed(read.article().date());
            return new IngestReport(1, 0, 0, merged.newEvents(), merged.mergedMentions());
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof SQLException s && String.valueOf(s.getMessage()).contains("No space left")) {
                throw new StoreException("store " + store.file() + ": the disk is full (" + s.getMessage()
                        + "); the articles stored before are kept: free space and run the ingest again", s);
            }
            if (e instanceof SQLException s && isFatal(s)) throw new StoreException("store " + store.file() + ": " + s.getMessage(), s);
            return failed(read.id(), "cannot store: " + e.getMessage(), listener);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is gone; the next statement will say so
            }
        }
    }

    private IngestReport failed(String article, String reason, Listener listener) {
        listener.failed(article, reason);
        try (PreparedStatement ps = store.prepare("ingest.sql", "upsert_error")) {
            ps.setString(1, article);
            ps.setString(2, reason);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record an error in store " + store.file() + ": " + e.getMessage(), e);
        }
        return new IngestReport(0, 0, 1, 0, 0);
    }

    /** Errors of the store itself (disk full, I/O), after which no article can be stored. */
    private static boolean isFatal(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith("IO Error") || m.contains("No space left") || m.contains("FATAL") || m.contains("database has been invalidated");
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // nothing was committed; a failed rollback leaves the transaction to DuckDB's recovery
        }
    }
}
