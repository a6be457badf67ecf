package dyad.core.dict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every actor phrase the coder knows, compiled once into one {@link PhraseMatcher}: states (names, demonyms,
 * capitals and seats of power), organisations and armed groups, people, and role words. Loaded from the
 * resources under dyad/dict; immutable after construction and safe to share between threads.
 */
public final class ActorDictionary {

    private final PhraseMatcher<LexEntry> matcher = new PhraseMatcher<>();
    private final PeopleTable people = new PeopleTable();
    private final Map<String, String> countryNames = new HashMap<>();
    private final java.util.Set<String> supporterParticiples = new java.util.HashSet<>();
    private final java.util.Set<String> geographicFeatures = new java.util.HashSet<>();
    private final Map<String, String> groupNouns = new HashMap<>();

    public ActorDictionary() {
        loadStates("/dyad/dict/countries.tsv");
        loadStates("/dyad/dict/historical_countries.tsv");
        for (String[] r : Tsv.read("/dyad/dict/organisations.tsv", 4)) {
            LexEntry e = new LexEntry(LexEntry.Kind.ORGANISATION, Tsv.orNull(r[1]), r[0], Tsv.orNull(r[2]), null, null);
            for (String n : Tsv.alternatives(r[3])) matcher.add(n, e, true);
        }
        for (String[] r : Tsv.read("/dyad/dict/sectors.tsv", 3)) {
            matcher.add(r[0], new LexEntry(LexEntry.Kind.ROLE, null, null, r[1], Tsv.orNull(r[2]), null), false);
        }
        for (String[] r : Tsv.read("/dyad/dict/supporter_participles.txt", 1)) supporterParticiples.add(r[0]);
        for (String[] r : Tsv.read("/dyad/dict/geographic_features.txt", 1)) geographicFeatures.add(r[0]);
        for (String[] r : Tsv.read("/dyad/dict/group_nouns.tsv", 2)) groupNouns.put(r[0], r[1]);
        java.util.Set<String> notNames = new java.util.HashSet<>();
        for (String[] r : Tsv.read("/dyad/dict/not_names.txt", 1)) notNames.add(r[0]);
        for (Person p : people.all()) {
            LexEntry e = new LexEntry(LexEntry.Kind.PERSON, p.country(), null, null, null, p.id());
            for (String n : people.namesOf(p.id())) {
                if (!notNames.contains(n)) matcher.add(n, e, true);
            }
        }
    }

    private void loadStates(String resource) {
        for (String[] r : Tsv.read(resource, 4)) {
            String iso = r[0];
            List<String> names = Tsv.alternatives(r[1]);
            if (!names.isEmpty()) countryNames.putIfAbsent(iso, names.get(0));
            for (String n : names) matcher.add(n, new LexEntry(LexEntry.Kind.STATE, iso, null, null, null, null), true);
            for (String n : Tsv.alternatives(r[2])) matcher.add(n, new LexEntry(LexEntry.Kind.DEMONYM, iso, null, null, null, null), true);
            for (String n : Tsv.alternatives(r[3])) matcher.add(n, new LexEntry(LexEntry.Kind.METONYM, iso, null, null, null, null), true);
        }
    }

    public PhraseMatcher<LexEntry> matcher() { return matcher; }

    /** Whether a participle after a state and a hyphen makes the state a backer ("Iran-backed"), not the actor. */
    public boolean isSupporterParticiple(String word) { return supporterParticiples.contains(word.toLowerCase(java.util.Locale.ROOT)); }

    /** Whether a capitalised word names a kind of geographic feature ("Ocean", "Sea"): a state before it is a place name. */
    public boolean isGeographicFeature(String word) { return geographicFeatures.contains(word); }

    /** For a noun that points back to an organisation ("group", "alliance"), its kind ("group" or "bloc"), else null. */
    public String groupNoun(String lowerWord) { return groupNouns.get(lowerWord); }

    public PeopleTable people() { return people; }

    /** The usual English name of a state ("Syria" for SYR), or null. */
    public String countryName(String iso3) { return countryNames.get(iso3); }
}
