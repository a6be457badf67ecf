package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nothing is dropped for being uncertain: each event keeps its code and gets its modality. */
class ModalityTest {

    private static List<EventRecord> code(String text) {
        return Fixtures.coder().code(Article.of("t.txt", LocalDate.of(2025, 6, 12), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Syrian President Ahmed al-Sharaa is planning a visit to Washington next week. | SYR | USA | 042 | planned",
            "Iran will host talks with Oman on Sunday. | IRN | OMN | 04 | planned",
            "The Egyptian foreign minister is expected to meet his Qatari counterpart in Cairo. | EGY | QAT | 04 | expected",
            "Turkey may impose sanctions on Syria. | TUR | SYR | 163 | possible",
            "Jordan did not attend the talks with Israel. | JOR | ISR | 04 | negated",
            "Israeli troops attacked Hamas positions in Gaza on Tuesday. | ISR | PSE | 19 | asserted",
            "Ethiopia rejected the call and accused Washington of spreading false propaganda. | ETH | USA | 112 | asserted",
            "Iran will send envoys to Muscat and meet Omani officials. | IRN | OMN | 04 | planned",
            "Lebanon had not known of the raid and did not endorse the Iranian plan. | LBN | IRN | 05 | negated",
            "Rwanda denied that it had sent troops into Congo. | RWA | COD | 074 | negated",
            "The agreement averted a U.S. military strike on Syria. | USA | SYR | 195 | negated",
            "Somali pirates seized a tanker, and a Spanish frigate reached the tanker but did not intervene. | ESP | SOM | 19 | negated",
    })
    void theModalityFollowsTheWording(String text, String source, String target, String code, String modality) {
        EventRecord e = code(text).stream()
                .filter(r -> source.equals(r.source().key()) && r.target() != null && target.equals(r.target().key()) && r.cameo().startsWith(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + source + "->" + target + " " + code + " in " + code(text)));
        assertEquals(modality, e.modality());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The prime minister's visit to Berlin, planned for Friday, was cancelled. | 042",
    })
    void aCancelledPlanIsNegated(String text, String code) {
        List<EventRecord> records = Fixtures.coder().code(Article.of("t.txt", LocalDate.of(2025, 6, 12),
                "German Chancellor Friedrich Merz met Greek Prime Minister Kyriakos Mitsotakis in Athens. " + text));
        assertTrue(records.stream().anyMatch(r -> r.cameo().startsWith(code) && r.modality().equals("negated")), records.toString());
    }

    @Test
    void aSimplePastBesideADeniedParticipleIsAssertedWhereverTheParserHangsIt() {
        List<EventRecord> records = code("A report by U.N. experts said Rwandan troops had fought in Congo. "
                + "Rwanda denied that it had sent troops into Congo and called the report \"biased\".");
        EventRecord calling = records.stream().filter(r -> r.cameo().equals("111") && "RWA".equals(r.source().key()))
                .findFirst().orElseThrow(() -> new AssertionError(records.toString()));
        assertEquals("asserted", calling.modality());
    }

    @Test
    void aPastVerbBesideAModalsVerbIsNotUnderTheModal() {
        List<EventRecord> records = Fixtures.coder().code(Article.of("t.txt", LocalDate.of(2025, 3, 13),
                "Students leading Serbia's protests said on Thursday they would hold a mass rally in central Belgrade on "
                        + "Saturday, and called on people from across the country to join them."));
        EventRecord appeal = records.stream().filter(r -> r.cameo().startsWith("02"))
                .findFirst().orElseThrow(() -> new AssertionError(records.toString()));
        assertEquals("asserted", appeal.modality());
        assertEquals("2025-03-13", appeal.date());
    }
}
