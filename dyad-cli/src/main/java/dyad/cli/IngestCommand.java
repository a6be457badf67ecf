package dyad.cli;

import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import dyad.store.EventStore;
import dyad.store.IngestReport;
import dyad.store.Ingester;
import dyad.store.StoreException;
import dyad.store.StoreVersions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: codes articles into the store, merges their events and follows their plans. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest articles (files or folders: text, JSON Lines, HTML, RSS/Atom, WARC) into the event store.",
                "Articles already in the store are skipped; each new one is stored with its events in one transaction.",
                "Exit status: 0 when every article went in, 1 when some failed (each is named on standard error)."})
final class IngestCommand implements Callable<Integer> {

    /** How the command gets its coder for a time limit: the real one, built on first need (tests put a stand-in here). */
    static Function<Duration, Function<Article, List<EventRecord>>> coders = limit -> new Coder(limit)::code;

    @Mixin
    StoreOptions store;

    @Mixin
    LimitOptions limits;

    @Option(names = "--date", description = "Publication date for articles that carry none (YYYY-MM-DD).")
    LocalDate date;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        if (limits.problem() != null) {
            System.err.println("dyad ingest: " + limits.problem());
            return 2;
        }
        ProgressBar bar = ProgressBar.onTerminal();
        try (EventStore s = EventStore.open(store.db)) {
            Ingester ingester = new Ingester(s, lazyCoder(limits.perArticle()), StoreVersions.coder(), limits.readerLimits());
            int[] file = {0, 0};
            IngestReport report = ingester.ingest(paths, date, new Ingester.Listener() {
                @Override
                public void file(int index, int total, Path f) {
                    file[0] = index - 1;
                    file[1] = total;
                }

                @Override
                public void article(ArticleSource source, IngestReport soFar) {
                    bar.show(file[0], file[1], counts(soFar), false);
                }

                @Override
                public void failed(String article, String reason) {
                    bar.message("dyad: " + article + ": " + reason);
                }
            });
            bar.show(file[1], file[1], counts(report), true);
            bar.done();
            System.out.println(report.summary());
            return report.articlesFailed() == 0 ? 0 : 1;
        } catch (StoreException e) {
            bar.done();
            return StoreOptions.fail(e);
        }
    }

    private static String counts(IngestReport r) {
        return r.articlesNew() + " new, " + r.articlesKnown() + " known, " + r.articlesFailed() + " failed; "
                + r.eventsNew() + " events new";
    }

    /** The coder is built (CoreNLP models loaded) only when an article not yet in the store needs coding. */
    private static Function<Article, List<EventRecord>> lazyCoder(Duration limit) {
        return new Function<>() {
            private Function<Article, List<EventRecord>> coder;

            @Override
            public List<EventRecord> apply(Article a) {
                if (coder == null) coder = coders.apply(limit);
                return coder.apply(a);
            }
        };
    }
}
