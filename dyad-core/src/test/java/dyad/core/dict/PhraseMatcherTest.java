package dyad.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> m = new PhraseMatcher<>();

    {
        m.add("United States", "USA", true);
        m.add("US", "USA", true);
        m.add("Turkey", "TUR", true);
        m.add("foreign minister", "GOV", false);
        m.add("Washington, D.C.", "USA", true);
    }

    @Test
    void longestPhraseWins() {
        PhraseMatcher.Match<String> hit = m.longestAt(List.of("Washington", ",", "D.C.", "on"), 0);
        assertEquals(3, hit.to());
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        assertEquals("USA", m.longestAt(List.of("US"), 0).values().get(0));
        assertNull(m.longestAt(List.of("us"), 0));
    }

    @Test
    void aNameListedAlsoInLowerCaseMatchesInLowerCase() {
        PhraseMatcher<String> forces = new PhraseMatcher<>();
        forces.add("Peshmerga", "IRQMIL", true);
        forces.add("peshmerga", "IRQMIL", true);
        assertEquals("IRQMIL", forces.longestAt(List.of("peshmerga"), 0).values().get(0));
    }

    @Test
    void namesNeedTheirCapitals() {
        assertNull(m.longestAt(List.of("turkey"), 0));
        assertEquals("TUR", m.longestAt(List.of("Turkey"), 0).values().get(0));
    }

    @Test
    void roleWordsMatchInAnyCase() {
        assertEquals("GOV", m.longestAt(List.of("Foreign", "Minister"), 0).values().get(0));
    }

    @Test
    void typographicApostrophesAreFolded() {
        PhraseMatcher<String> p = new PhraseMatcher<>();
        p.add("Cote d'Ivoire", "CIV", true);
        assertEquals("CIV", p.longestAt(List.of("Cote", "d’Ivoire"), 0).values().get(0));
    }
}
