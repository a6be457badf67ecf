package dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One behaviour per test, on real sentences: the seed article (2025-11-01), the dev articles (2025-06-14, 2024-09-04,
 * 2023-11-25) of the shared evaluation set, and news sentences of the same kind.
 */
class TemporalTaggerTest {
    private static final TemporalTagger TAGGER = new TemporalTagger();
    private static final LocalDate SEED = LocalDate.of(2025, 11, 1);
    private static final LocalDate D1 = LocalDate.of(2025, 6, 14); // a Saturday
    private static final LocalDate D2 = LocalDate.of(2024, 9, 4); // a Wednesday
    private static final LocalDate D3 = LocalDate.of(2023, 11, 25); // a Saturday

    /** The expression whose words are exactly {@code words}; fails when there is none. */
    private static Timex find(String text, LocalDate anchor, String words) {
        return find(TAGGER.tag(text, anchor), words, text);
    }

    private static Timex find(List<Timex> found, String words, String text) {
        for (Timex t : found) {
            if (t.text().equals(words)) return t;
        }
        fail("no expression \"" + words + "\" in: " + text + "\nfound: " + found);
        return null;
    }

    private static void assertNoExpressionIn(String text, LocalDate anchor, String words) {
        int at = text.indexOf(words);
        for (Timex t : TAGGER.tag(text, anchor)) {
            if (t.overlaps(at, at + words.length())) fail("unexpected " + t + " in: " + text);
        }
    }

    // --- the seed article, anchor 2025-11-01 ---

    @Test
    void seedNovemberTenIsThisYearsDay() {
        String s = "The Media Line has learned from senior diplomatic sources that Syrian President Ahmed al-Sharaa is "
                + "planning an official visit to Washington, D.C., on November 10 \u2014 a move described as historic.";
        Timex t = find(s, SEED, "November 10");
        assertEquals("2025-11-10", t.value());
        assertEquals("2025-11-10", t.eventDate());
        assertEquals(LocalDate.of(2025, 11, 10), t.from());
        assertEquals(LocalDate.of(2025, 11, 10), t.to());
        assertEquals(TimexType.DATE, t.type());
    }

    @Test
    void seedYearAfterIn() {
        Timex t = find("a move described as historic and unprecedented since Syria gained independence in 1946.",
                SEED, "1946");
        assertEquals("1946", t.value());
        assertEquals("1946", t.eventDate());
        assertEquals(LocalDate.of(1946, 1, 1), t.from());
        assertEquals(LocalDate.of(1946, 12, 31), t.to());
    }

    @Test
    void seedPastMayFourteenIsThisYears() {
        Timex t = find("He previously met with President Donald Trump in Riyadh on May 14 during a regional summit "
                + "attended by Middle Eastern leaders.", SEED, "May 14");
        assertEquals("2025-05-14", t.value());
        assertEquals("2025-05-14", t.eventDate());
    }

    @Test
    void seedPastSeptemberIsThisYears() {
        Timex t = find("He later took part in the UN General Assembly in September, where he held a series of "
                + "discussions with world leaders.", SEED, "September");
        assertEquals("2025-09", t.value());
        assertEquals("2025-09", t.eventDate());
        assertEquals(LocalDate.of(2025, 9, 1), t.from());
        assertEquals(LocalDate.of(2025, 9, 30), t.to());
    }

    @Test
    void seedYearInBackgroundSentence() {
        String s = "The last high-level contact occurred in the 1990s, when US President Bill Clinton visited Damascus "
                + "in 1994 as part of the Arab-Israeli peace initiative.";
        assertEquals("1994", find(s, SEED, "1994").eventDate());
    }

    @Test
    void seedYearAsModifier() {
        Timex t = find("an engagement that followed President Richard Nixon's 1974 trip to Syria after the October War.",
                SEED, "1974");
        assertEquals("1974", t.value());
        assertEquals("1974", t.eventDate());
    }

    @Test
    void seedDecade() {
        Timex t = find("The last high-level contact occurred in the 1990s, when US President Bill Clinton visited "
                + "Damascus.", SEED, "the 1990s");
        assertEquals("199", t.value());
        assertEquals("199", t.eventDate());
        assertEquals(LocalDate.of(1990, 1, 1), t.from());
        assertEquals(LocalDate.of(1999, 12, 31), t.to());
    }

    @Test
    void seedYearBeforeAName() {
        Timex t = find("One of the few moments of alignment came during the 1991 Gulf War, when the late President "
                + "Hafez Assad met with US President George H. W. Bush in Geneva.", SEED, "1991");
        assertEquals("1991", t.eventDate());
    }

    @Test
    void seedRecentMonthsIsTheAnchorsYear() {
        Timex t = find("Damascus and Tel Aviv have conducted five rounds of indirect talks in recent months under "
                + "international mediation.", SEED, "recent months");
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("PXM", t.value());
        assertEquals("2025", t.eventDate());
        assertEquals(SEED, t.to());
    }

    @Test
    void recentMonthsEarlyInTheYearStillTheAnchorsYear() {
        Timex t = find("The two sides have met several times in recent months.", LocalDate.of(2025, 2, 10),
                "recent months");
        assertEquals("2025", t.eventDate());
        assertEquals(LocalDate.of(2024, 8, 10), t.from());
    }

    @Test
    void seedBeforeTheEndOfTheYear() {
        Timex t = find("The discussions are aimed at reaching an agreement on new security arrangements before the end "
                + "of the year.", SEED, "the end of the year");
        assertEquals("2025", t.value());
        assertEquals("2025", t.eventDate());
        assertEquals(SEED, t.from());
        assertEquals(LocalDate.of(2025, 12, 31), t.to());
    }

    // --- the dev articles ---

    @Test
    void saturdayArticlesFridayIsTheDayBefore() {
        Timex t = find("Israel launched waves of air strikes on Iranian nuclear and military sites on Friday, killing "
                + "several senior commanders.", D1, "Friday");
        assertEquals("2025-06-13", t.value());
        assertEquals("2025-06-13", t.eventDate());
    }

    @Test
    void pastOvernightIsTheNightBefore() {
        Timex t = find("Iran responded overnight by firing more than 100 ballistic missiles at Israeli cities.", D1,
                "overnight");
        assertEquals(TimexType.TIME, t.type());
        assertEquals("2025-06-13", t.eventDate());
        assertEquals(LocalDate.of(2025, 6, 13), t.from());
        assertEquals(LocalDate.of(2025, 6, 14), t.to());
    }

    @Test
    void scheduledForSundayLooksAhead() {
        String s = "A sixth round of nuclear talks between Iran and the United States, which had been scheduled for "
                + "Sunday in Muscat, was cancelled, Oman's foreign minister said.";
        assertEquals("2025-06-15", find(s, D1, "Sunday").eventDate());
        // even when the caller calls the clause past: "scheduled for" decides
        assertEquals("2025-06-15", find(TAGGER.tag(s, D1, Direction.PAST), "Sunday", s).eventDate());
    }

    @Test
    void pastTuesdayInAWednesdayArticle() {
        Timex t = find("China launched an anti-dumping investigation into Canadian canola imports on Tuesday, a week "
                + "after Ottawa announced 100% tariffs on Chinese-made electric vehicles.", D2, "Tuesday");
        assertEquals("2024-09-03", t.value());
    }

    @Test
    void aWeekAfterDatesTheEarlierEvent() {
        Timex t = find("China launched an anti-dumping investigation into Canadian canola imports on Tuesday, a week "
                + "after Ottawa announced 100% tariffs on Chinese-made electric vehicles.", D2, "a week");
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("P1W", t.value());
        assertEquals("2024-08", t.eventDate());
    }

    @Test
    void pastMayIsThisYears() {
        Timex t = find("the United States, which raised its own tariffs on Chinese electric vehicles to 100% in May.",
                D2, "May");
        assertEquals("2024-05", t.value());
    }

    @Test
    void laterThisMonth() {
        Timex t = find("Canada's agriculture minister is expected to travel to Beijing later this month to seek talks.",
                D2, "later this month");
        assertEquals("2024-09", t.value());
        assertEquals("2024-09", t.eventDate());
        assertEquals(D2, t.from());
        assertEquals(LocalDate.of(2024, 9, 30), t.to());
    }

    @Test
    void pastOctoberSeventh() {
        Timex t = find("The truce followed seven weeks of war that began when Hamas fighters stormed southern Israel on "
                + "October 7, killing about 1,200 people.", D3, "October 7");
        assertEquals("2023-10-07", t.eventDate());
    }

    @Test
    void durationOfWarHasNoEventDate() {
        Timex t = find("The truce followed seven weeks of war that began when Hamas fighters stormed southern Israel.",
                D3, "seven weeks");
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("P7W", t.value());
        assertNull(t.eventDate());
        assertNull(t.from());
    }

    @Test
    void hyphenatedDuration() {
        Timex t = find("Israel released 39 Palestinian prisoners on the first day of a four-day truce brokered by Qatar.",
                D3, "four-day");
        assertEquals("P4D", t.value());
    }

    @Test
    void saturdayInASaturdayArticleIsThatDay() {
        Timex t = find("Hamas accused Israel of delaying the second release on Saturday by failing to let aid reach "
                + "northern Gaza.", D3, "Saturday");
        assertEquals("2023-11-25", t.value());
    }

    // --- impossible dates and numbers that are no dates ---

    @Test
    void impossibleDateIsRejected() {
        assertTrue(TAGGER.tag("The deal was signed on February 30, 2024, officials said.", SEED).stream()
                .noneMatch(t -> t.text().contains("February")));
        assertTrue(TAGGER.tag("The vote is set for April 31.", SEED).isEmpty());
    }

    @Test
    void countsAreNoYears() {
        String s = "Hamas fighters stormed southern Israel, killing about 1,200 people; Iran fired more than 100 "
                + "ballistic missiles and 1500 troops were deployed.";
        assertTrue(TAGGER.tag(s, D3).isEmpty(), () -> TAGGER.tag(s, D3).toString());
    }

    @Test
    void mayTheVerbIsNoMonth() {
        assertNoExpressionIn("Greece may well have been too big to fail, but Cyprus may not be.", SEED, "may");
    }

    @Test
    void yearsOutOfRangeAreRejected() {
        assertTrue(TAGGER.tag("The ship sank in 2150 according to the novel.", SEED).isEmpty());
    }

    // --- other forms ---

    @Test
    void apostropheDecade() {
        assertEquals("199", find("Such talks were common in the '90s.", SEED, "the '90s").eventDate());
    }

    @Test
    void withoutAnchorRelativeIsUnresolvedAbsoluteResolves() {
        String s = "Clinton visited Damascus in 1994 and met Assad on Friday.";
        List<Timex> found = TAGGER.tag(s, null);
        assertNull(find(found, "Friday", s).value());
        assertNull(find(found, "Friday", s).eventDate());
        assertEquals("1994", find(found, "1994", s).value());
    }

    @Test
    void futureSeptemberInNovemberIsNextYears() {
        Timex t = find(TAGGER.tag("The summit will take place in September.", SEED, Direction.FUTURE), "September",
                "");
        assertEquals("2026-09", t.eventDate());
    }

    @Test
    void futureFridayInASaturdayArticleIsNextWeeks() {
        String s = "The ministers will meet again on Friday.";
        assertEquals("2025-06-20", find(s, D1, "Friday").eventDate());
        assertEquals("2025-06-20", find(TAGGER.tag(s, D1, Direction.FUTURE), "Friday", s).eventDate());
    }

    @Test
    void lastWeekInOneMonth() {
        Timex t = find("The ministry said the talks took place last week.", LocalDate.of(2025, 6, 18), "last week");
        assertEquals("2025-W24", t.value());
        assertEquals("2025-06", t.eventDate());
        assertEquals(LocalDate.of(2025, 6, 9), t.from());
        assertEquals(LocalDate.of(2025, 6, 15), t.to());
    }

    @Test
    void lastWeekAcrossMonthsTakesTheAnchorMonth() {
        Timex t = find("The ministry said the talks took place last week.", D2, "last week");
        assertEquals("2024-W35", t.value()); // August 26 to September 1
        assertEquals("2024-09", t.eventDate());
    }

    @Test
    void yearsAgo() {
        Timex t = find("Lockheed bought a quantum computer two years ago.", LocalDate.of(2013, 3, 22), "two years ago");
        assertEquals("2011", t.value());
    }

    @Test
    void daysAgo() {
        assertEquals("2025-10-29", find("The envoy arrived three days ago.", SEED, "three days ago").eventDate());
    }

    @Test
    void inFiveDaysPointsAhead() {
        Timex t = find("The ceasefire will expire in five days.", SEED, "five days");
        assertEquals("P5D", t.value());
        assertEquals("2025-11-06", t.eventDate());
    }

    @Test
    void monthOfLastYear() {
        assertEquals("2024-07", find("The two leaders first met in July last year.", SEED, "July last year").value());
    }

    @Test
    void lastJuly() {
        assertEquals("2025-07", find("The accord was signed last July.", SEED, "last July").value());
    }

    @Test
    void earlyYear() {
        Timex t = find("The offensive began in early 2024.", SEED, "early 2024");
        assertEquals("2024", t.value());
        assertEquals("2024", t.eventDate());
    }

    @Test
    void midMonth() {
        assertEquals("2025-07", find("Protests erupted in mid-July.", SEED, "mid-July").eventDate());
    }

    @Test
    void firstQuarter() {
        Timex t = find("Exports fell in the first quarter, the ministry said.", LocalDate.of(2025, 5, 2),
                "the first quarter");
        assertEquals("2025-Q1", t.value());
        assertEquals("2025", t.eventDate());
    }

    @Test
    void thisSummer() {
        assertEquals("2025-SU", find("The talks will resume this summer.", D1, "this summer").value());
    }

    @Test
    void lastSummerSeenFromMarch() {
        assertEquals("2012-SU", find("He was accused of faking his death last summer.", LocalDate.of(2013, 3, 22),
                "last summer").value());
    }

    @Test
    void nextMonthCoversTheMonth() {
        Timex t = find("The envoy will return next month.", SEED, "next month");
        assertEquals("2025-12", t.eventDate());
        assertEquals(LocalDate.of(2025, 12, 1), t.from());
        assertEquals(LocalDate.of(2025, 12, 31), t.to());
    }

    @Test
    void pastEndOfYearSeenFromMarchIsLastYears() {
        Timex t = find("This flu season started in early December and peaked by the end of the year.",
                LocalDate.of(2013, 3, 22), "the end of the year");
        assertEquals("2012", t.value());
    }

    @Test
    void everyWeekIsASet() {
        Timex t = find("Protesters have gathered every week since the vote.", SEED, "every week");
        assertEquals(TimexType.SET, t.type());
        assertEquals("XXXX-WXX", t.value());
        assertNull(t.eventDate());
    }

    @Test
    void clockTimeTakesTheDayBesideIt() {
        String s = "The council will meet on Friday at 3 p.m. in New York.";
        Timex t = find(s, D1, "3 p.m.");
        assertEquals(TimexType.TIME, t.type());
        assertEquals("2025-06-20T15:00", t.value());
        assertEquals("2025-06-20", t.eventDate());
    }

    @Test
    void clockTimeWithZoneAndWeekday() {
        Timex t = find("The qualifier has been postponed until 15:00 GMT Saturday due to heavy snow.",
                LocalDate.of(2013, 3, 22), "15:00 GMT Saturday");
        assertEquals("2013-03-23T15:00", t.value());
    }

    @Test
    void deicticDays() {
        String s = "The minister arrived yesterday, meets the president today and leaves tomorrow; a dinner is "
                + "planned tonight.";
        List<Timex> found = TAGGER.tag(s, SEED);
        assertEquals("2025-10-31", find(found, "yesterday", s).eventDate());
        assertEquals("2025-11-01", find(found, "today", s).eventDate());
        assertEquals("2025-11-02", find(found, "tomorrow", s).eventDate());
        assertEquals("2025-11-01TNI", find(found, "tonight", s).value());
    }

    @Test
    void presentReference() {
        Timex t = find("Bob Dudley, now the head of BP, is currently in Moscow.", SEED, "currently");
        assertEquals("PRESENT_REF", t.value());
        assertEquals("2025-11-01", t.eventDate());
    }

    @Test
    void recentlyIsThePastFewMonths() {
        Timex t = find("The two sides recently resumed talks.", SEED, "recently");
        assertEquals("PAST_REF", t.value());
        assertEquals("2025", t.eventDate());
    }

    @Test
    void centuryValue() {
        assertEquals("19", find("two of the most important explorations of the 20th century", SEED,
                "the 20th century").value());
    }

    @Test
    void yearRangeGivesTwoYears() {
        String s = "He took part in the trans-Antarctic expedition of 1957-58.";
        List<Timex> found = TAGGER.tag(s, SEED);
        assertEquals("1957", find(found, "1957", s).value());
        assertEquals("1958", find(found, "58", s).value());
    }

    @Test
    void theNextDayFollowsTheLastDate() {
        String s = "The talks opened on March 3, 2024. The next day, the delegations walked out.";
        assertEquals("2024-03-04", find(s, SEED, "The next day").eventDate());
    }

    @Test
    void twoYearsLaterCountsFromTheLastDate() {
        String s = "Clinton visited Damascus in 1994. Two years later, talks collapsed.";
        Timex t = find(s, SEED, "Two years");
        assertEquals("P2Y", t.value());
        assertEquals("1996", t.eventDate());
    }

    @Test
    void yearNamedInTheSentenceDatesItsMonths() {
        String s = "In 2003 BP invested in TNK-BP, and in October it sold a stake.";
        assertEquals("2003-10", find(s, SEED, "October").value());
    }

    @Test
    void weekdayWithDateTakesTheDate() {
        Timex t = find("The vote was held on Friday, March 22, 2013.", SEED, "Friday, March 22, 2013");
        assertEquals("2013-03-22", t.value());
    }

    @Test
    void dayMonthYearOrder() {
        assertEquals("1973-10-06", find("Egypt and Syria attacked on 6 October 1973.", SEED, "6 October 1973").value());
    }

    @Test
    void isoDate() {
        assertEquals("2025-11-10", find("Dated 2025-11-10 in the filing.", SEED, "2025-11-10").value());
    }

    @Test
    void tagsAreInTextOrderAndSpansMatchTheText() {
        String s = "On Friday, March 22, the FAA said the closures will begin on April 7 and last four weeks.";
        List<Timex> found = TAGGER.tag(s, LocalDate.of(2013, 3, 22));
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            assertEquals(s.substring(t.start(), t.end()), t.text());
            if (i > 0) assertTrue(found.get(i - 1).end() <= t.start());
        }
        assertEquals(3, found.size(), found::toString);
    }

    @Test
    void neverThrowsAndKeepsSpansInsideTheText() {
        String[] texts = {
            "", " ", "2025", "May", "on", "the 1990s and '80s", "Q4", "1957-", "-58", "'9", "at 3", "12:", "Feb. 29",
            "February 29, 2023", "February 29, 2024", "the end of", "the night of", "every", "a week after",
            "half a", "13/13/2013", "31 April 2020", "2099-12-31", "1000", "0999", "9999",
            "He said: \"We will meet on Friday, Jan. 9, at 3 p.m. GMT; later, in 2030's first quarter...\"",
            "The\nnext day\n\nthe following year two years later, the same day, the previous month."
        };
        LocalDate[] anchors = {null, SEED, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
            LocalDate.of(1000, 1, 1)};
        for (String text : texts) {
            for (LocalDate anchor : anchors) {
                for (Direction d : Direction.values()) {
                    for (Timex t : TAGGER.tag(text, anchor, d)) {
                        assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() < t.end(), t::toString);
                        assertEquals(text.substring(t.start(), t.end()), t.text());
                        if (t.from() != null) assertTrue(!t.to().isBefore(t.from()), t::toString);
                    }
                }
            }
        }
        assertTrue(TAGGER.tag(null, SEED).isEmpty());
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertEquals("2024-02-29", find("The deal was signed on February 29, 2024.", SEED, "February 29, 2024")
                .value());
        assertTrue(TAGGER.tag("The deal was signed on February 29, 2023.", SEED).stream()
                .noneMatch(t -> t.text().contains("February")));
    }

    @Test
    void fastEnoughPerSentence() {
        String s = "Israel launched waves of air strikes on Iranian nuclear and military sites on Friday, killing "
                + "several senior commanders, and Iran responded overnight by firing more than 100 ballistic missiles.";
        for (int i = 0; i < 2_000; i++) TAGGER.tag(s, D1);
        int n = 5_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) assertNotNull(TAGGER.tag(s, D1));
        double micros = (System.nanoTime() - t0) / 1000.0 / n;
        System.out.printf("TemporalTagger: %.1f microseconds per sentence%n", micros);
        assertTrue(micros < 2_000, "too slow: " + micros + " microseconds per sentence");
    }
}
