package dyad.core.actor;

import dyad.core.dict.ActorDictionary;
import dyad.core.dict.LexEntry;
import dyad.core.dict.PhraseMatcher;
import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds actor mentions in a sentence: dictionary phrases, glued into one mention where they form one noun phrase
 * ("Syrian President Ahmed al-Sharaa", "Canada's agriculture minister", "U.N. Secretary-General Antonio Guterres"),
 * hyphenated pairs split ("Syria-Israel"), and the pronouns and descriptions that coreference resolves later.
 */
public final class MentionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their");
    private static final Set<String> GLUE = Set.of("'s", "'", "of", "the");
    private static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "sides", "states", "governments", "parties",
            "neighbours", "neighbors", "presidents", "leaders", "ministers", "delegations", "armies", "capitals", "premiers");
    private static final int MAX_GAP = 3;

    private final ActorDictionary dictionary;

    public MentionFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Whether a token list may speak of an actor: a dictionary name or role word, a state inside a hyphenated word,
     * or a pronoun, pair description or group noun that coreference may resolve (used to skip analysing sentences).
     */
    public boolean hasActor(List<Token> tokens) {
        List<String> words = words(tokens);
        for (int i = 0; i < words.size(); i++) {
            PhraseMatcher.Match<LexEntry> m = dictionary.matcher().longestAt(words, i);
            if (m != null) return true;
            if (words.get(i).indexOf('-') > 0 && !hyphenParts(words.get(i)).isEmpty()) return true;
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(w) || PAIR_NOUNS.contains(w) || dictionary.groupNoun(w) != null) return true;
        }
        return false;
    }

    public List<ActorMention> find(Sentence s, String body) {
        List<String> words = words(s.tokens());
        List<PhraseMatcher.Match<LexEntry>> hits = new ArrayList<>(dictionary.matcher().findAll(words));
        // a role word used as an adjective ("an official visit", "military sites") names no one
        hits.removeIf(h -> primary(h).kind() == LexEntry.Kind.ROLE && !s.token(h.to() - 1).isNoun());
        // "the Indian Ocean", "the South China Sea": a state in the name of a sea or a mountain range is a place
        hits.removeIf(h -> primary(h).isState() && h.to() < s.size() && dictionary.isGeographicFeature(s.token(h.to()).word()));
        List<ActorMention> out = new ArrayList<>();
        List<PhraseMatcher.Match<LexEntry>> group = new ArrayList<>();
        for (PhraseMatcher.Match<LexEntry> h : hits) {
            if (!group.isEmpty() && !glues(s, group, h)) {
                out.add(mention(s, body, group));
                group = new ArrayList<>();
            }
            group.add(h);
        }
        if (!group.isEmpty()) out.add(mention(s, body, group));
        out.removeIf(m -> m == null);
        addHyphenated(s, body, words, hits, out);
        addPronounsAndPairs(s, body, out);
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /** Whether hit h continues the noun phrase of the group (only glue words and modifiers between them). */
    private boolean glues(Sentence s, List<PhraseMatcher.Match<LexEntry>> group, PhraseMatcher.Match<LexEntry> h) {
        PhraseMatcher.Match<LexEntry> last = group.get(group.size() - 1);
        int gap = h.from() - last.to();
        if (gap > MAX_GAP) return false;
        for (int i = last.to(); i < h.from(); i++) {
            Token t = s.token(i);
            String w = t.lowerWord();
            boolean modifier = t.tag().startsWith("JJ") || t.tag().startsWith("NN") || t.tag().equals("HYPH");
            if (!GLUE.contains(w) && !modifier) return false;
        }
        LexEntry a = primary(last), b = primary(h);
        // two different states side by side are two actors ("Israeli Iranian" never glues)
        if (a.isState() && b.isState() && !a.country().equals(b.country())) return false;
        if (a.kind() == LexEntry.Kind.PERSON && b.kind() == LexEntry.Kind.PERSON) return false;
        // a person's name ends a mention: "Trump's Washington" is two
        if (a.kind() == LexEntry.Kind.PERSON && gap > 0) return false;
        // an organisation followed by a state after "'s" stays apart; role words glue to anything
        return b.kind() == LexEntry.Kind.ROLE || b.kind() == LexEntry.Kind.PERSON || a.kind() == LexEntry.Kind.ROLE
                || (a.isState() && b.kind() == LexEntry.Kind.ORGANISATION && b.country() != null && gap == 0)
                || (a.isState() && b.isState());
    }

    private ActorMention mention(Sentence s, String body, List<PhraseMatcher.Match<LexEntry>> group) {
        String country = null, org = null, sector = null, office = null, person = null;
        boolean seat = false;
        ActorMention.Kind kind = ActorMention.Kind.ROLE;
        for (PhraseMatcher.Match<LexEntry> m : group) {
            LexEntry e = primary(m);
            switch (e.kind()) {
                case STATE, DEMONYM, METONYM -> {
                    if (country == null) country = e.country();
                    if (kind == ActorMention.Kind.ROLE) kind = ActorMention.Kind.STATE;
                    seat |= e.kind() == LexEntry.Kind.METONYM;
                }
                case ORGANISATION -> {
                    org = e.code();
                    if (e.country() != null) country = e.country();
                    if (e.sector() != null) sector = e.sector();
                    if (kind != ActorMention.Kind.PERSON) kind = ActorMention.Kind.ORGANISATION;
                }
                case PERSON -> {
                    // an ambiguous name ("Assad", "Bush") keeps every bearer; the resolver picks by the event's date
                    person = String.join("|", m.values().stream().filter(v -> v.kind() == LexEntry.Kind.PERSON)
                            .map(LexEntry::personId).distinct().toList());
                    if (country == null) country = e.country();
                    kind = ActorMention.Kind.PERSON;
                }
                case ROLE -> {
                    sector = e.sector();
                    if (e.head() != null) office = e.head();
                }
            }
        }
        // a capital or seat of power standing for a state stands for its government ("Damascus", "the Kremlin")
        if (seat && sector == null && kind == ActorMention.Kind.STATE) sector = "GOV";
        int from = group.get(0).from(), to = group.get(group.size() - 1).to();
        if (from > 0 && s.token(from - 1).lowerWord().equals("the") && kind == ActorMention.Kind.ROLE) from--;
        if (kind == ActorMention.Kind.ROLE) {
            // a bare role word ("officials", "the president") is a description for coreference to fill in
            kind = ActorMention.Kind.DESCRIPTION;
            // "both parliaments", "the two foreign ministers": one of each of the two states in view
            int pair = pairStart(s, from, to);
            if (pair >= 0) {
                from = pair;
                office = "pair";
            }
        }
        return new ActorMention(s.index(), from, to, head(s.tree(), from, to), s.text(body, from, to), kind,
                country, org, sector, office, person);
    }

    /** Where "both" or "the two" begins before a plural role phrase, or -1. */
    private static int pairStart(Sentence s, int from, int to) {
        if (!s.token(to - 1).tag().equals("NNS")) return -1;
        if (from >= 1 && s.token(from - 1).lowerWord().equals("both")) return from - 1;
        if (from >= 2 && s.token(from - 1).lowerWord().equals("two") && s.token(from - 2).lowerWord().equals("the")) return from - 2;
        return -1;
    }

    /** The dictionary reading of a phrase: people and organisations before states before role words. */
    private static LexEntry primary(PhraseMatcher.Match<LexEntry> m) {
        LexEntry best = null;
        // one word that names a group or a place and is a person's surname ("Houthi", "Colombo"): the group or
        // place; a full name is the person
        boolean oneWord = m.to() - m.from() == 1;
        for (LexEntry e : m.values()) if (best == null || rank(e, oneWord) > rank(best, oneWord)) best = e;
        return best;
    }

    private static int rank(LexEntry e, boolean oneWord) {
        // "Colombo", "Washington", "Jordan": alone, the place or state is meant, not a person of that surname
        return oneWord && e.kind() != LexEntry.Kind.PERSON && e.kind() != LexEntry.Kind.ROLE ? 6 + rank(e) : rank(e);
    }

    private static int rank(LexEntry e) {
        return switch (e.kind()) {
            case PERSON -> 5;
            case ORGANISATION -> 4;
            case STATE -> 3;
            case DEMONYM -> 2;
            case METONYM -> 1;
            case ROLE -> 0;
        };
    }

    /** "Syria-Israel talks", "Syrian-US relations", "Chinese-made": one mention per state part of a hyphenated word. */
    private void addHyphenated(Sentence s, String body, List<String> words, List<PhraseMatcher.Match<LexEntry>> hits, List<ActorMention> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.indexOf('-') <= 0) continue;
            final int at = i;
            if (hits.stream().anyMatch(h -> h.from() <= at && at < h.to())) continue;
            List<String> countries = hyphenParts(w);
            Token t = s.token(i);
            for (String c : countries) {
                out.add(new ActorMention(s.index(), i, i + 1, i, t.word(), ActorMention.Kind.STATE, c, null, null, null, null));
            }
        }
    }

    /** The states named by the parts of a hyphenated word, when its first part names one. */
    private List<String> hyphenParts(String word) {
        String[] parts = word.split("-");
        List<String> out = new ArrayList<>();
        if (parts.length > 1 && dictionary.isSupporterParticiple(parts[parts.length - 1])) return out;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isEmpty()) continue;
            PhraseMatcher.Match<LexEntry> m = dictionary.matcher().longestAt(List.of(parts[k]), 0);
            if (m == null) continue;
            LexEntry e = primary(m);
            if (e.isState() && !out.contains(e.country())) out.add(e.country());
            else if (k == 0) return List.of();
        }
        // "US-led", "Chinese-made": the state part alone is still the actor
        return out;
    }

    private void addPronounsAndPairs(Sentence s, String body, List<ActorMention> out) {
        for (Token t : s.tokens()) {
            int i = t.index();
            if (out.stream().anyMatch(m -> m.covers(i))) continue;
            String w = t.lowerWord();
            if ((t.tag().startsWith("PRP")) && PRONOUNS.contains(w) && !expletive(s, i)) {
                out.add(new ActorMention(s.index(), i, i + 1, i, t.word(), ActorMention.Kind.PRONOUN, null, null, null, null, null));
            } else if (dictionary.groupNoun(w) != null && t.isNoun() && definiteStart(s, i) >= 0) {
                // "the group", "the Iran-backed group", "the alliance": an organisation named before
                int from = definiteStart(s, i);
                out.add(new ActorMention(s.index(), from, i + 1, i, s.text(body, from, i + 1), ActorMention.Kind.DESCRIPTION,
                        null, null, null, dictionary.groupNoun(w), null));
            } else if (PAIR_NOUNS.contains(w) && i > 0) {
                String prev = s.token(i - 1).lowerWord();
                if (prev.equals("two") || prev.equals("both")) {
                    int from = i - 1;
                    if (from > 0 && s.token(from - 1).lowerWord().equals("the")) from--;
                    out.add(new ActorMention(s.index(), from, i + 1, i, s.text(body, from, i + 1), ActorMention.Kind.DESCRIPTION,
                            null, null, null, "pair", null));
                }
            }
        }
    }

    /** Where "the" opens the noun phrase ending at the noun (one modifier between at most), or -1. */
    private static int definiteStart(Sentence s, int noun) {
        if (noun > 0 && s.token(noun - 1).lowerWord().equals("the")) return noun - 1;
        if (noun > 1 && s.token(noun - 2).lowerWord().equals("the") && s.token(noun - 1).tag().startsWith("JJ")) return noun - 2;
        return -1;
    }

    /** "as many days as it takes", "it is expected that": an "it" that stands for no one. */
    private static boolean expletive(Sentence s, int i) {
        if (!s.token(i).lowerWord().equals("it")) return false;
        int h = s.tree().head(i);
        if (h < 0) return false;
        String lemma = s.token(h).lowerLemma();
        boolean bare = s.tree().children(h, "obj").isEmpty() && s.tree().children(h, "xcomp").isEmpty();
        return (lemma.equals("take") && bare) || lemma.equals("be") || lemma.equals("seem") || lemma.equals("appear")
                || lemma.equals("remain") || lemma.equals("matter") || s.tree().is(i, "expl");
    }

    /** The token of [from, to) whose head lies outside the span: how the tree sees the mention. */
    static int head(DependencyTree tree, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            int h = tree.head(i);
            if (h < from || h >= to) return i;
        }
        return to - 1;
    }

    private static List<String> words(List<Token> tokens) {
        List<String> w = new ArrayList<>(tokens.size());
        for (Token t : tokens) w.add(t.word());
        return w;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
