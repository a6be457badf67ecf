package dyad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads files and folders of articles (SPEC section 1) and emits one {@link ArticleSource} per article, in a
 * stable order (folders sorted by name). Plain text files are articles of their own; containers hold many:
 * JSON Lines, HTML pages, RSS/Atom feeds and WARC files, told apart by {@link ContainerFormat}. Every article,
 * whatever its container, then passes the {@link ArticleReader} rules. Nothing a file holds makes this throw:
 * what cannot be read becomes a failure with its reason.
 */
public final class ContainerReader {

    private final ArticleReader articles;
    private final JsonLinesReader jsonLines;
    private final HtmlReader html;
    private final FeedReader feeds;
    private final WarcReader warcs;

    public ContainerReader(ArticleReader articles, ReaderLimits limits) {
        this.articles = articles;
        this.jsonLines = new JsonLinesReader(articles, limits);
        this.html = new HtmlReader(articles);
        this.feeds = new FeedReader(articles);
        this.warcs = new WarcReader(html);
    }

    public ContainerReader(ArticleReader articles) {
        this(articles, ReaderLimits.DEFAULT);
    }

    public ContainerReader() {
        this(new ArticleReader());
    }

    /** Reads every path (file or folder) and passes each article or failure to {@code out}. */
    public void read(List<Path> paths, LocalDate fallbackDate, Consumer<ArticleSource> out) {
        for (Path p : paths) {
            for (Path f : files(p, out)) readFile(f, fallbackDate, out);
        }
    }

    /**
     * The files that {@link #read} reads for these paths, in its order: a file as it is, a folder's article and
     * container files sorted by name. A path that does not exist is passed to {@code missing} as a failure.
     */
    public static List<Path> expand(List<Path> paths, Consumer<ArticleSource> missing) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) out.addAll(files(p, missing));
        return out;
    }

    private static List<Path> files(Path p, Consumer<ArticleSource> out) {
        if (!Files.exists(p)) {
            out.accept(new ArticleSource.Failed(p.toString(), "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> list = new ArrayList<>(s.filter(Files::isRegularFile).filter(ContainerReader::isArticleFile).sorted().toList());
            return list;
        } catch (IOException e) {
            out.accept(new ArticleSource.Failed(p.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    static boolean isArticleFile(Path f) {
        return isArticleFile(f.getFileName().toString());
    }

    /**
     * Files a folder walk picks up, by name: articles and containers, not the gold files and notes that sit beside
     * them (the Spark job lists Hadoop folders by the same rule).
     */
    public static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.equals("gold.jsonl") || n.endsWith(".md") || n.endsWith(".py")) return false;
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".html")
                || n.endsWith(".htm") || n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")
                || n.endsWith(".warc") || n.endsWith(".warc.gz") || !n.contains(".");
    }

    private void readFile(Path f, LocalDate fallbackDate, Consumer<ArticleSource> downstream) {
        String id = f.getFileName().toString();
        Consumer<ArticleSource> out = s -> {
            try {
                downstream.accept(s);
            } catch (RuntimeException e) {
                throw new DownstreamException(e);
            }
        };
        try {
            ContainerFormat format = ContainerFormat.detect(f);
            switch (format) {
                case WARC -> warcs.read(f, id, out);
                case JSON_LINES -> {
                    try (InputStream in = Files.newInputStream(f)) {
                        jsonLines.read(id, in, fallbackDate, out);
                    }
                }
                default -> {
                    byte[] bytes = bytes(f, id, out);
                    if (bytes == null) return;
                    switch (format) {
                        case HTML -> out.accept(html.read(id, bytes, null, null, fallbackDate));
                        case FEED -> feeds.read(id, bytes, fallbackDate, out);
                        default -> out.accept(text(id, bytes, fallbackDate));
                    }
                }
            }
        } catch (DownstreamException e) {
            throw e.getCause();
        } catch (IOException e) {
            downstream.accept(new ArticleSource.Failed(id, "cannot read file: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            downstream.accept(new ArticleSource.Failed(id, "cannot read file: " + e));
        }
    }

    private static byte[] bytes(Path f, String id, Consumer<ArticleSource> out) {
        try {
            if (Files.size(f) > 512L * 1024 * 1024) {
                out.accept(new ArticleSource.Failed(id, "file too large to read"));
                return null;
            }
            return Files.readAllBytes(f);
        } catch (IOException | OutOfMemoryError e) {
            out.accept(new ArticleSource.Failed(id, "cannot read file: " + e.getMessage()));
            return null;
        }
    }

    private ArticleSource text(String id, byte[] bytes, LocalDate fallbackDate) {
        try {
            return new ArticleSource.Read(articles.read(id, bytes, fallbackDate), null, null, null);
        } catch (BadArticleException e) {
            return new ArticleSource.Failed(e.article(), e.reason());
        }
    }

    /** An exception thrown by the consumer of the articles, not by the reading: it passes through the readers' catches. */
    static final class DownstreamException extends RuntimeException {
        DownstreamException(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
