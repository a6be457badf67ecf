package dyad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.core.model.Article;
import dyad.core.read.ArticleReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The corpus the Spark tests run on, built in a folder: the shared seed and development articles, the project's
 * evaluation set and story (plain text), a JSON Lines container (a copy of the seed under another URL, which the
 * store knows already; a near-duplicate wire copy of a development article; a line that is not an article; a
 * French text), a gzip WARC holding a page that republishes an evaluation article, and bad files (empty, binary,
 * an impossible date, one the test coder refuses).
 */
final class TestCorpus {

    /** A body containing this makes the tests' coder throw. */
    static final String CODER_BREAKS = "ZZ-TEST-CODER-REFUSES-THIS";

    private TestCorpus() {}

    static Path shared() {
        return Path.of(System.getProperty("dyad.shared", "../../shared")).toAbsolutePath().normalize();
    }

    static Path project() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static Path build(Path root) throws IOException {
        Path corpus = root.resolve("corpus");
        copyTexts(shared().resolve("eval/seed"), corpus.resolve("shared"));
        copyTexts(shared().resolve("eval/dev"), corpus.resolve("shared"));
        copyTexts(project().resolve("eval/own"), corpus.resolve("own"));
        copyTexts(project().resolve("eval/story"), corpus.resolve("story"));

        Path containers = Files.createDirectories(corpus.resolve("containers"));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Article seed = article(corpus.resolve("shared"), "seed-");
        lines.add(line(json, "wire-seed", "2025-11-02", "https://wire.example/seed", "Example Wire", "Seed again", seed.body()));
        Article d1 = article(corpus.resolve("shared"), "d1-");
        lines.add(line(json, "wire-d1", "2025-06-14", "https://wire.example/d1", "Example Wire", "Strikes",
                d1.body().strip() + "\nReporting by the Example Wire desk.\n"));
        lines.add("{\"id\": \"wire-cut\", \"text\": \"The line ends before its text does");
        lines.add(line(json, "wire-fr", "2025-06-15", "https://wire.example/fr", "Example Wire", "France",
                "Le président de la République a reçu hier à l'Élysée le premier ministre du Liban pour évoquer la "
                        + "situation dans le sud du pays et les négociations sur la frontière avec Israël, selon un communiqué."));
        Files.write(containers.resolve("wire.jsonl"), lines, StandardCharsets.UTF_8);

        Article own = article(corpus.resolve("own"), "o29-");
        StringBuilder html = new StringBuilder("<html><head><title>Border deal | Example Times</title>"
                + "<meta property=\"article:published_time\" content=\"" + own.date() + "T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article>");
        for (String p : own.body().split("\n")) if (!p.isBlank()) html.append("<p>").append(escape(p.strip())).append("</p>");
        html.append("</article><footer>Subscribe to our newsletter</footer></body></html>");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(containers.resolve("crawl.warc.gz"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://times.example/world/border-deal"))
                    .date(Instant.parse(own.date() + "T10:00:00Z")).body(http).build());
        }

        Path bad = Files.createDirectories(corpus.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.txt"), new byte[] {'d', 'a', 't', 'e', 0, 1, 2, 3, 0, 0, 7});
        Files.writeString(bad.resolve("bad-date.txt"), "date 2025-13-45 The minister met his counterpart in Cairo.\n");
        Files.writeString(bad.resolve("coder-breaks.txt"), "date 2025-11-03 The foreign minister of Egypt met the "
                + "foreign minister of Jordan in Amman on Tuesday, officials said. " + CODER_BREAKS + "\n");
        return corpus;
    }

    private static void copyTexts(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private static Article article(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return new ArticleReader().read(f.getFileName().toString(), Files.readAllBytes(f), null);
        } catch (dyad.core.read.BadArticleException e) {
            throw new IOException(e);
        }
    }

    private static String line(ObjectMapper json, String id, String date, String url, String source, String title, String text) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id).put("date", date).put("url", url).put("source", source).put("title", title).put("text", text);
        return o.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
