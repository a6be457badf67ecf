package dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.read.ContainerReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing picks the files {@code dyad ingest} reads, in its order (no Spark needed). */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsWhatTheIngestReadsInItsOrder() throws Exception {
        for (String f : List.of("b/x.txt", "b-c.txt", "a.jsonl", "b/y/z.warc.gz", ".hidden.txt", "gold.jsonl", "notes.md",
                "tool.py", "README", "page.html", "feed.rss", "B.txt", "é.txt", "image.png", ".git/HEAD.txt")) {
            Path p = dir.resolve("in").resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "date 2025-11-01 x\n");
        }
        Path single = Files.writeString(dir.resolve("single.png"), "date 2025-11-01 x\n");
        List<String> inputs = List.of(dir.resolve("in").toString(), single.toString(), dir.resolve("missing").toString());

        List<String> expected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path p : ContainerReader.expand(inputs.stream().map(Path::of).toList(), f -> missing.add(f.id()))) {
            expected.add(p.toAbsolutePath().toString());
        }
        InputFiles.Listing listing = InputFiles.list(new Configuration(), inputs);
        List<String> actual = listing.files().stream()
                .map(f -> Path.of(new org.apache.hadoop.fs.Path(f.path()).toUri()).toString()).toList();
        assertEquals(expected, actual);
        assertEquals(missing, listing.missing());
        for (int i = 0; i < listing.files().size(); i++) assertEquals(i, listing.files().get(i).no());
        assertEquals("z.warc.gz", listing.files().stream().filter(f -> f.path().endsWith("z.warc.gz")).findFirst().orElseThrow().name());
    }
}
