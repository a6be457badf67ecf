package dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tagger on the TempEval-3 platinum test set (20 news documents, 138 TIMEX3; TempEval-3 coordinators, CC BY 3.0):
 * each document's TEXT tagged with its creation date as anchor; strict and relaxed extent F1 and value F1. A gold
 * expression is a value hit when a system expression overlaps it with an equal value; P = hits / system,
 * R = hits / gold. HeidelTime's best published value F1 is 0.776.
 *
 * <p>The data folder is {@code <dyad.shared>/reference/timex/te3-platinum}; the system property {@code dyad.shared}
 * defaults to "../../shared", then to /work/shared. Run with {@code -Ddyad.tempeval.verbose=true} to list misses.
 */
class TempEval3Test {

    /** A gold expression: its span in the text without tags, its value and words. */
    record Gold(int start, int end, String value, String text) {
    }

    /** A document: the anchor (creation date), the text inside TEXT without tags, its gold expressions. */
    record Document(String name, LocalDate anchor, String text, List<Gold> gold) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @Test
    void valueF1BeatsHeidelTime() throws IOException {
        Path dir = dataFolder("te3-platinum");
        assumeTrue(dir != null, "TempEval-3 platinum data not found (set -Ddyad.shared)");
        Scores s = measure(dir);
        System.out.printf(Locale.ROOT, "TempEval-3 platinum: %d documents, %d gold, %d system timexes%n",
                s.documents(), s.gold(), s.system());
        System.out.printf(Locale.ROOT, "  strict extent F1 %.3f, relaxed extent F1 %.3f, value F1 %.3f (P %.3f R %.3f)%n",
                s.strictF1(), s.relaxedF1(), s.valueF1(), s.valueP(), s.valueR());
        assertTrue(s.valueF1() >= 0.78, "value F1 " + s.valueF1() + " below HeidelTime's 0.776");
    }

    /** WikiWars (history, not news; values mostly not normalised there): extents only, a check on other prose. */
    @Test
    void wikiWarsExtents() throws IOException {
        Path dir = dataFolder("wikiwars-testset");
        assumeTrue(dir != null, "WikiWars data not found (set -Ddyad.shared)");
        Scores s = measure(dir);
        System.out.printf(Locale.ROOT, "WikiWars test set: %d documents, %d gold, %d system timexes%n",
                s.documents(), s.gold(), s.system());
        System.out.printf(Locale.ROOT, "  strict extent F1 %.3f, relaxed extent F1 %.3f (value F1 %.3f, not comparable)%n",
                s.strictF1(), s.relaxedF1(), s.valueF1());
        assertTrue(s.relaxedF1() >= 0.75, "relaxed extent F1 " + s.relaxedF1());
    }

    /** The counts and figures of one run over a folder of TimeML files. */
    record Scores(int documents, int gold, int system, double strictF1, double relaxedF1, double valueF1,
                  double valueP, double valueR) {
    }

    static Scores measure(Path dir) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(parse(f));
            }
        }
        assertFalse(docs.isEmpty(), "no .tml files in " + dir);

        TemporalTagger tagger = new TemporalTagger();
        boolean verbose = Boolean.getBoolean("dyad.tempeval.verbose");
        int gold = 0;
        int system = 0;
        int strictHits = 0;
        int relaxedGold = 0;
        int relaxedSystem = 0;
        int valueHits = 0;
        for (Document d : docs) {
            List<Timex> found = tagger.tag(d.text(), d.anchor());
            gold += d.gold().size();
            system += found.size();
            for (Gold g : d.gold()) {
                boolean strict = false;
                boolean overlap = false;
                boolean value = false;
                Timex near = null;
                for (Timex t : found) {
                    if (!t.overlaps(g.start(), g.end())) continue;
                    overlap = true;
                    near = t;
                    if (t.start() == g.start() && t.end() == g.end()) strict = true;
                    if (g.value().equals(t.value())) value = true;
                }
                if (strict) strictHits++;
                if (overlap) relaxedGold++;
                if (value) valueHits++;
                if (verbose && !value) {
                    System.out.printf("MISS %-28s %-22s %-14s sys: %s%n", d.name(), "\"" + g.text() + "\"", g.value(),
                            near == null ? "-" : "\"" + near.text() + "\" " + near.value());
                }
            }
            for (Timex t : found) {
                boolean overlap = false;
                for (Gold g : d.gold()) {
                    if (t.overlaps(g.start(), g.end())) overlap = true;
                }
                if (overlap) relaxedSystem++;
                if (verbose && !overlap) {
                    System.out.printf("SPUR %-28s %-22s %-14s ...%s%n", d.name(), "\"" + t.text() + "\"", t.value(),
                            context(d.text(), t.start(), t.end()));
                }
            }
        }
        double valueP = system == 0 ? 0 : (double) valueHits / system;
        double valueR = (double) valueHits / gold;
        return new Scores(docs.size(), gold, system,
                f1(system == 0 ? 0 : (double) strictHits / system, (double) strictHits / gold),
                f1(system == 0 ? 0 : (double) relaxedSystem / system, (double) relaxedGold / gold),
                f1(valueP, valueR), valueP, valueR);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 25)).replace('\n', ' ');
    }

    static Path dataFolder(String name) {
        List<String> roots = new ArrayList<>();
        roots.add(System.getProperty("dyad.shared", "../../shared"));
        roots.add("../../shared");
        roots.add("/work/shared");
        for (String root : roots) {
            Path p = Path.of(root, "reference", "timex", name);
            if (Files.isDirectory(p)) return p;
        }
        return null;
    }

    /** Reads a TimeML file: the DCT, and the TEXT with its tags removed and the TIMEX3 spans kept. */
    static Document parse(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) throw new IOException("no DCT in " + file);
        LocalDate anchor = LocalDate.parse(dct.group(1));
        int open = xml.indexOf("<TEXT>");
        int close = xml.lastIndexOf("</TEXT>");
        if (open < 0 || close < 0) throw new IOException("no TEXT in " + file);
        String body = xml.substring(open + "<TEXT>".length(), close);

        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        int timexStart = -1;
        String timexValue = null;
        int i = 0;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch == '<') {
                int gt = body.indexOf('>', i);
                String tag = body.substring(i + 1, gt);
                if (tag.startsWith("TIMEX3")) {
                    Matcher v = VALUE.matcher(tag);
                    timexValue = v.find() ? v.group(1) : "";
                    timexStart = text.length();
                } else if (tag.startsWith("/TIMEX3") && timexStart >= 0) {
                    gold.add(new Gold(timexStart, text.length(), timexValue,
                            text.substring(timexStart, text.length())));
                    timexStart = -1;
                }
                i = gt + 1;
            } else if (ch == '&') {
                int semi = body.indexOf(';', i);
                String entity = body.substring(i + 1, semi);
                text.append(switch (entity) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    case "apos" -> '\'';
                    default -> entity.startsWith("#x") ? (char) Integer.parseInt(entity.substring(2), 16)
                            : entity.startsWith("#") ? (char) Integer.parseInt(entity.substring(1)) : '?';
                });
                i = semi + 1;
            } else {
                text.append(ch);
                i++;
            }
        }
        String name = file.getFileName().toString().replace(".tml", "");
        return new Document(name, anchor, text.toString(), gold);
    }
}
