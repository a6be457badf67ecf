package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event gets its own date: from the words attached to it, or the article date as a stated default. */
class EventDaterTest {

    private static List<EventRecord> code(String date, String text) {
        return Fixtures.coder().code(Article.of("t.txt", LocalDate.parse(date), text));
    }

    @Test
    void aWeekdayInThePastIsTheLastSuchDay() {
        EventRecord e = code("2025-06-14", "Israel launched air strikes on Iranian nuclear sites on Friday.").get(0);
        assertEquals("2025-06-13", e.date());
        assertEquals("text", e.dateBasis());
    }

    @Test
    void historyKeepsItsYearInsideANoun() {
        EventRecord e = code("2025-11-01", "The talks followed President Richard Nixon's 1974 trip to Syria.").get(0);
        assertEquals("1974", e.date());
    }

    @Test
    void anEventWithNoDateWordsFallsBackToTheArticleDateAndSaysSo() {
        EventRecord e = code("2024-09-04", "Beijing has filed a complaint against Canada at the World Trade Organization.").get(0);
        assertEquals("2024-09-04", e.date());
        assertEquals("article", e.dateBasis());
    }

    @Test
    void aClauseOfAfterWithASpanDatesItsEventThatFarBack() {
        List<EventRecord> r = code("2024-09-04", "China launched an investigation into Canadian canola imports on Tuesday, "
                + "a week after Ottawa announced tariffs on Chinese-made electric vehicles.");
        EventRecord tariffs = r.stream().filter(e -> e.cameo().equals("163")).findFirst().orElseThrow();
        assertEquals("2024-08-27", tariffs.date());
    }
}
