package dyad.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files of news crawls, plain or gzip: every HTTP response record with a 2xx status and an HTML
 * payload is a page, read as {@link HtmlReader} reads pages; its id is the WARC-Target-URI and its date the page's
 * own, else the record's WARC-Date. Other records (requests, metadata, images) are passed over. A truncated
 * file or a record whose Content-Length lies ends the reading with a failure; the pages read before it stand.
 */
public final class WarcReader {

    private final HtmlReader html;

    public WarcReader(HtmlReader html) {
        this.html = html;
    }

    /**
     * Reads the WARC file {@code file}; {@code fileId} names it in failures. A record's page is passed on only once
     * the record after it has been found where the record's Content-Length says (or the file ends cleanly there),
     * so a record that lies about its length, or is cut short, never gives a page of wrong bytes.
     */
    public void read(Path file, String fileId, Consumer<ArticleSource> out) {
        int records = 0;
        ArticleSource pending = null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(ch)) {
            reader.calculateBlockDigest();
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException e) {
                    // a gzip WARC cut short: each record is a gzip member of its own, so the one before the cut is whole
                    if (pending != null && reader.compression() == WarcCompression.GZIP) {
                        out.accept(pending);
                        pending = null;
                    }
                    throw e;
                }
                if (pending != null) out.accept(pending);
                pending = null;
                if (next.isEmpty()) break;
                records++;
                if (next.get() instanceof WarcResponse response) pending = page(response);
            }
        } catch (ContainerReader.DownstreamException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            int good = pending == null ? records : records - 1;
            out.accept(new ArticleSource.Failed(fileId, "truncated or corrupt WARC after " + good + " good record"
                    + (good == 1 ? "" : "s") + ": " + describe(e)));
        }
    }

    /** The page in one response record, a failure for a page that cannot be read, or null for a record that is no page. */
    private ArticleSource page(WarcResponse response) throws IOException {
        String target = response.target();
        String id = target == null || target.isBlank() ? String.valueOf(response.id()) : target;
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return null;
            return new ArticleSource.Failed(id, "malformed HTTP response in the WARC record");
        }
        if (http.status() < 200 || http.status() > 299) return null;
        MediaType type = http.contentType();
        String sub = type.subtype().toLowerCase(Locale.ROOT);
        if (!type.type().equalsIgnoreCase("text") && !sub.equals("xhtml+xml")) return null;
        if (!sub.equals("html") && !sub.equals("xhtml+xml")) return null;
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(HtmlReader.MAX_HTML_BYTES + 1);
        }
        if (body.length > HtmlReader.MAX_HTML_BYTES) {
            return new ArticleSource.Failed(id, "page too large (over " + HtmlReader.MAX_HTML_BYTES / (1024 * 1024) + " MB of HTML)");
        }
        if (!digestMatches(response)) {
            return new ArticleSource.Failed(id, "WARC record does not match its WARC-Block-Digest (corrupt, or its Content-Length lies)");
        }
        LocalDate crawled = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return html.read(id, body, type.parameters().get("charset"), target, crawled);
    }

    private static boolean digestMatches(WarcRecord record) throws IOException {
        Optional<WarcDigest> declared = record.blockDigest();
        if (declared.isEmpty()) return true;
        record.body().consume();
        Optional<WarcDigest> actual = record.calculatedBlockDigest();
        return actual.isEmpty() || actual.get().equals(declared.get());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        String kind = e instanceof java.io.EOFException ? "unexpected end of file" : e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + " (" + (m.length() > 160 ? m.substring(0, 160) + "..." : m) + ")";
    }
}
