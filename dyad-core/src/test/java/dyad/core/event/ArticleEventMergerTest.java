package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.actor.ActorMention;
import dyad.core.model.Actor;
import dyad.core.model.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEventMergerTest {

    private static final ActorMention NONE = new ActorMention(0, 0, 1, 0, "x", ActorMention.Kind.STATE, "SYR", null, null, null, null);
    private final ArticleEventMerger merger = new ArticleEventMerger();

    private static CodedEvent event(int sentence, String src, String tgt, String code, Modality m, EventDate d) {
        return new CodedEvent(sentence, 0, "visit", code, code.startsWith("04"), NONE, NONE,
                new Actor(src, null, src, null, src), new Actor(tgt, null, tgt, null, tgt), m, d, null, null, 0, 1, 0.8);
    }

    private static EventDate text(String v) {
        return new EventDate(v, LocalDate.parse(v), LocalDate.parse(v), EventDate.TEXT);
    }

    private static final EventDate ARTICLE = EventDate.ofArticle(LocalDate.of(2025, 11, 1));

    @Test
    void theSameVisitToldTwiceIsOneRecordWithTheTextDate() {
        List<CodedEvent> out = merger.merge(List.of(
                event(0, "SYR", "USA", "042", Modality.PLANNED, text("2025-11-10")),
                event(8, "SYR", "USA", "042", Modality.EXPECTED, ARTICLE)));
        assertEquals(1, out.size());
        assertEquals("2025-11-10", out.get(0).date().value());
    }

    @Test
    void visitsOnDifferentDatesStayApart() {
        assertEquals(2, merger.merge(List.of(
                event(3, "USA", "SYR", "042", Modality.ASSERTED, new EventDate("1994", LocalDate.of(1994, 1, 1), LocalDate.of(1994, 12, 31), EventDate.TEXT)),
                event(3, "USA", "SYR", "042", Modality.ASSERTED, new EventDate("1974", LocalDate.of(1974, 1, 1), LocalDate.of(1974, 12, 31), EventDate.TEXT)))).size());
    }

    @Test
    void aPlanAndWhatHappenedStayApart() {
        assertEquals(2, merger.merge(List.of(
                event(0, "SYR", "USA", "042", Modality.PLANNED, ARTICLE),
                event(2, "SYR", "USA", "042", Modality.ASSERTED, ARTICLE))).size());
    }

    @Test
    void aSymmetricMeetingReportedFromEitherSideIsOne() {
        assertEquals(1, merger.merge(List.of(
                event(0, "SYR", "USA", "040", Modality.ASSERTED, ARTICLE),
                event(1, "USA", "SYR", "040", Modality.ASSERTED, ARTICLE))).size());
    }

    @Test
    void differentActionsOfOneDyadInDifferentSentencesStayApart() {
        assertEquals(2, merger.merge(List.of(
                event(0, "SYR", "USA", "042", Modality.PLANNED, ARTICLE),
                event(3, "SYR", "USA", "040", Modality.EXPECTED, ARTICLE))).size());
    }

    @Test
    void aProtestThatIsAndARallyToComeInOneSentenceAreTwoRecords() {
        assertEquals(2, merger.merge(List.of(
                event(0, "SRB", "SRB", "141", Modality.ASSERTED, ARTICLE),
                event(0, "SRB", "SRB", "141", Modality.PLANNED, text("2025-11-15")))).size());
    }

    @Test
    void aMeetingToComeAndTheTalksAtItInOneSentenceAreOneRecord() {
        assertEquals(1, merger.merge(List.of(
                event(0, "SYR", "USA", "040", Modality.EXPECTED, text("2025-11-10")),
                event(0, "SYR", "USA", "046", Modality.PLANNED, ARTICLE))).size());
    }
}
