package dyad.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dyad.core.read.ArticleReader;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import dyad.core.read.ReaderLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz target for every reader in dyad.core.read, through {@link ContainerReader} as the entry points use it: any
 * bytes under any of the names a folder walk picks up (plain text, JSON Lines, HTML, RSS/Atom, WARC, gzip WARC). The
 * reader never throws; each article it gives has text, each failure a one-line reason.
 *
 * <p>Input layout: byte 0 picks the file name's ending; the rest is the file.
 */
class ContainerReaderFuzzTest {

    private static final String[] NAMES = {"a.txt", "a.jsonl", "a.html", "a.rss", "a.xml", "a.warc", "a.warc.gz", "a",
            "a.atom", "a.htm"};
    private static final ContainerReader READER = new ContainerReader(new ArticleReader(new ReaderLimits(100_000)));
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("dyad-fuzz-read");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "15m")
    void read(byte[] data) throws IOException {
        if (data.length < 1) return;
        Path file = dir.resolve(NAMES[(data[0] & 0xff) % NAMES.length]);
        Files.write(file, java.util.Arrays.copyOfRange(data, 1, data.length));
        List<ArticleSource> got = new ArrayList<>();
        try {
            READER.read(List.of(file), LocalDate.of(2025, 3, 4), got::add);
        } finally {
            Files.delete(file);
        }
        for (ArticleSource s : got) {
            assertNotNull(s.id(), "a source without an id");
            if (s instanceof ArticleSource.Failed f) {
                assertNotNull(f.reason());
                assertFalse(f.reason().isBlank(), "a failure without a reason");
                assertFalse(f.reason().contains("\n") || f.reason().contains("\r"), "a reason of two lines: " + f.reason());
            } else {
                assertFalse(((ArticleSource.Read) s).article().body().isBlank(), "an article with no text");
            }
        }
    }
}
