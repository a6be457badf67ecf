package dyad.store;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.read.ArticleSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second process for store tests. {@code hold DB SECONDS}: opens the store for writing, prints "ready", waits.
 * {@code ingest DB SLEEP_MS PATH...}: ingests with the script coder, sleeping in each article's coding so a test
 * can kill it part-way, and prints one line per article.
 */
public final class StoreChild {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (EventStore s = EventStore.open(db)) {
                System.out.println("ready");
                System.out.flush();
                TimeUnit.SECONDS.sleep(Long.parseLong(args[2]));
            }
            return;
        }
        long sleep = Long.parseLong(args[2]);
        ScriptCoder script = new ScriptCoder();
        java.util.function.Function<Article, List<EventRecord>> slow = a -> {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return script.apply(a);
        };
        List<Path> paths = java.util.Arrays.stream(args).skip(3).map(Path::of).toList();
        try (EventStore s = EventStore.open(db)) {
            IngestReport r = new Ingester(s, slow, "script-coder 1").ingest(paths, (LocalDate) null, new Ingester.Listener() {
                @Override
                public void article(ArticleSource source, IngestReport soFar) {
                    System.out.println("article " + source.id());
                    System.out.flush();
                }
            });
            System.out.println(r.summary());
        }
    }
}
