package dyad.core.merge;

import static dyad.core.merge.MentionMergerTest.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.EventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationRuleTest {

    static final List<ExpectationRule.Mention> M = new ArrayList<>();

    static ExpectationRule.Mention m(String article, EventRecord r) {
        return new ExpectationRule.Mention(article, LocalDate.parse(r.articleDate()), r);
    }

    static String show(Expectation x) {
        return x.cameo() + " " + x.window().from() + ".." + x.window().to() + " " + x.status().label()
                + (x.late() ? " late" : "") + " " + x.assertedBy() + " -> " + x.decidedBy() + " (" + x.reports() + ")";
    }

    @Test
    void windowsComeFromThePlansPrecisionNotBeforeItsArticle() {
        assertEquals(new DateWindow(LocalDate.parse("2025-11-10"), LocalDate.parse("2025-11-10")),
                ExpectationRule.window(r("2025-11-01", "042", "SYR", "USA", "2025-11-10", "planned", 1), LocalDate.parse("2025-11-01")));
        assertEquals(new DateWindow(LocalDate.parse("2025-11-12"), LocalDate.parse("2025-12-31")),
                ExpectationRule.window(r("2025-11-12", "057", "SYR", "USA", "2025", "expected", 1), LocalDate.parse("2025-11-12")));
        assertEquals(new DateWindow(LocalDate.parse("2025-11-12"), null),
                ExpectationRule.window(r("2025-11-12", "057", "SYR", "USA", null, "expected", 1), LocalDate.parse("2025-11-12")));
    }

    @Test
    void theDevelopingStory() {
        List<ExpectationRule.Mention> ms = List.of(
                m("s01", r("2026-05-12", "042", "CHL", "ARG", "2026-05-28", "planned", 1)),
                m("s02", r("2026-05-13", "042", "CHL", "ARG", "2026-05-28", "planned", 1)),
                m("s04", r("2026-05-26", "043", "ARG", "CHL", "2026-05-28", "planned", 1)),
                m("s05", r("2026-05-28", "042", "CHL", "ARG", "2026-05-28", "asserted", 1)),
                m("s05", r("2026-05-28", "042", "ARG", "CHL", "2026-06-25", "planned", 1)),
                m("s06", r("2026-05-29", "042", "ARG", "CHL", "2026-06-25", "planned", 1)),
                m("s07", r("2026-06-10", "042", "ARG", "CHL", "2026-06-25", "possible", 1)),
                m("s08", r("2026-06-19", "042", "ARG", "CHL", "2026-W26", "negated", 1)),
                m("s08", r("2026-06-19", "042", "CHL", "ARG", "2026-05", "asserted", 1)),
                m("s10", r("2026-07-09", "042", "ARG", "CHL", "2026-06-25", "planned", 1)));
        List<String> out = ExpectationRule.follow(ms, LocalDate.parse("2026-07-09")).stream().map(ExpectationRuleTest::show).toList();
        assertEquals(List.of(
                "042 2026-05-28..2026-05-28 fulfilled s01 -> s05 (3)",
                "042 2026-06-25..2026-06-25 cancelled s05 -> s08 (3)"), out);
    }

    @Test
    void heldAndPlannedAgainInOneArticleFulfilsTheOldAndOpensTheNew() {
        List<ExpectationRule.Mention> ms = List.of(
                m("s09", r("2026-06-22", "046", "ARG", "CHL", "2026-07-08", "planned", 1)),
                m("s10", r("2026-07-09", "040", "ARG", "CHL", "2026-08", "planned", 1)),
                m("s10", r("2026-07-09", "046", "CHL", "ARG", "2026-07-08", "asserted", 1)));
        List<String> out = ExpectationRule.follow(ms, LocalDate.parse("2026-07-09")).stream().map(ExpectationRuleTest::show).toList();
        assertEquals(List.of("046 2026-07-08..2026-07-08 fulfilled s09 -> s10 (1)", "040 2026-08-01..2026-08-31 open s10 -> null (1)"), out);
    }

    @Test
    void postponedLateAndExpired() {
        List<ExpectationRule.Mention> ms = List.of(
                m("a", r("2025-03-01", "046", "IRN", "USA", "2025-03-10", "planned", 1)),
                m("b", r("2025-03-05", "046", "IRN", "USA", "2025-04-12", "planned", 1)),
                m("c", r("2025-04-20", "046", "USA", "IRN", "2025-04-19", "asserted", 1)),
                m("d", r("2025-04-21", "057", "IRN", "USA", "2025-05", "expected", 1)));
        List<Expectation> xs = ExpectationRule.follow(ms, LocalDate.parse("2025-06-02"));
        assertEquals(List.of("046 2025-03-10..2025-03-10 postponed a -> b (1)", "046 2025-04-12..2025-04-12 fulfilled late b -> c (1)",
                "057 2025-05-01..2025-05-31 expired d -> null (1)"), xs.stream().map(ExpectationRuleTest::show).toList());
        assertTrue(xs.get(1).late());
        assertFalse(xs.get(0).late());
        assertEquals("04:IRN:USA", xs.get(0).mergeKey());
    }

    @Test
    void aVisitIsFulfilledOnlyByTheSameVisitor() {
        List<ExpectationRule.Mention> ms = List.of(
                m("a", r("2025-03-01", "042", "FRA", "DEU", "2025-03-10", "planned", 1)),
                m("b", r("2025-03-11", "042", "DEU", "FRA", "2025-03-10", "asserted", 1)));
        assertEquals(List.of("042 2025-03-10..2025-03-10 expired a -> null (1)"),
                ExpectationRule.follow(ms, LocalDate.parse("2025-03-11")).stream().map(ExpectationRuleTest::show).toList());
    }
}
