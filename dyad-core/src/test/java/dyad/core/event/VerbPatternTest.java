package dyad.core.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence, one verb of the event dictionary: its source, target and CAMEO code. */
class VerbPatternTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Egypt congratulated Tunisia on its elections. | EGY | TUN | 051",
            "Japan donated $10 million to Sri Lanka. | JPN | LKA | 070",
            "Russia annexed Crimea in 2014. | RUS | UKR | 192",
            "Hamas breached the ceasefire with Israel. | PSE | ISR | 196",
            "Turkish authorities suspended 15,000 teachers. | TUR | TUR | 172",
            "China has halted group tours to South Korea. | CHN | KOR | 163",
            "NATO has suspended its training mission in Iraq. | IGO | IRQ | 160",
            "Hezbollah fighters captured two Israeli soldiers. | LBN | ISR | 181",
            "Fighters loyal to the Libyan government pounded Muammar Gaddafi's hometown of Sirte. | LBY | LBY | 194",
            "The U.S. ambassador told China that Washington was very sorry for the death of the pilot. | USA | CHN | 055",
            "Ukraine received weapons from the United States. | USA | UKR | 072",
            "Russia conducted military exercises in Havana on Monday. | RUS | CUB | 150",
            "Indian navy ships unloaded tents and medicine in Galle on Wednesday. | IND | LKA | 073",
            "Germany's foreign minister raised the matter with his Russian counterpart. | DEU | RUS | 040",
            "Russian activists besieged the Estonian embassy in Moscow. | RUS | EST | 144",
            "Iran is considering the request from the International Atomic Energy Agency. | IRN | IGO | 014",
            "In Chile, two opposition senators demanded that the government publish the draft agreement. | CHL | CHL | 100",
            "The joint U.S.-South Korean military drills began on March 1. | USA | KOR | 062",
            "Georgian protesters received assurances from the government in Tbilisi. | GEO | GEO | 030",
    })
    void theVerbGivesItsCode(String text, String source, String target, String code) {
        List<EventRecord> records = Fixtures.coder().code(Article.of("t.txt", LocalDate.of(2025, 7, 10), text));
        assertTrue(records.stream().anyMatch(r -> source.equals(r.source().key()) && r.target() != null
                && target.equals(r.target().key()) && r.cameo().equals(code)), records.toString());
    }
}
