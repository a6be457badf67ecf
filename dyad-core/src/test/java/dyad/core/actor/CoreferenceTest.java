package dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.model.Sentence;
import dyad.core.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pronouns and descriptions take the actor they refer to. */
class CoreferenceTest {

    private final MentionFinder finder = new MentionFinder(Fixtures.dictionary());

    private List<List<ActorMention>> resolve(String text) {
        List<Sentence> sentences = Fixtures.nlp().analyse(text, t -> true);
        List<List<ActorMention>> found = new ArrayList<>();
        for (Sentence s : sentences) found.add(finder.find(s, text));
        return new Coreference().resolve(sentences, found);
    }

    @Test
    void heIsThePersonNamedBefore() {
        List<List<ActorMention>> m = resolve("The visit follows a push led by al-Sharaa. He previously met with President Donald Trump.");
        ActorMention he = m.get(1).stream().filter(x -> x.text().equals("He")).findFirst().orElseThrow();
        assertEquals("SYR", he.country());
    }

    @Test
    void theTwoCountriesAreTheLastTwoStates() {
        List<List<ActorMention>> m = resolve("Japan and South Korea met in Tokyo. The two countries agreed to talk again.");
        List<String> keys = m.get(1).stream().filter(x -> x.text().contains("two countries")).map(ActorMention::country).toList();
        assertEquals(List.of("JPN", "KOR"), keys);
    }

    @Test
    void theyAreTheSeveralActorsThatWereTheSubjectBefore() {
        List<List<ActorMention>> m = resolve("The Polish and Lithuanian presidents arrived in Kyiv, as opposition supporters kept up "
                + "their blockade. They later met the Ukrainian president.");
        List<String> they = m.get(1).stream().filter(x -> x.text().equals("They")).map(ActorMention::country).toList();
        assertEquals(List.of("POL", "LTU"), they);
    }

    @Test
    void aBareRoleBelongsToTheStateInView() {
        List<List<ActorMention>> m = resolve("French farmers blocked motorways in France on Tuesday. Police detained 40 people.");
        ActorMention police = m.get(1).stream().filter(x -> x.text().equals("Police")).findFirst().orElseThrow();
        assertEquals("FRA", police.country());
    }

    private static ActorMention named(List<ActorMention> sentence, String text) {
        return sentence.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(sentence.toString()));
    }

    @Test
    void aDefiniteRoleIsTheSameWordNamedBeforeNotTheStateInView() {
        List<List<ActorMention>> m = resolve("Somali pirates hijacked a tanker in the Gulf of Aden. A Spanish frigate reached the tanker. "
                + "Spain said the pirates threatened to kill the crew.");
        assertEquals("SOM", named(m.get(2), "the pirates").country());
    }

    @Test
    void aRoleInARegionOfAStateIsOfThatState() {
        List<List<ActorMention>> m = resolve("Greece protested. A court in the Somali region of Puntland sentenced six pirates on Monday.");
        assertEquals("SOM", named(m.get(1), "court").country());
    }

    @Test
    void itsSoldiersAreTheSoldiersOfItsReferent() {
        List<List<ActorMention>> m = resolve("Georgia accused Russia of looting. The Kremlin denied that its soldiers had looted property in Georgia.");
        assertEquals("RUS", named(m.get(1), "soldiers").country());
    }

    @Test
    void officialsFromTwoStatesAreOneDescriptionForEach() {
        List<List<ActorMention>> m = resolve("Energy officials from Argentina and Chile will meet in Santiago on July 8.");
        List<String> countries = m.get(0).stream().filter(x -> x.text().contains("officials")).map(ActorMention::country).toList();
        assertEquals(List.of("ARG", "CHL"), countries);
    }

    @Test
    void theAlliancesSecretaryGeneralIsOfTheAllianceNamedBefore() {
        List<List<ActorMention>> m = resolve("Poland asked for talks. NATO ambassadors met in Brussels at Poland's request. "
                + "The alliance's secretary-general said Russia bore responsibility for the war.");
        assertEquals("IGOWSTNAT", named(m.get(2), "secretary-general").orgCode());
    }

    @Test
    void theCountryIsTheStateNamedLastBesidesTheSubjects() {
        List<List<ActorMention>> m = resolve("China criticised the deployment of a missile system in South Korea and halted tours to the country.");
        assertEquals("KOR", named(m.get(0), "the country").country());
    }

    @Test
    void theMilitantGroupIsTheArmedGroupNamedBefore() {
        List<List<ActorMention>> m = resolve("The United States struck an Islamic State target, expanding its campaign against the "
                + "militant group.");
        assertEquals("IMGMOSISI", named(m.get(0), "the militant group").orgCode());
    }

    @Test
    void theGovernmentIsOfTheStateWhoseOrganIsTheSubject() {
        List<List<ActorMention>> m = resolve("The United States struck Baghdad airport. Iraq's parliament voted for a resolution "
                + "calling on the government to expel foreign troops.");
        assertEquals("IRQ", named(m.get(1), "the government").country());
    }
}
