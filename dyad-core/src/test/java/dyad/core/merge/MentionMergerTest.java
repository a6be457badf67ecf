package dyad.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import dyad.core.model.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

    static Actor a(String iso) {
        return new Actor(iso, null, iso, "GOV", iso + "GOV");
    }

    /** A record; {@code date} null means dated by its article. */
    static EventRecord r(String articleDate, String cameo, String src, String tgt, String date, String modality, int quad) {
        return new EventRecord("x", articleDate, "x#" + cameo + date, src == null ? null : a(src), tgt == null ? null : a(tgt),
                cameo, cameo.substring(0, 2), quad, 0.0, null, date == null ? articleDate : date, date == null ? "article" : "text",
                modality, null, null, new Evidence(0, 0, 1, "x"), 0.5);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void windowsFollowThePrecision() {
        assertEquals(new DateWindow(d("2025-11-10"), d("2025-11-10")), DateWindow.of("2025-11-10"));
        assertEquals(new DateWindow(d("2025-11-01"), d("2025-11-30")), DateWindow.of("2025-11"));
        assertEquals(new DateWindow(d("2024-02-01"), d("2024-02-29")), DateWindow.of("2024-02"));
        assertEquals(new DateWindow(d("1994-01-01"), d("1994-12-31")), DateWindow.of("1994"));
        assertEquals(new DateWindow(d("1990-01-01"), d("1999-12-31")), DateWindow.of("199"));
        assertEquals(new DateWindow(d("2026-06-22"), d("2026-06-28")), DateWindow.of("2026-W26"));
        assertEquals(DateWindow.OPEN, DateWindow.of(null));
        assertEquals(DateWindow.OPEN, DateWindow.of("2025-02-30"));
        assertEquals(DateWindow.OPEN, DateWindow.of("next week"));
        assertTrue(DateWindow.of("2025-11").overlaps(DateWindow.of("2025-11-10")));
        assertFalse(DateWindow.of("2025-10").overlaps(DateWindow.of("2025-11-10")));
        assertTrue(DateWindow.OPEN.overlaps(DateWindow.of("1994")));
    }

    @Test
    void symmetricActionsAreKeyedInEitherOrderAndVisitsApartFromTalks() {
        assertEquals("04v:ARG:CHL", MentionMerger.mergeKey(r("2026-05-12", "042", "CHL", "ARG", "2026-05-28", "planned", 1)));
        assertEquals("04v:ARG:CHL", MentionMerger.mergeKey(r("2026-05-28", "043", "ARG", "CHL", "2026-05-28", "asserted", 1)));
        assertEquals("04:ARG:CHL", MentionMerger.mergeKey(r("2026-05-28", "046", "CHL", "ARG", "2026-05-28", "asserted", 1)));
        assertEquals("04p:ARG:CHL", MentionMerger.mergeKey(r("2026-05-13", "041", "CHL", "ARG", "2026-05-11", "asserted", 1)));
        assertEquals("19:ISR:LBN", MentionMerger.mergeKey(r("2024-10-02", "190", "LBN", "ISR", null, "asserted", 4)));
        assertEquals("11:USA:CHN", MentionMerger.mergeKey(r("2024-10-02", "112", "USA", "CHN", null, "asserted", 3)));
        assertEquals("11:CHN:USA", MentionMerger.mergeKey(r("2024-10-02", "112", "CHN", "USA", null, "asserted", 3)));
        assertEquals("02:IGO:-", MentionMerger.mergeKey(new EventRecord("x", null, "x", new Actor("UN", null, null, null, "IGOUNO"),
                null, "020", "02", 1, 3.0, null, null, "article", "asserted", null, null, null, 0.5)));
    }

    @Test
    void articleDatedMentionsKnowOnlyRoughlyWhen() {
        assertEquals(new DateWindow(d("2026-05-27"), d("2026-05-29")),
                MentionMerger.window(r("2026-05-12", "042", "CHL", "ARG", "2026-05-28", "planned", 1)));
        assertEquals(new DateWindow(d("2026-05-14"), d("2026-05-28")),
                MentionMerger.window(r("2026-05-28", "057", "CHL", "ARG", null, "asserted", 1)));
        assertEquals(new DateWindow(d("2024-09-29"), d("2024-10-02")),
                MentionMerger.window(r("2024-10-02", "190", "ISR", "LBN", null, "asserted", 4)));
        assertEquals(new DateWindow(d("2026-05-13"), null), MentionMerger.window(r("2026-05-13", "040", "CHL", "ARG", null, "expected", 1)));
        assertEquals(new DateWindow(d("2026-06-05"), null), MentionMerger.window(r("2026-06-19", "042", "ARG", "CHL", null, "negated", 1)));
    }

    @Test
    void codesCompatibleForFollowingPlans() {
        assertTrue(MentionMerger.compatibleCodes("042", "043"));
        assertTrue(MentionMerger.compatibleCodes("040", "046"));
        assertTrue(MentionMerger.compatibleCodes("057", "0571"));
        assertFalse(MentionMerger.compatibleCodes("042", "040"));
        assertFalse(MentionMerger.compatibleCodes("041", "040"));
        assertFalse(MentionMerger.compatibleCodes("051", "057"));
        assertTrue(MentionMerger.compatibleCodes("050", "057"));
        assertFalse(MentionMerger.compatibleCodes("057", "190"));
    }

    @Test
    void aTwoDayVisitReportedManyWaysIsOneEventAndTheTalksAnother() {
        List<EventRecord> mentions = List.of(
                r("2026-05-12", "042", "CHL", "ARG", "2026-05-28", "planned", 1),
                r("2026-05-12", "040", "CHL", "ARG", null, "expected", 1),
                r("2026-05-26", "043", "ARG", "CHL", "2026-05-28", "planned", 1),
                r("2026-05-28", "042", "CHL", "ARG", "2026-05-28", "asserted", 1),
                r("2026-05-28", "046", "ARG", "CHL", null, "asserted", 1),
                r("2026-05-29", "042", "CHL", "ARG", "2026-05-29", "asserted", 1),
                r("2026-06-19", "042", "CHL", "ARG", "2026-05", "asserted", 1),
                r("2026-06-19", "042", "ARG", "CHL", "2026-06-25", "negated", 1),
                r("2026-06-10", "040", "ARG", "CHL", "2026-06-08", "asserted", 1));
        List<List<EventRecord>> events = MentionMerger.cluster(mentions, m -> m);
        assertEquals(4, events.size(), events.toString());
        assertEquals(List.of(0, 2, 3, 5, 6), events.get(0).stream().map(mentions::indexOf).toList());
        assertEquals(List.of(1, 4), events.get(1).stream().map(mentions::indexOf).toList());
        assertEquals(List.of(7), events.get(2).stream().map(mentions::indexOf).toList());
        assertEquals(List.of(8), events.get(3).stream().map(mentions::indexOf).toList());
    }

    @Test
    void withinOneBatchAnEventsWindowNarrowsMentionByMention() {
        // an open-ended plan, then two reports that both fit the plan but not each other: two events, never an empty window
        EventGrouping g = new EventGrouping();
        String first = g.assign(MentionMerger.key(r("2026-05-13", "040", "CHL", "ARG", null, "expected", 1)), () -> "a").id();
        String second = g.assign(MentionMerger.key(r("2026-06-10", "040", "CHL", "ARG", "2026-06-08", "asserted", 1)), () -> "b").id();
        EventGrouping.Event third = g.assign(MentionMerger.key(r("2026-06-10", "040", "CHL", "ARG", null, "planned", 1)), () -> "c");
        assertEquals("a", first);
        assertEquals("a", second);
        assertEquals("c", third.id());
        assertEquals(new DateWindow(d("2026-06-10"), null), third.window());
    }
}
