package dyad.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark corpus: many distinct, realistic articles made from a few real ones. Each is one source article moved
 * in time by whole weeks ({@link DateShift}), with one or two of its states replaced by others ({@link CountrySwap})
 * and its paragraphs after the lede in another order. The same sources and seed give the same corpus; no text is
 * made twice.
 */
public final class CorpusGenerator {

    /** One source article: its file name without extension, header date and body. */
    public record Source(String name, LocalDate date, String body) {}

    /** One generated article: the file name to write it under and its text, header included (SPEC section 1). */
    public record Generated(String name, Source source, LocalDate date, String text) {}

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})[ \\t]*");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2026, 6, 30);
    private static final int TRIES = 100;

    private final List<Source> sources;
    private final long seed;
    private final CountrySwap countries = new CountrySwap();

    public CorpusGenerator(List<Source> sources, long seed) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no source articles");
        this.sources = List.copyOf(sources);
        this.seed = seed;
    }

    /** The dated {@code .txt} articles of the folders and files, in name order (those without a header are skipped). */
    public static List<Source> read(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".txt")).forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        files.sort(null);
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = HEADER.matcher(text);
            if (!m.find()) continue;
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "").replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", "");
            out.add(new Source(name, LocalDate.parse(m.group(1)), text.substring(m.end()).strip()));
        }
        return out;
    }

    /** The first {@code count} articles of the corpus: the sources in turn, each time varied anew. */
    public List<Generated> generate(int count) {
        List<Generated> out = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Source source = sources.get(i % sources.size());
            Generated g = null;
            for (int attempt = 0; attempt < TRIES && g == null; attempt++) {
                Generated candidate = vary(source, new Random(seed * 1_000_003L + i * 131L + attempt), i);
                if (seen.add(candidate.text().substring(candidate.text().indexOf(' ', 5) + 1))) g = candidate;
            }
            if (g == null) throw new IllegalStateException("cannot vary " + source.name() + " any further after " + i + " articles");
            out.add(g);
        }
        return out;
    }

    /** Writes the articles as {@code .txt} files into the folder (made if missing). */
    public static void write(List<Generated> articles, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Generated g : articles) Files.writeString(folder.resolve(g.name()), g.text(), StandardCharsets.UTF_8);
    }

    private Generated vary(Source source, Random random, int index) {
        LocalDate date = shiftedDate(source.date(), random);
        DateShift shift = new DateShift(source.date(), date);
        String body = shift.apply(source.body());
        body = countries.swap(body, 1 + random.nextInt(2), random);
        body = reorder(body, random);
        String name = String.format("b%06d-%s-%s.txt", index + 1, source.name(), date);
        return new Generated(name, source, date, "date " + date + " " + body + "\n");
    }

    /** A date a whole number of weeks (at least one) away, between 1990 and mid-2026. */
    private static LocalDate shiftedDate(LocalDate from, Random random) {
        long earliest = -ChronoUnit.WEEKS.between(EARLIEST, from);
        long latest = ChronoUnit.WEEKS.between(from, LATEST);
        long weeks;
        do {
            weeks = earliest + (long) (random.nextDouble() * (latest - earliest + 1));
        } while (weeks == 0);
        return from.plusWeeks(weeks);
    }

    /** The lede stays first; the paragraphs after it are shuffled. */
    private static String reorder(String body, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\\n\\s*\\n")));
        if (paragraphs.size() < 3) return body;
        List<String> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
        Collections.shuffle(rest, random);
        List<String> all = new ArrayList<>();
        all.add(paragraphs.get(0));
        all.addAll(rest);
        return String.join("\n\n", all);
    }
}
