package dyad.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dyad.core.hostile.HostileCorpus.Case;
import dyad.core.hostile.HostileCorpus.Format;
import dyad.core.hostile.HostileCorpus.Outcome;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile corpus through the readers ({@link ContainerReader}, as every entry point reads): nothing throws,
 * every bad file is named with a one-line reason, every good article beside it is read, each file within a bound
 * of time, and the local file the XXE cases point at is never read into anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileReadingTest {

    /** A generous bound for reading one file (no coding): the gzip bomb and the 10 MB lines are the slowest. */
    private static final long MAX_READ_MILLIS = 30_000;
    /** The entity bomb must be refused at once, not after expanding. */
    private static final long MAX_BOMB_MILLIS = 5_000;

    private Path dir;
    private List<Case> cases;
    private final Map<String, Result> outcomes = new LinkedHashMap<>();

    /** What reading one file gave. */
    private record Result(List<ArticleSource> sources, Throwable thrown, long millis) {}

    @BeforeAll
    void readTheCorpus() throws IOException {
        dir = Files.createTempDirectory("dyad-hostile-read");
        cases = HostileCorpus.write(dir);
        ContainerReader reader = new ContainerReader();
        for (Case c : cases) {
            List<ArticleSource> got = new ArrayList<>();
            Throwable thrown = null;
            long t0 = System.nanoTime();
            try {
                reader.read(List.of(dir.resolve(c.file())), LocalDate.of(2025, 6, 10), got::add);
            } catch (Throwable t) {
                thrown = t;
            }
            Result r = new Result(got, thrown, (System.nanoTime() - t0) / 1_000_000);
            outcomes.put(c.file(), r);
            long failed = got.stream().filter(x -> x instanceof ArticleSource.Failed).count();
            System.out.printf(Locale.ROOT, "%-45s %6d ms  read %d, failed %d%s%n", c.file().replace("\n", "\\n").replace("\u001b", "\\u001b"), r.millis(),
                    got.size() - failed, failed, thrown == null ? "" : ", threw " + thrown);
        }
    }

    @AfterAll
    void cleanUp() throws IOException {
        HostileCorpus.delete(dir);
    }

    @Test
    void plainTextArticles() {
        check(Format.TEXT);
        // a plain text file is one article: the good ones are read under their file name
        for (Case c : HostileCorpus.of(cases, Format.TEXT)) {
            if (c.outcome() != Outcome.CODED) continue;
            ArticleSource s = outcomes.get(c.file()).sources().get(0);
            assertEquals(c.file(), s.id());
            assertTrue(((ArticleSource.Read) s).article().body().startsWith("Egypt's foreign minister"), c.file());
        }
    }

    @Test
    void htmlPages() {
        check(Format.HTML);
    }

    @Test
    void feeds() {
        check(Format.FEED);
        assertTrue(outcomes.get("billion-laughs.xml").millis() < MAX_BOMB_MILLIS,
                "the entity bomb took " + outcomes.get("billion-laughs.xml").millis() + " ms");
    }

    @Test
    void warcFiles() {
        check(Format.WARC);
    }

    @Test
    void jsonLines() {
        check(Format.JSON_LINES);
        // every bad line is named on its own, the lines after it still read
        long named = outcomes.get("wrong-types.jsonl").sources().stream().filter(s -> s instanceof ArticleSource.Failed).count();
        assertTrue(named >= 12, "wrong-types.jsonl: " + named + " failures, want one per bad line (12)");
    }

    @Test
    void theLocalFileBehindTheExternalEntitiesNeverLeaks() {
        for (Map.Entry<String, Result> e : outcomes.entrySet()) {
            for (ArticleSource s : e.getValue().sources()) {
                String seen = s instanceof ArticleSource.Failed f ? f.id() + " " + f.reason()
                        : ((ArticleSource.Read) s).article().body() + " " + ((ArticleSource.Read) s).title();
                assertFalse(seen.contains(HostileCorpus.SECRET), e.getKey() + " leaked the local file: " + seen);
            }
        }
    }

    @Test
    void aFolderWalkReadsEveryCaseAndNotTheDotFile() {
        List<ArticleSource> all = new ArrayList<>();
        new ContainerReader().read(List.of(dir), null, all::add);
        Set<String> named = new TreeSet<>();
        for (ArticleSource s : all) named.add(s.id());
        for (Case c : cases) {
            if (c.format() != Format.TEXT) continue;
            assertTrue(named.contains(c.file()), c.file() + " was not reached by the folder walk: " + named);
        }
        assertFalse(named.contains(HostileCorpus.SECRET_FILE));
    }

    private void check(Format format) {
        List<Case> these = HostileCorpus.of(cases, format);
        assertFalse(these.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Case c : these) {
            Result o = outcomes.get(c.file());
            assertNotNull(o, c.file());
            if (o.thrown() != null) {
                problems.add(c.file() + ": reading threw " + o.thrown());
                continue;
            }
            if (o.millis() > MAX_READ_MILLIS) problems.add(c.file() + ": reading took " + o.millis() + " ms");
            if (o.sources().isEmpty()) problems.add(c.file() + ": neither read nor named");
            List<ArticleSource.Failed> failures = new ArrayList<>();
            Set<String> read = new TreeSet<>();
            for (ArticleSource s : o.sources()) {
                if (s instanceof ArticleSource.Failed f) {
                    failures.add(f);
                    if (f.reason() == null || f.reason().isBlank()) problems.add(c.file() + ": failure without a reason");
                    else if (f.reason().contains("\n") || f.reason().contains("\r")) {
                        problems.add(c.file() + ": reason of more than one line: " + f.reason());
                    }
                } else {
                    read.add(s.id());
                }
            }
            switch (c.outcome()) {
                case REFUSED -> {
                    if (failures.stream().noneMatch(f -> f.id().startsWith(c.file()))) {
                        problems.add(c.file() + ": not named as a failure; got " + describe(o.sources()));
                    }
                    if (c.reason() != null) {
                        for (ArticleSource.Failed f : failures) {
                            if (!f.reason().toLowerCase(Locale.ROOT).contains(c.reason().toLowerCase(Locale.ROOT))) {
                                problems.add(c.file() + ": reason '" + f.reason() + "' does not say '" + c.reason() + "'");
                            }
                        }
                    }
                }
                case CODED -> {
                    if (!failures.isEmpty()) problems.add(c.file() + ": a good input was refused: " + describe(failures));
                    if (read.isEmpty()) problems.add(c.file() + ": a good input gave no article");
                }
                case SURVIVES -> { }
            }
            for (String id : c.goodIds()) {
                if (!read.contains(id)) problems.add(c.file() + ": the good article " + id + " beside the bad was not read; got "
                        + describe(o.sources()));
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    private static String describe(List<? extends ArticleSource> sources) {
        List<String> out = new ArrayList<>();
        for (ArticleSource s : sources) {
            out.add(s instanceof ArticleSource.Failed f ? "failed " + f.id() + ": " + f.reason() : "read " + s.id());
            if (out.size() == 6) {
                out.add("... " + (sources.size() - 6) + " more");
                break;
            }
        }
        return out.toString();
    }

    @Test
    void theCorpusIsDeterministic() throws IOException {
        Path again = Files.createTempDirectory("dyad-hostile-again");
        try {
            List<Case> second = HostileCorpus.write(again);
            assertEquals(cases.size(), second.size());
            for (Case c : cases) {
                byte[] a = Files.readAllBytes(dir.resolve(c.file()));
                byte[] b = Files.readAllBytes(again.resolve(c.file()));
                if (c.format() == Format.FEED) continue; // the XXE cases hold the corpus folder's own path
                assertTrue(java.util.Arrays.equals(a, b), c.file() + " differs between two runs");
            }
        } finally {
            try (var s = Files.walk(again)) {
                for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
