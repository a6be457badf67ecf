package dyad.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of input file dyad reads (SPEC section 1), told apart by the first bytes of the file and by its name.
 * The bytes win where they are unambiguous (a WARC header, gzip magic, an RSS or HTML root); the name decides the rest.
 */
public enum ContainerFormat {
    TEXT, JSON_LINES, HTML, FEED, WARC;

    static final int HEAD_BYTES = 8192;

    /** Reads the head of {@code file} and detects its format. */
    public static ContainerFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return detect(file.getFileName().toString(), head);
    }

    /** Detects the format of a file from its name and its first bytes. */
    public static ContainerFormat detect(String name, byte[] head) {
        String n = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, "WARC/")) return WARC;
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return n.endsWith(".warc.gz") || startsWith(gunzipHead(head), "WARC/") ? WARC : TEXT;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return WARC;
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        s = s.stripLeading();
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSON_LINES;
        ContainerFormat markup = s.startsWith("<") ? sniffMarkup(s) : null;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return markup == FEED ? FEED : HTML;
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) return markup == HTML ? HTML : FEED;
        if (markup != null) return markup;
        if (s.startsWith("{") && !n.endsWith(".txt") && !n.endsWith(".text")) return JSON_LINES;
        return TEXT;
    }

    /** FEED for XML (feeds, and any XML with a DTD, which the feed reader refuses), HTML for web pages. */
    private static ContainerFormat sniffMarkup(String s) {
        String low = s.substring(0, Math.min(s.length(), 4096)).toLowerCase(Locale.ROOT);
        int html = firstOf(low, "<!doctype html", "<html", "<head", "<body");
        int feed = firstOf(low, "<rss", "<feed", "<rdf:rdf", "<channel");
        if (feed >= 0 && (html < 0 || feed < html)) return FEED;
        if (html >= 0) return HTML;
        if (low.startsWith("<?xml") || low.startsWith("<!doctype") || low.contains("<!entity")) return FEED;
        return HTML;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String x : needles) {
            int i = s.indexOf(x);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
        return true;
    }

    private static byte[] gunzipHead(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
