package dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void goodLinesAreReadAndBadLinesNamedByFileAndLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String good1 = json.writeValueAsString(Map.of("id", "wire-1", "date", "2025-11-03", "url", "https://wire.example/1",
                "source", "Wire", "title", "Talks in Amman", "text", Sources.story("Syria's foreign minister")));
        String good2 = json.writeValueAsString(Map.of("id", 42, "text", Sources.story("Iraq's prime minister")));
        String wrongType = "{\"id\":\"x\",\"date\":20251103,\"text\":\"" + Sources.story("A") + "\"}";
        String badDate = "{\"id\":\"y\",\"date\":\"2025-02-30\",\"text\":\"" + Sources.story("B") + "\"}";
        String notJson = "{\"id\": \"z\", \"text\": ";
        String array = "[1, 2, 3]";
        String noText = "{\"id\":\"t\",\"title\":\"only a title\"}";
        String huge = "{\"id\":\"huge\",\"text\":\"" + "a".repeat(5_000_000) + "\"}";
        Path f = dir.resolve("crawl.jsonl");
        Files.writeString(f, String.join("\n", good1, wrongType, "", badDate, notJson, array, noText, huge, good2) + "\n");
        List<ArticleSource> out = Sources.read(LocalDate.of(2020, 1, 1), f);
        List<ArticleSource.Read> read = Sources.articles(out);
        assertEquals(2, read.size(), out.toString());
        assertEquals("wire-1", read.get(0).id());
        assertEquals(LocalDate.of(2025, 11, 3), read.get(0).article().date());
        assertEquals("https://wire.example/1", read.get(0).url());
        assertEquals("Wire", read.get(0).outlet());
        assertEquals("Talks in Amman", read.get(0).title());
        assertEquals("42", read.get(1).id());
        assertEquals(LocalDate.of(2020, 1, 1), read.get(1).article().date());
        List<ArticleSource.Failed> failed = Sources.failures(out);
        assertEquals(List.of("crawl.jsonl:2", "crawl.jsonl:4", "crawl.jsonl:5", "crawl.jsonl:6", "crawl.jsonl:7", "crawl.jsonl:8"),
                failed.stream().map(ArticleSource.Failed::id).toList());
        assertTrue(failed.get(0).reason().contains("\"date\" is a number"), failed.get(0).reason());
        assertTrue(failed.get(1).reason().contains("not a date"), failed.get(1).reason());
        assertTrue(failed.get(2).reason().startsWith("not JSON"), failed.get(2).reason());
        assertTrue(failed.get(5).reason().contains("too long"), failed.get(5).reason());
    }
}
