package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {

    @TempDir
    Path dir;

    /** A small crawl: two news pages (one dated by its meta, one not), a request, an image and a 404 page. */
    static byte[] crawl(WarcCompression compression) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression)) {
            String u1 = "https://levantherald.example/2025/11/10/visit";
            w.write(new WarcRequest.Builder(URI.create(u1)).date(Instant.parse("2025-11-11T06:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/2025/11/10/visit").addHeader("Host", "levantherald.example").build())
                    .build());
            w.write(response(u1, "2025-11-11T06:00:01Z", 200, "text/html; charset=utf-8",
                    HtmlReaderTest.PAGE.replace("2025-11-01T08:15:00+02:00", "2025-11-10T21:00:00+02:00")));
            w.write(response("https://cdn.example/logo.png", "2025-11-11T06:00:02Z", 200, "image/png", "PNG..."));
            w.write(response("https://levantherald.example/missing", "2025-11-11T06:00:03Z", 404, "text/html",
                    "<html><body><p>Not found</p></body></html>"));
            w.write(response("https://gulfwire.example/oman", "2025-11-12T09:30:00Z", 200, "text/html",
                    "<html><body><nav>Home | World</nav><article><p>" + Sources.story("Oman's foreign minister")
                            + "</p></article></body></html>"));
        }
        return bytes.toByteArray();
    }

    static WarcResponse response(String url, String date, int status, String type, String body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date)).body(http).build();
    }

    @Test
    void gzipWarcOfSeveralRecordsGivesItsPages() throws Exception {
        Path f = dir.resolve("crawl.warc.gz");
        Files.write(f, crawl(WarcCompression.GZIP));
        List<ArticleSource> out = Sources.read(f);
        assertEquals(2, out.size(), out.toString());
        ArticleSource.Read first = assertInstanceOf(ArticleSource.Read.class, out.get(0));
        assertEquals("https://levantherald.example/2025/11/10/visit", first.id());
        assertEquals(LocalDate.of(2025, 11, 10), first.article().date());
        assertTrue(first.article().body().contains("will visit Washington on November 10"));
        ArticleSource.Read second = assertInstanceOf(ArticleSource.Read.class, out.get(1));
        assertEquals("https://gulfwire.example/oman", second.id());
        assertEquals(LocalDate.of(2025, 11, 12), second.article().date(), "the WARC-Date when the page has none");
        assertTrue(second.article().body().startsWith("Oman's foreign minister met"));
    }

    @Test
    void plainWarcIsReadToo() throws Exception {
        Path f = dir.resolve("crawl-plain");
        Files.write(f, crawl(WarcCompression.NONE));
        assertEquals(2, Sources.articles(Sources.read(f)).size());
    }

    @Test
    void truncatedGzipKeepsThePagesBeforeIt() throws Exception {
        byte[] all = crawl(WarcCompression.GZIP);
        Path f = dir.resolve("truncated.warc.gz");
        Files.write(f, Arrays.copyOf(all, all.length - 200));
        List<ArticleSource> out = Sources.read(f);
        assertEquals(1, Sources.articles(out).size(), out.toString());
        ArticleSource.Failed failed = assertInstanceOf(ArticleSource.Failed.class, out.get(out.size() - 1));
        assertEquals("truncated.warc.gz", failed.id());
        assertTrue(failed.reason().contains("truncated or corrupt WARC"), failed.reason());
    }

    /** The crawl with one response record's Content-Length changed by {@code delta}. */
    Path lying(String target, int delta) throws Exception {
        String warc = new String(crawl(WarcCompression.NONE), StandardCharsets.ISO_8859_1);
        int at = warc.indexOf("WARC-Target-URI: " + target);
        at = warc.indexOf("WARC-Type: response", at - 400) >= 0 && warc.indexOf("WARC-Type: response", at - 400) < at
                ? warc.indexOf("WARC-Type: response", at - 400) : at;
        int cl = warc.indexOf("Content-Length: ", at);
        int eol = warc.indexOf("\r\n", cl);
        int real = Integer.parseInt(warc.substring(cl + 16, eol));
        String changed = warc.substring(0, cl) + "Content-Length: " + (real + delta) + warc.substring(eol);
        Path f = dir.resolve("lying" + delta + ".warc");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(changed.getBytes(StandardCharsets.ISO_8859_1));
        }
        return f;
    }

    @Test
    void lyingContentLengthIsAFailureAfterTheGoodRecords() throws Exception {
        List<ArticleSource> out = Sources.read(lying("https://gulfwire.example/oman", 5000));
        assertEquals(1, Sources.articles(out).size(), out.toString());
        assertEquals("https://levantherald.example/2025/11/10/visit", out.get(0).id());
        assertInstanceOf(ArticleSource.Failed.class, out.get(out.size() - 1));
    }

    @Test
    void aLengthThatSwallowsTheNextRecordsGivesNoPageOfWrongBytes() throws Exception {
        for (int delta : new int[] {-300, 700}) {
            List<ArticleSource> out = Sources.read(lying("https://levantherald.example/2025/11/10/visit", delta));
            assertEquals(0, Sources.articles(out).size(), out.toString());
            ArticleSource.Failed failed = assertInstanceOf(ArticleSource.Failed.class, out.get(out.size() - 1));
            assertTrue(failed.reason().contains("after 1 good record"), failed.reason());
        }
    }
}
