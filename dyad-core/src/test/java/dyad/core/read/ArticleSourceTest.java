package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleSourceTest {

    @Test
    void aFailureReasonIsOneLineThoughTheParserQuotedBrokenInput() {
        // found by fuzzing: jwarc's parse error quotes the header value it choked on, line break and all
        var failed = new ArticleSource.Failed("a.warc", "truncated or corrupt WARC after 1 good record: "
                + "IllegalArgumentException (parse error at position 5: \u00c9text<-- HERE -->/html; charset=utf-8\r\n"
                + "\u00d9Content-Length: 37\u0000...)\n");
        assertEquals("truncated or corrupt WARC after 1 good record: IllegalArgumentException (parse error at "
                + "position 5: \u00c9text<-- HERE -->/html; charset=utf-8 \u00d9Content-Length: 37 ...)", failed.reason());
    }
}
