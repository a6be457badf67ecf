package dyad.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads files and folders of articles (SPEC section 1) and emits one {@link ArticleSource} per article, in a
 * stable order (folders sorted by name). Plain text files are articles of their own; containers hold many.
 */
public final class ContainerReader {

    private final ArticleReader articles;

    public ContainerReader(ArticleReader articles) {
        this.articles = articles;
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

    private List<Path> files(Path p, Consumer<ArticleSource> out) {
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

    /** Files a folder walk picks up: articles and containers, not the gold files and notes that sit beside them. */
    static boolean isArticleFile(Path f) {
        String n = f.getFileName().toString().toLowerCase();
        if (n.startsWith(".") || n.equals("gold.jsonl") || n.endsWith(".md") || n.endsWith(".py")) return false;
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".jsonl") || n.endsWith(".html")
                || n.endsWith(".htm") || n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")
                || n.endsWith(".warc") || n.endsWith(".warc.gz") || !n.contains(".");
    }

    private void readFile(Path f, LocalDate fallbackDate, Consumer<ArticleSource> out) {
        String id = f.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(f) > 512L * 1024 * 1024) {
                out.accept(new ArticleSource.Failed(id, "file too large to read"));
                return;
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException | OutOfMemoryError e) {
            out.accept(new ArticleSource.Failed(id, "cannot read file: " + e.getMessage()));
            return;
        }
        try {
            out.accept(new ArticleSource.Read(articles.read(id, bytes, fallbackDate), null, null, null));
        } catch (BadArticleException e) {
            out.accept(new ArticleSource.Failed(e.article(), e.reason()));
        }
    }
}
