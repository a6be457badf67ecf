package dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.model.Sentence;
import dyad.core.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The actor-mention stage: dictionary phrases glued into the noun phrases that name one actor. */
class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder(Fixtures.dictionary());

    private List<ActorMention> mentions(String text) {
        Sentence s = Fixtures.nlp().analyse(text, t -> true).get(0);
        return finder.find(s, text);
    }

    @Test
    void aTitleAStateAndANameAreOneMention() {
        List<ActorMention> m = mentions("Syrian President Ahmed al-Sharaa is planning a visit.");
        assertEquals("Syrian President Ahmed al-Sharaa", m.get(0).text());
        assertEquals("SYR", m.get(0).country());
        assertTrue(m.get(0).personId().contains("SHARAA"), m.get(0).personId());
    }

    @Test
    void aPossessiveStateAndARoleAreOneMention() {
        ActorMention m = mentions("Canada's agriculture minister will travel to Beijing.").get(0);
        assertEquals("Canada's agriculture minister", m.text());
        assertEquals("CAN", m.country());
        assertEquals("GOV", m.sector());
    }

    @Test
    void capitalsStandForTheirGovernments() {
        ActorMention m = mentions("Damascus and Tel Aviv have held talks.").get(0);
        assertEquals("SYR", m.country());
        assertEquals("GOV", m.sector());
    }

    @Test
    void aHyphenatedPairNamesBothStates() {
        List<String> countries = mentions("Syria-Israel talks resumed.").stream().map(ActorMention::country).toList();
        assertTrue(countries.containsAll(List.of("SYR", "ISR")), countries.toString());
    }

    @Test
    void aRoleWordUsedAsAnAdjectiveNamesNoOne() {
        assertTrue(mentions("It was an official visit.").stream().noneMatch(x -> x.text().equals("official")));
    }

    @Test
    void pronounsAreFoundForCoreference() {
        assertTrue(mentions("He met the minister.").stream().anyMatch(x -> x.kind() == ActorMention.Kind.PRONOUN));
    }

    @Test
    void aStateInTheNameOfASeaIsAPlaceNotAnActor() {
        assertTrue(mentions("Relief poured into areas hit by the Indian Ocean tsunami.").stream().noneMatch(x -> "IND".equals(x.country())));
    }
}
