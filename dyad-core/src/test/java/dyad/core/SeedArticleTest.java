package dyad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The story the project began from: every event in it with its own date and modality. */
class SeedArticleTest {

    private static Article article;
    private static List<EventRecord> records;

    @BeforeAll
    static void code() {
        article = Fixtures.article(Fixtures.shared().resolve("eval/seed/seed-medialine-2025-11-01.txt"));
        records = Fixtures.coder().code(article);
    }

    private static EventRecord find(String source, String target, String codePrefix, String date) {
        return records.stream()
                .filter(e -> source.equals(e.source().key()) && e.target() != null && target.equals(e.target().key()))
                .filter(e -> e.cameo().startsWith(codePrefix) && date.equals(e.date()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + source + "->" + target + " " + codePrefix + " " + date + " in " + records));
    }

    @Test
    void thePlannedVisitToWashingtonIsOnNovember10AndPlanned() {
        EventRecord visit = find("SYR", "USA", "042", "2025-11-10");
        assertEquals("planned", visit.modality());
        assertEquals("text", visit.dateBasis());
        assertEquals("USA", visit.location().country());
        assertEquals("senior diplomatic sources", visit.attribution());
    }

    @Test
    void theVisitToldTwiceIsOneRecord() {
        assertEquals(1, records.stream().filter(e -> e.cameo().startsWith("042") && "SYR".equals(e.source().key())).count());
    }

    @Test
    void theRiyadhMeetingIsDatedMay14AndPlacedInSaudiArabia() {
        EventRecord met = find("SYR", "USA", "044", "2025-05-14");
        assertEquals("asserted", met.modality());
        assertEquals("SAU", met.location().country());
    }

    @Test
    void clintonVisitingDamascusIn1994IsTheUsGovernment() {
        EventRecord visit = find("USA", "SYR", "042", "1994");
        assertEquals("USAGOV", visit.source().code());
        assertEquals("Bill Clinton", visit.source().name());
    }

    @Test
    void nixonsTripIsDated1974NotToday() {
        assertEquals("asserted", find("USA", "SYR", "042", "1974").modality());
    }

    @Test
    void theTalksAimAtAnAgreementBeforeTheEndOfTheYear() {
        EventRecord agreement = records.stream().filter(e -> e.cameo().startsWith("057") && "ISR".equals(e.target().key()))
                .findFirst().orElseThrow();
        assertEquals("planned", agreement.modality());
        assertTrue(agreement.date().startsWith("2025"));
    }

    @Test
    void noReportingVerbBecomesAStatementEvent() {
        assertTrue(records.stream().noneMatch(e -> e.cameo().equals("010")));
    }

    @Test
    void evidenceOffsetsCutTheEvidenceBackOut() {
        for (EventRecord e : records) {
            assertEquals(e.evidence().text(), article.body().substring(e.evidence().start(), e.evidence().end()));
        }
    }

    @Test
    void eventIdsAreStable() {
        List<EventRecord> again = Fixtures.coder().code(article);
        assertEquals(records.stream().map(EventRecord::eventId).toList(), again.stream().map(EventRecord::eventId).toList());
    }
}
