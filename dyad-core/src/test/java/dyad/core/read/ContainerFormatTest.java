package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContainerFormatTest {

    static ContainerFormat detect(String name, String head) {
        return ContainerFormat.detect(name, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesAndNamesDecide() {
        assertEquals(ContainerFormat.TEXT, detect("a.txt", "date 2025-11-01 The minister said ..."));
        assertEquals(ContainerFormat.TEXT, detect("a.txt", "{braces} in a text file"));
        assertEquals(ContainerFormat.JSON_LINES, detect("a", "{\"text\": \"...\"}"));
        assertEquals(ContainerFormat.JSON_LINES, detect("a.jsonl", "garbage"));
        assertEquals(ContainerFormat.HTML, detect("page", "  <!DOCTYPE html><html>"));
        assertEquals(ContainerFormat.HTML, detect("a.txt", "<html><body>"));
        assertEquals(ContainerFormat.FEED, detect("feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
        assertEquals(ContainerFormat.FEED, detect("a.html", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(ContainerFormat.FEED, detect("bomb", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]>"));
        assertEquals(ContainerFormat.HTML, detect("a.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        assertEquals(ContainerFormat.WARC, detect("crawl.bin", "WARC/1.1\r\nWARC-Type: warcinfo"));
        assertEquals(ContainerFormat.WARC, detect("x.warc.gz", "not even gzip"));
        assertEquals(ContainerFormat.TEXT, ContainerFormat.detect("x.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0}));
    }
}
