package dyad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmark corpus: distinct, the same for the same seed, dates moved consistently, SPEC's header. */
class CorpusGeneratorTest {

    private static final Path OWN = Path.of(System.getProperty("user.dir")).resolveSibling("eval").resolve("own");
    private static final Pattern HEADER = Pattern.compile("\\Adate (\\d{4}-\\d{2}-\\d{2}) \\S");

    private static List<CorpusGenerator.Source> sources() throws Exception {
        List<CorpusGenerator.Source> s = CorpusGenerator.read(List.of(OWN));
        assertTrue(s.size() >= 30, "eval/own holds the sources: " + s.size());
        return s;
    }

    @Test
    void everyTextIsDistinctEvenAcrossManyRoundsOfTheSources() throws Exception {
        List<CorpusGenerator.Generated> corpus = new CorpusGenerator(sources(), 7).generate(600);
        Set<String> bodies = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CorpusGenerator.Generated g : corpus) {
            assertTrue(bodies.add(g.text().substring(16)), "made twice: " + g.name());
            assertTrue(names.add(g.name()), g.name());
            assertFalse(g.text().substring(16).equals(g.source().body() + "\n"), "left as it was: " + g.name());
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() throws Exception {
        List<CorpusGenerator.Source> s = sources();
        assertEquals(new CorpusGenerator(s, 7).generate(80), new CorpusGenerator(s, 7).generate(80));
        assertNotEquals(new CorpusGenerator(s, 7).generate(80), new CorpusGenerator(s, 8).generate(80));
    }

    @Test
    void everyArticleStartsWithTheSpecHeaderAndKeepsItsWeekday() throws Exception {
        for (CorpusGenerator.Generated g : new CorpusGenerator(sources(), 3).generate(200)) {
            Matcher m = HEADER.matcher(g.text());
            assertTrue(m.find(), g.name());
            LocalDate date = LocalDate.parse(m.group(1));
            assertEquals(g.date(), date);
            assertEquals(g.source().date().getDayOfWeek(), date.getDayOfWeek(), "'on Tuesday' must still fit: " + g.name());
            assertTrue(date.getYear() >= 1990 && !date.isAfter(LocalDate.of(2026, 6, 30)), g.name());
            assertTrue(g.name().endsWith("-" + date + ".txt"), g.name());
        }
    }

    @Test
    void datesInTheTextMoveWithTheHeader() {
        LocalDate from = LocalDate.of(2008, 8, 13);
        LocalDate to = from.plusWeeks(100);
        DateShift shift = new DateShift(from, to);
        long days = ChronoUnit.DAYS.between(from, to);
        String text = "The fighting broke out on August 7 over South Ossetia; the 1994 accord, signed on 3 May 1994, "
                + "and the talks of 2008-08-01 in June 2008 failed. May they succeed. Troops left in the 1990s.";
        String moved = shift.apply(text);
        LocalDate aug7 = LocalDate.of(2008, 8, 7).plusDays(days);
        assertTrue(moved.contains("broke out on " + month(aug7) + " " + aug7.getDayOfMonth() + " "), moved);
        LocalDate may3 = LocalDate.of(1994, 5, 3).plusDays(days);
        assertTrue(moved.contains("signed on " + may3.getDayOfMonth() + " " + month(may3) + " " + may3.getYear()), moved);
        assertTrue(moved.contains("the " + (1994 + to.getYear() - 2008) + " accord"), moved);
        assertTrue(moved.contains("talks of " + LocalDate.of(2008, 8, 1).plusDays(days)), moved);
        assertTrue(moved.contains("May they succeed"), "the modal verb is no month: " + moved);
        assertTrue(moved.contains("the 1990s"), "decades stay: " + moved);
    }

    @Test
    void aStateIsSwappedWithItsNameAdjectiveAndCapitalThroughout() {
        String text = "Russian troops stayed in the Georgian city of Gori. Georgia accused Russia; Tbilisi said the Kremlin "
                + "lied. North Korea was not involved.";
        CountrySwap swap = new CountrySwap();
        for (int seed = 0; seed < 20; seed++) {
            String out = swap.swap(text, 2, new Random(seed));
            assertNotEquals(text, out);
            assertTrue(out.contains("North Korea was not involved"), out);
            boolean russiaKept = out.contains("Russia;");
            assertEquals(russiaKept, out.startsWith("Russian troops"), out);
            assertEquals(russiaKept, out.contains("the Kremlin"), out);
            boolean georgiaKept = out.contains("Georgia accused");
            assertEquals(georgiaKept, out.contains("Georgian city") && out.contains("Tbilisi said"), out);
            assertFalse(russiaKept && georgiaKept, out);
        }
    }

    @Test
    void theNewsNameOfAStateIsItsShortName() {
        CountrySwap.Country rus = new CountrySwap.Country("RUS", List.of("Russian Federation", "Russia"), List.of("Russian", "Russians"),
                List.of("Moscow", "the Kremlin"));
        assertEquals("Russia", rus.shortName());
        assertEquals("Russians", rus.plural());
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
