package dyad.core.actor;

import dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves pronouns ("He", "its") and descriptions ("the two countries", "the foreign minister") to the actors they
 * refer to, reading an article's mentions in order. "He"/"she" take a person (or office holder): the subject of
 * the sentence so far, else of the sentences before, else the latest one named; "it"/"they" the same way for a
 * state or organisation; "the two countries" and "both sides" the latest two distinct states; a definite role
 * ("the prime minister") the latest mention of that office. Unresolvable mentions stay unknown.
 */
public final class Coreference {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> COLLECTIVE = Set.of("it", "its", "they", "them", "their");
    private static final int LOOK_BACK = 3;
    /** Roles that belong to the place where they act (police, courts, protesters), unlike envoys, leaders or troops. */
    private static final Set<String> LOCAL_SECTORS = Set.of("COP", "CVL", "JUD", "EDU", "OPP", "LAB");

    /** A mention read so far: whether it was a subject, and whether it only named where something happened. */
    private record Seen(ActorMention mention, boolean subject, boolean place) {}

    /** The mentions of each sentence, resolved; a pair description becomes two mentions. */
    public List<List<ActorMention>> resolve(List<Sentence> sentences, List<List<ActorMention>> bySentence) {
        List<List<Seen>> seen = new ArrayList<>();
        List<List<ActorMention>> out = new ArrayList<>();
        for (int i = 0; i < bySentence.size(); i++) {
            Sentence s = sentences.get(i);
            List<Seen> here = new ArrayList<>();
            seen.add(here);
            List<ActorMention> resolved = new ArrayList<>();
            for (ActorMention m : bySentence.get(i)) {
                List<ActorMention> r = i > 0 ? theyAsBefore(m, s, sentences.get(i - 1), out.get(i - 1)) : List.of();
                if (r.isEmpty()) r = resolveOne(m, seen, s, bySentence.get(i), resolved);
                resolved.addAll(r);
                // "Israeli aircraft struck": a state adjective on the subject's noun is the subject's state
                int h = m.head();
                if ((s.tree().is(h, "amod") || s.tree().is(h, "compound") || s.tree().is(h, "nmod:poss")) && s.tree().head(h) >= 0
                        && !m.covers(s.tree().head(h))) h = s.tree().head(h);
                boolean subject = s.tree().relation(h).startsWith("nsubj");
                // "in Kazan, Russia", "met in Brussels": a state or a seat named as a place
                boolean place = (m.kind() == ActorMention.Kind.STATE || m.kind() == ActorMention.Kind.ORGANISATION) && isPlace(s, m.head());
                for (ActorMention x : r) if (x.isKnown()) here.add(new Seen(x, subject, place));
            }
            out.add(resolved);
        }
        return out;
    }

    /**
     * "The Polish and Lithuanian presidents arrived in Kyiv ... They later met the president": "they" opening a
     * sentence as its subject are the several actors the sentence before had as the subject of its main verb. Empty
     * when that subject names fewer than two states.
     */
    private static List<ActorMention> theyAsBefore(ActorMention m, Sentence s, Sentence before, List<ActorMention> resolvedBefore) {
        if (m.kind() != ActorMention.Kind.PRONOUN || !m.text().equalsIgnoreCase("they") || !s.tree().relation(m.head()).startsWith("nsubj")) {
            return List.of();
        }
        int root = -1;
        for (int t = 0; t < before.size() && root < 0; t++) if (before.tree().head(t) < 0 && before.token(t).isVerb()) root = t;
        if (root < 0) return List.of();
        List<ActorMention> out = new ArrayList<>();
        for (int subj : before.tree().children(root, "nsubj")) {
            int[] span = before.tree().span(subj);
            for (ActorMention x : resolvedBefore) {
                if (x.country() == null || x.head() < span[0] || x.head() > span[1]) continue;
                if (out.stream().noneMatch(o -> o.country().equals(x.country()))) out.add(m.referringTo(x));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The state of the subject of the clause the mention stands in, when coreference has resolved it already; or null. */
    private static String clauseSubjectCountry(ActorMention m, Sentence s, List<ActorMention> resolvedHere) {
        // "it would make the country dependent on Argentine gas": the country is its own clause's subject
        if (s.tree().relation(m.head()).startsWith("nsubj")) return null;
        int v = s.tree().head(m.head());
        while (v >= 0 && !s.token(v).isVerb()) v = s.tree().head(v);
        if (v < 0) return null;
        for (int c : s.tree().children(v)) {
            if (!s.tree().relation(c).startsWith("nsubj")) continue;
            for (ActorMention x : resolvedHere) if (x.covers(c) && x.country() != null) return x.country();
        }
        return null;
    }

    /** A state mention inside the role's own "in"/"of" phrase ("a court in Guyana"), or null. */
    private static ActorMention ownPlace(ActorMention m, Sentence s, List<ActorMention> mentions) {
        for (int c : s.tree().children(m.head())) {
            if (!s.tree().is(c, "nmod")) continue;
            // "a court in Guyana", "a court in the Somali region of Puntland"
            List<Integer> words = new ArrayList<>(List.of(c));
            for (int d : s.tree().children(c)) if (s.tree().is(d, "amod") || s.tree().is(d, "compound")) words.add(d);
            for (int w : words) {
                ActorMention x = stateAt(m, mentions, w);
                if (x != null) return x;
            }
        }
        return null;
    }

    /** Another mention than m, of a state and no person, covering the token; or null. */
    private static ActorMention stateAt(ActorMention m, List<ActorMention> mentions, int token) {
        for (ActorMention x : mentions) {
            if (x != m && x.country() != null && x.personId() == null && x.covers(token)) return x;
        }
        return null;
    }

    /** "Somali pirates hijacked ... the pirates threatened": a definite role word is the same word named before. */
    private static ActorMention sameWordBefore(ActorMention m, List<List<Seen>> seen) {
        if (!m.text().toLowerCase(Locale.ROOT).startsWith("the ")) return null;
        String word = lastWord(m.text());
        return latest(seen, x -> x.country() != null && x.kind() != ActorMention.Kind.PRONOUN && lastWord(x.text()).equals(word), Integer.MAX_VALUE);
    }

    /** The head word, its number kept: "the ministers" are not the minister named before. */
    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** A resolved possessive pronoun on the role's head ("its soldiers", "their forces") that names a state, or null. */
    private static ActorMention possessor(ActorMention m, Sentence s, List<ActorMention> resolvedHere) {
        for (int c : s.tree().children(m.head(), "nmod:poss")) {
            for (ActorMention x : resolvedHere) {
                // "its soldiers"; "the alliance's secretary-general": a group noun resolved to its organisation
                boolean owner = x.kind() == ActorMention.Kind.PRONOUN && x.country() != null
                        || x.kind() == ActorMention.Kind.DESCRIPTION && x.country() == null && x.orgCode() != null;
                if (owner && x.covers(c)) return x;
            }
        }
        return null;
    }

    /** "In Tehran, a foreign ministry spokesman said ...": a sentence that opens with its place speaks from there. */
    private static boolean opensWithPlace(Sentence s) {
        return s.size() > 2 && s.token(0).lowerWord().equals("in") && s.tree().is(0, "case");
    }

    /** The one state named as the place of the sentence's events ("in Yerevan", "in Kenya"), or null. */
    private static ActorMention sentencePlace(Sentence s, List<ActorMention> mentions) {
        ActorMention found = null;
        for (ActorMention x : mentions) {
            if (x.country() == null || x.personId() != null || x.orgCode() != null || x.kind() != ActorMention.Kind.STATE) continue;
            if (!s.tree().is(x.head(), "obl")) continue;
            boolean in = false;
            for (int c : s.tree().children(x.head(), "case")) in |= s.token(c).lowerWord().equals("in");
            if (!in) continue;
            if (found != null && !found.country().equals(x.country())) return null;
            found = x;
        }
        return found;
    }

    private List<ActorMention> resolveOne(ActorMention m, List<List<Seen>> seen, Sentence sentence, List<ActorMention> mentionsHere,
                                          List<ActorMention> resolvedHere) {
        if (m.kind() == ActorMention.Kind.PRONOUN) {
            String w = m.text().toLowerCase(Locale.ROOT);
            Predicate<ActorMention> fits = PERSONAL.contains(w) ? Coreference::personLike
                    : COLLECTIVE.contains(w) ? x -> !personLike(x) : null;
            ActorMention a = fits == null ? null : antecedent(seen, fits);
            return List.of(a == null ? m : m.referringTo(a));
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && "pair".equals(m.office())) {
            List<ActorMention> two = latestDistinctStates(seen, 2);
            if (two.size() < 2) return List.of(m);
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention a : two) out.add(new ActorMention(m.sentence(), m.from(), m.to(), m.head(), m.text(),
                    ActorMention.Kind.DESCRIPTION, a.country(), a.orgCode(), m.sector(), "pair", null));
            return out;
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && "state".equals(m.office())) {
            // "China halted group tours to the country", "expel foreign troops from the country": the state named
            // last, a place too, other than the state its clause's subject is
            String own = clauseSubjectCountry(m, sentence, resolvedHere);
            ActorMention a = latestSeen(seen, x -> x.mention().country() != null && x.mention().personId() == null
                    && x.mention().kind() == ActorMention.Kind.STATE && !x.mention().country().equals(own), LOOK_BACK);
            return List.of(a == null ? m : new ActorMention(m.sentence(), m.from(), m.to(), m.head(), m.text(),
                    ActorMention.Kind.STATE, a.country(), null, null, null, null));
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && m.orgCode() == null && ("group".equals(m.office()) || "bloc".equals(m.office()))) {
            // "the group" is the armed group or movement named last, "the alliance" the international organisation
            boolean bloc = m.office().equals("bloc");
            // never "the two countries" read before: standing for a pair would make the group two actors
            ActorMention a = latestActor(seen, x -> !"pair".equals(x.office()) && (x.orgCode() != null && x.orgCode().startsWith("IGO") == bloc
                    || !bloc && x.orgCode() == null && ("REB".equals(x.sector()) || "OPP".equals(x.sector()))));
            return List.of(a == null ? m : m.standingFor(a));
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && m.orgCode() == null && m.country() == null && "REB".equals(m.sector())
                && m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            // "an Islamic State target ... the militant group that has seized parts of Iraq": the armed group named last
            ActorMention a = latestActor(seen, x -> x.orgCode() != null && x.country() == null && !x.orgCode().startsWith("IGO") && x.personId() == null);
            if (a != null) return List.of(m.standingFor(a));
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && m.office() != null && m.country() == null
                && m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            ActorMention a = latest(seen, x -> m.office().equals(x.office()), Integer.MAX_VALUE);
            if (a != null) return List.of(m.referringTo(a));
        }
        if (m.kind() == ActorMention.Kind.DESCRIPTION && m.country() == null && m.orgCode() == null && m.sector() != null) {
            // "a court in Guyana", "police in Yerevan": the role's own phrase names its state
            ActorMention own = ownPlace(m, sentence, mentionsHere);
            if (own != null) {
                // "energy officials from Argentina and Chile": one description for each state of the list
                List<ActorMention> out = new ArrayList<>(List.of(m.inCountry(own.country())));
                for (int c : sentence.tree().children(own.head(), "conj")) {
                    ActorMention x = stateAt(m, mentionsHere, c);
                    if (x != null && x.kind() == ActorMention.Kind.STATE && out.stream().noneMatch(o -> o.country().equals(x.country()))) {
                        out.add(m.inCountry(x.country()));
                    }
                }
                return out;
            }
            // "denied that its soldiers had looted": the possessive's referent owns the role
            ActorMention owner = possessor(m, sentence, resolvedHere);
            if (owner != null && owner.country() != null) return List.of(m.inCountry(owner.country()));
            if (owner != null) return List.of(new ActorMention(m.sentence(), m.from(), m.to(), m.head(), m.text(), m.kind(), null,
                    owner.orgCode(), m.sector(), m.office(), null));
            // "In Yerevan, thousands of protesters rallied ... and police detained dozens": the sentence's place
            ActorMention where = LOCAL_SECTORS.contains(m.sector()) || opensWithPlace(sentence) ? sentencePlace(sentence, mentionsHere) : null;
            if (where != null) return List.of(m.inCountry(where.country()));
            ActorMention same = sameWordBefore(m, seen);
            if (same != null) return List.of(m.inCountry(same.country()));
            // "Israeli aircraft struck targets across Lebanon and the navy imposed a blockade": "the navy" with no
            // state named belongs to the state that acted before it in the sentence, not to the one the story is about
            if ("MIL".equals(m.sector()) && m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
                ActorMention actor = stateSubjectHere(seen, x -> true);
                if (actor != null) return List.of(m.inCountry(actor.country()));
                // "Sudan's army ... The army chief rejected talks": the state whose forces of that name were named last
                List<String> words = List.of(m.text().toLowerCase(Locale.ROOT).split(" "));
                ActorMention forces = latestSeen(seen, x -> "MIL".equals(x.mention().sector()) && x.mention().country() != null
                        && x.mention().personId() == null && words.contains(lastWord(x.mention().text())), Integer.MAX_VALUE);
                if (forces != null) return List.of(m.inCountry(forces.country()));
            }
            // "Iraq's parliament voted for a resolution calling on the government to expel foreign troops": the
            // government named with no state is that of the state whose organ is the sentence's subject
            if ("GOV".equals(m.sector()) && m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
                ActorMention organ = stateSubjectHere(seen, x -> x.sector() != null);
                if (organ != null) return List.of(m.inCountry(organ.country()));
            }
            // "police detained 40 people" in a story from France: a role with no state belongs to the state in view,
            // the one named most in the last sentences (the latest on ties)
            ActorMention place = inView(seen);
            if (place != null) return List.of(m.inCountry(place.country()));
        }
        return List.of(m);
    }

    /** "in Kazan, Russia", "at the border": a state named as a place, through an apposition or a list too. */
    private static boolean isPlace(Sentence s, int head) {
        int h = head;
        if ((s.tree().is(h, "appos") || s.tree().is(h, "conj")) && s.tree().head(h) >= 0) h = s.tree().head(h);
        if (!s.tree().is(h, "obl") && !s.tree().is(h, "nmod")) return false;
        for (int c : s.tree().children(h, "case")) {
            String w = s.token(c).lowerWord();
            if (w.equals("in") || w.equals("at") || w.equals("near")) return true;
        }
        return false;
    }

    /** A subject of this sentence so far, else of the sentences before (nearest first), else the latest fit. */
    private static ActorMention antecedent(List<List<Seen>> seen, Predicate<ActorMention> fits) {
        for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - 1 - LOOK_BACK; i--) {
            List<Seen> sentence = seen.get(i);
            for (int k = sentence.size() - 1; k >= 0; k--) {
                if (sentence.get(k).subject() && fits.test(sentence.get(k).mention())) return sentence.get(k).mention();
            }
            if (i < seen.size() - 1) {
                // "they" and "it" stand for actors, not for the places the sentence before named
                for (int k = sentence.size() - 1; k >= 0; k--) {
                    if (!sentence.get(k).place() && fits.test(sentence.get(k).mention())) return sentence.get(k).mention();
                }
            }
        }
        return latest(seen, fits, Integer.MAX_VALUE);
    }

    private static ActorMention inView(List<List<Seen>> seen) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        ActorMention best = null;
        int bestCount = 0;
        for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - 1 - LOOK_BACK; i--) {
            List<Seen> sentence = seen.get(i);
            for (int k = sentence.size() - 1; k >= 0; k--) {
                ActorMention x = sentence.get(k).mention();
                // a pronoun names its antecedent again: "he" would count a man twice against the state in view
                if (x.country() == null || x.kind() == ActorMention.Kind.DESCRIPTION || x.kind() == ActorMention.Kind.PRONOUN) continue;
                int n = counts.merge(x.country(), 1, Integer::sum);
                if (n > bestCount) {
                    bestCount = n;
                    best = x;
                }
            }
        }
        return best;
    }

    private static boolean personLike(ActorMention m) {
        return m.personId() != null || m.office() != null;
    }

    /** The latest fit named as an actor, not as the place where something happened. */
    private static ActorMention latestActor(List<List<Seen>> seen, Predicate<ActorMention> ok) {
        return latestSeen(seen, x -> !x.place() && ok.test(x.mention()), Integer.MAX_VALUE);
    }

    private static ActorMention latest(List<List<Seen>> seen, Predicate<ActorMention> ok, int sentences) {
        return latestSeen(seen, x -> ok.test(x.mention()), sentences);
    }

    /** The latest mention read in the last {@code sentences} sentences whose reading passes the test, or null. */
    private static ActorMention latestSeen(List<List<Seen>> seen, Predicate<Seen> ok, int sentences) {
        for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - sentences; i--) {
            List<Seen> sentence = seen.get(i);
            for (int k = sentence.size() - 1; k >= 0; k--) if (ok.test(sentence.get(k))) return sentence.get(k).mention();
        }
        return null;
    }

    /** The latest subject of the sentence so far that is a state or its organ (no person) and passes the test; or null. */
    private static ActorMention stateSubjectHere(List<List<Seen>> seen, Predicate<ActorMention> ok) {
        return latestSeen(seen, x -> x.subject() && x.mention().country() != null && x.mention().personId() == null
                && stateLike(x.mention()) && ok.test(x.mention()), 1);
    }

    /** "the two countries" are states or their organs, not the armed groups or opposition of one ("Houthi targets"). */
    private static boolean stateLike(ActorMention x) {
        String code = x.orgCode() == null ? "" : x.orgCode();
        return !"REB".equals(x.sector()) && !"OPP".equals(x.sector()) && !code.endsWith("REB") && !code.endsWith("OPP")
                && !code.startsWith("IMG") && !code.startsWith("IGO");
    }

    /** The latest n distinct states, in the order the text first named them ("Japan and South Korea"). */
    private static List<ActorMention> latestDistinctStates(List<List<Seen>> seen, int n) {
        List<ActorMention> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = seen.size() - 1; i >= 0 && out.size() < n; i--) {
            List<Seen> sentence = seen.get(i);
            for (int k = sentence.size() - 1; k >= 0 && out.size() < n; k--) {
                ActorMention x = sentence.get(k).mention();
                if (x.country() == null || keys.contains(x.country()) || sentence.get(k).place() || !stateLike(x)) continue;
                keys.add(x.country());
                out.add(x);
            }
        }
        List<ActorMention> first = new ArrayList<>();
        for (List<Seen> sentence : seen) {
            for (Seen x : sentence) {
                String c = x.mention().country();
                if (c != null && keys.contains(c) && first.stream().noneMatch(f -> c.equals(f.country()))) first.add(x.mention());
            }
        }
        return first;
    }
}
