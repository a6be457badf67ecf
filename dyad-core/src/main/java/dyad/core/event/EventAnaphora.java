package dyad.core.event;

import static dyad.core.event.ArgumentFinder.key;

import dyad.core.actor.ActorMention;
import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in actors the sentence does not name. An event named again ("The discussions ... are aimed at reaching an
 * agreement", "the operation would continue", "The planned visit") takes the actors of the latest event of its
 * kind; an act aimed at an earlier act ("a complaint against the tariffs", "a charge Israel denied") targets that
 * act's doer, or both sides of a conflict ("condemned the escalation"); an event with a source but no target takes
 * the one other actor of its clause or sentence, or else the actor's counterpart in the article so far.
 */
public final class EventAnaphora {

    private final Cues cues;
    private final EventPatterns patterns;

    public EventAnaphora(Cues cues, EventPatterns patterns) {
        this.cues = cues;
        this.patterns = patterns;
    }

    /** The events coded so far in one article, in order. */
    public static final class Memory {
        private final List<CodedEvent> events = new ArrayList<>();
        /** The author of each text named so far ("a report by U.N. experts"), by the text's lemma; the latest wins. */
        private final Map<String, ActorMention> authors = new LinkedHashMap<>();

        public void add(CodedEvent e) { events.add(e); }
    }

    /** The author noted for a text noun ("the report" after "a report by U.N. experts"), or null. */
    public ActorMention authorOf(Sentence s, int text, Memory memory) {
        return cues.namesText(s.token(text)) ? memory.authors.get(s.token(text).lowerLemma()) : null;
    }

    /** Notes the authors the sentence gives its texts: "a report by U.N. experts", "Rwanda's allegations". */
    public void readAuthors(Sentence s, List<ActorMention> mentions, Memory memory) {
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        for (int t = 0; t < s.size(); t++) {
            if (!cues.namesText(s.token(t))) continue;
            int by = args.prepositional(t, "by");
            List<ActorMention> who = by >= 0 ? args.mentionsOf(by) : List.of();
            if (who.isEmpty()) for (int c : s.tree().children(t, "nmod:poss")) who = args.mentionsOf(c);
            for (ActorMention m : who) {
                if (key(m) == null || m.kind() == ActorMention.Kind.PRONOUN) continue;
                memory.authors.put(s.token(t).lowerLemma(), m);
                break;
            }
        }
    }

    /** A candidate with its actors filled in, and the earlier event it repeats (null when it is new). */
    public record Completion(EventCandidate candidate, CodedEvent repeats) {}

    /**
     * @param speaker the actor on whose word the sentence reports, or null: an event word with no actor in reported
     *                speech ("Netanyahu said the war would resume") is the speaker's, against its counterpart
     */
    public Completion complete(EventCandidate c, Sentence s, List<ActorMention> sentenceMentions, Memory memory,
                               ActorMention speaker) {
        List<ActorMention> sources = pairs(c.sources(), memory);
        List<ActorMention> targets = pairs(c.targets(), memory);
        c = c.withActors(sources, targets);
        String speakerKey = speaker == null ? null : key(speaker);
        CodedEvent again = namedAgain(c, s, memory);
        if (again != null) return new Completion(c.withActors(List.of(again.sourceMention()), List.of(again.targetMention())), again);
        if (sources.isEmpty() && targets.isEmpty()) {
            boolean self = c.sourceEvent() < 0 && definite(s, c.trigger());
            int event = c.sourceEvent() >= 0 ? c.sourceEvent() : self ? c.trigger() : -1;
            CodedEvent a = event < 0 ? null : latestNamed(memory, s.token(event).lowerLemma(), speakerKey);
            // "held talks with the Houthis on ending the war": who talks about a war is not who fights it
            if (a != null && !self && isConflict(c.pattern().code()) && !isConflict(a.code())) a = null;
            if (a == null && event >= 0 && speaker != null && reportedDirectly(s, c.trigger())) {
                ActorMention other = counterpart(memory, key(speaker));
                if (other != null) return new Completion(c.withActors(List.of(speaker), List.of(other)), null);
            }
            // nor is a war hoped or feared by one side with its counterpart
            if ((a == null || a.targetMention() == null) && c.pattern().symmetric() && !isConflict(c.pattern().code())) {
                EventCandidate hoped = hopedBy(c, s, sentenceMentions, memory);
                if (hoped != null) return new Completion(hoped, null);
            }
            if (a == null || a.targetMention() == null) return new Completion(c, null);
            return new Completion(c.withActors(List.of(a.sourceMention()), List.of(a.targetMention())), self ? a : null);
        }
        if (sources.isEmpty()) return new Completion(c, null);
        if (targets.isEmpty() && c.targetEvent() >= 0) {
            String lemma = s.token(c.targetEvent()).lowerLemma();
            String named = c.eventActors().isEmpty() ? null : key(c.eventActors().get(0));
            CodedEvent a = latestNamed(memory, lemma, named);
            if (a != null && a.targetMention() == null) a = null;
            boolean peace = false;
            if (a == null && group(lemma) != null && group(lemma).startsWith("08")) {
                // "called for an immediate ceasefire", "urged a truce": aimed at the sides of the fighting so far
                a = latest(memory, "conflict", null);
                peace = a != null && a.targetMention() != null;
                if (!peace) a = null;
            }
            if (a != null && c.joins()) {
                List<String> own = keys(sources);
                ActorMention t = a.targetMention();
                if (!own.contains(key(t))) return new Completion(c.withActors(sources, List.of(t)), null);
            } else if (a != null) {
                List<ActorMention> t = new ArrayList<>();
                t.add(a.sourceMention());
                // "condemned the escalation", "called for a ceasefire": both sides; "condemned the incursion": its doer
                if (isConflict(a.code()) && (peace || mutual(lemma))) t.add(a.targetMention());
                // of one state, actors of different kinds stay apart: "a charge Colombo rejected" answers the rebels
                List<ActorMention> own = new ArrayList<>(sources);
                t.removeIf(m -> own.stream().anyMatch(x -> sameActor(x, m)) || !own.add(m));
                if (!t.isEmpty()) return new Completion(c.withActors(sources, t), null);
            }
        }
        if (targets.isEmpty() && c.pattern().reactive() && c.targetToken() >= 0) {
            // "called the report 'biased'" after "a report by U.N. experts": aimed at the text's author
            ActorMention author = authorOf(s, c.targetToken(), memory);
            if (author != null && !keys(sources).contains(key(author))) return new Completion(c.withActors(sources, List.of(author)), null);
        }
        if (targets.isEmpty() && isConflict(c.pattern().code()) && sources.size() == 1 && insurgent(sources.get(0))) {
            // "RSF fighters shelled the airport": an armed group's force is aimed at whom it has been fighting, its own
            // state's army too (its state's key alone cannot tell them apart)
            ActorMention enemy = enemyOf(memory, sources.get(0));
            if (enemy != null) return new Completion(c.withActors(sources, List.of(enemy)), null);
        }
        // "police detained dozens", "arrested hundreds of people": coercion of people the text does not name is
        // coercion at home (the record builder makes them the state's own people), not of some actor nearby
        if (targets.isEmpty() && coercesPeople(c.pattern().code()) && c.targetToken() >= 0) return new Completion(c, null);
        // "declared a nationwide state of emergency": a measure over the state's own people, aimed at no one else
        if (targets.isEmpty() && c.pattern().code().startsWith("1724")) return new Completion(c, null);
        if (targets.isEmpty() && !sources.isEmpty()) {
            // "placed its artillery on high alert in response to joint U.S.-South Korean drills": aimed at those who
            // did what it answers
            List<ActorMention> answered = answered(c, s, sentenceMentions, sources);
            if (!answered.isEmpty()) return new Completion(c.withActors(sources, answered), null);
        }
        if (targets.isEmpty()) {
            List<ActorMention> governing = purposeOf(c, s, memory, sources);
            if (!governing.isEmpty()) return new Completion(c.withActors(sources, governing), null);
        }
        // "both parliaments need to ratify": the two sides of a pair act towards each other
        boolean pair = (c.pattern().symmetric() || sidesOfOnePair(sources)) && sources.size() >= 2 && targets.isEmpty();
        if (targets.isEmpty() && !pair) {
            List<ActorMention> others = others(inClause(s, c.trigger(), sentenceMentions), sources, s);
            if (others.isEmpty()) others = others(sentenceMentions, sources, s);
            if (others.size() == 1 || (c.pattern().code().startsWith("045") && !others.isEmpty())) {
                return new Completion(c.withActors(sources, others), null);
            }
            if (sources.size() == 1) {
                // the actor's counterpart in this article, if the sentence names no one else or names it among others
                ActorMention other = counterpart(memory, key(sources.get(0)));
                // "in support of Azerbaijan": the beneficiary named here is not the counterpart aimed at
                boolean forOther = other != null && sentenceMentions.stream().anyMatch(m -> isBeneficiary(s, m) && java.util.Objects.equals(key(m), key(other)));
                if (other != null && !forOther && (others.isEmpty() || keys(others).contains(key(other)))) {
                    return new Completion(c.withActors(sources, List.of(other)), null);
                }
            }
        }
        return new Completion(c, null);
    }

    /**
     * "met with Assad on Tuesday to discuss efforts to counter Islamic State militants": an event in the purpose
     * clause of an event already coded, by the same source, is aimed at that event's targets (what is discussed is
     * the topic, not the partner).
     */
    private static List<ActorMention> purposeOf(EventCandidate c, Sentence s, Memory memory, List<ActorMention> sources) {
        List<String> own = keys(sources);
        List<ActorMention> out = new ArrayList<>();
        for (CodedEvent e : governing(c, s, memory)) {
            if (e.targetMention() == null || !own.contains(e.sourceKey())) continue;
            if (out.stream().noneMatch(m -> java.util.Objects.equals(key(m), e.targetKey()))) out.add(e.targetMention());
        }
        return out;
    }

    /** The actors of the act an "in response to" phrase of the trigger names, other than the sources; or none. */
    private static List<ActorMention> answered(EventCandidate c, Sentence s, List<ActorMention> mentions, List<ActorMention> sources) {
        DependencyTree tree = s.tree();
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        for (int r : tree.children(c.trigger())) {
            if (!tree.relation(r).startsWith("obl") || !s.token(r).lowerLemma().equals("response") || !args.caseOf(r).equals("in")) continue;
            int act = args.prepositional(r, "to");
            if (act < 0) continue;
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention m : args.mentionsOf(act, sources)) {
                if (key(m) != null && out.stream().noneMatch(o -> key(o).equals(key(m)))) out.add(m);
            }
            return out;
        }
        return List.of();
    }

    /**
     * "summoned the Russian ambassador on Tuesday to demand an explanation", "summoned the envoy to protest": what a
     * summons is for is the summons itself, not a second demand or complaint.
     */
    public static boolean servesSummons(EventCandidate c, Sentence s, Memory memory) {
        int root = Integer.parseInt(c.pattern().root());
        if (root < 10 || root > 13) return false;
        return governing(c, s, memory).stream().anyMatch(e -> e.code().startsWith("114"));
    }

    /** The events already coded on the verb whose purpose clause ("to discuss", "to demand") holds the candidate. */
    private static List<CodedEvent> governing(EventCandidate c, Sentence s, Memory memory) {
        DependencyTree tree = s.tree();
        int t = c.trigger();
        int head = tree.head(t);
        if (head < 0 || !(tree.is(t, "xcomp") || tree.relation(t).startsWith("advcl")) || tree.children(t, "mark").isEmpty()) return List.of();
        if (!s.token(tree.children(t, "mark").get(0)).lowerWord().equals("to")) return List.of();
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : memory.events) if (e.sentence() == s.index() && e.trigger() == head) out.add(e);
        return out;
    }

    /**
     * "the Argentine government announced the trip", "spoke by telephone to prepare the visit": a definite event noun
     * whose actors, if the sentence gives any, are among those of the latest event of its kind is that event again.
     */
    private CodedEvent namedAgain(EventCandidate c, Sentence s, Memory memory) {
        if (!c.pattern().noun() || !definite(s, c.trigger()) || c.sources().isEmpty() && c.targets().isEmpty()) return null;
        CodedEvent a = latestNamed(memory, s.token(c.trigger()).lowerLemma(), null);
        if (a == null || a.targetMention() == null) return null;
        List<String> parties = List.of(String.valueOf(a.sourceKey()), String.valueOf(a.targetKey()));
        for (ActorMention m : c.sources()) if (!parties.contains(key(m))) return null;
        for (ActorMention m : c.targets()) if (!parties.contains(key(m))) return null;
        return a;
    }

    /**
     * "both delegations expressed optimism that an agreement could be signed", "he remained confident that a deal
     * could be reached": an agreement or talks with no actor of their own, in a clause about what an actor hopes or
     * fears, are between that actor (or the two it names) and its counterpart.
     */
    private EventCandidate hopedBy(EventCandidate c, Sentence s, List<ActorMention> mentions, Memory memory) {
        DependencyTree tree = s.tree();
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        int x = c.trigger();
        for (int guard = 0; guard < 5 && x >= 0; guard++) {
            String rel = tree.relation(x);
            int h = tree.head(x);
            if (h < 0) return null;
            if (rel.equals("ccomp") || rel.startsWith("acl")) {
                int holder = s.token(h).isNoun() && tree.head(h) >= 0 && tree.is(h, "obj") ? tree.head(h) : h;
                // what someone says is told, not hoped: reported speech has its own rule (the speaker's counterpart)
                if (cues.is(s.token(holder).lowerLemma(), Cues.Kind.REPORT)) return null;
                List<ActorMention> who = args.mentionsOf(args.subject(holder));
                List<String> distinct = new ArrayList<>();
                List<ActorMention> sides = new ArrayList<>();
                for (ActorMention m : who) if (key(m) != null && !distinct.contains(key(m))) {
                    distinct.add(key(m));
                    sides.add(m);
                }
                if (sides.size() >= 2) return c.withActors(List.of(sides.get(0)), sides.subList(1, sides.size()));
                if (sides.size() == 1) {
                    ActorMention other = counterpart(memory, distinct.get(0));
                    return other == null ? null : c.withActors(sides, List.of(other));
                }
                return null;
            }
            x = h;
        }
        return null;
    }

    private boolean namesEvent(String lemma) {
        return cues.is(lemma, Cues.Kind.EVENT) || !patterns.noun(lemma).isEmpty();
    }

    /** Whether the actors are the two sides named by one pair description ("both sides", "the two countries"). */
    public static boolean sidesOfOnePair(List<ActorMention> sources) {
        return sources.size() == 2 && sources.stream().allMatch(m -> "pair".equals(m.office()));
    }

    /** A word for violence between two sides ("escalation", "fighting": cue group 19), not one side's act. */
    private boolean mutual(String lemma) {
        return cues.is(lemma, Cues.Kind.EVENT) && "19".equals(cues.group(lemma));
    }

    /** A rebel or insurgent group ("RSF fighters", "the M23"). */
    private static boolean insurgent(ActorMention m) {
        return "REB".equals(m.sector()) || m.orgCode() != null && m.orgCode().endsWith("REB");
    }

    /** The latest other side of a conflict event the group took part in, told apart by organisation and sector; or null. */
    private static ActorMention enemyOf(Memory memory, ActorMention group) {
        for (int i = memory.events.size() - 1; i >= 0; i--) {
            CodedEvent e = memory.events.get(i);
            if (!isConflict(e.code()) || e.targetMention() == null || e.modality() != dyad.core.model.Modality.ASSERTED) continue;
            if (sameGroup(e.sourceMention(), group) && !sameGroup(e.targetMention(), group)) return e.targetMention();
            if (sameGroup(e.targetMention(), group) && !sameGroup(e.sourceMention(), group)) return e.sourceMention();
        }
        return null;
    }

    private static boolean sameGroup(ActorMention a, ActorMention b) {
        if (a.orgCode() != null || b.orgCode() != null) return java.util.Objects.equals(a.orgCode(), b.orgCode());
        return java.util.Objects.equals(key(a), key(b)) && java.util.Objects.equals(a.sector(), b.sector());
    }

    /** Arrests and violent repression (173, 175): acts on people, whom the text often leaves unnamed. */
    public static boolean coercesPeople(String code) {
        return code.startsWith("173") || code.startsWith("175");
    }

    /** The kind of event a word names, as a code group: visits, talks, agreements, conflict, else its code. */
    private String group(String lemma) {
        String g = cues.group(lemma);
        if (g == null) {
            List<EventPattern> p = patterns.noun(lemma);
            if (p.isEmpty()) return null;
            g = p.get(0).code();
        }
        return groupOf(g);
    }

    static String groupOf(String code) {
        String c3 = code.length() >= 3 ? code.substring(0, 3) : code;
        if (c3.equals("042") || c3.equals("043")) return "visit";
        if (c3.equals("040") || c3.equals("041") || c3.equals("044") || c3.equals("046")) return "talk";
        if (isConflict(code)) return "conflict";
        return c3;
    }

    private static boolean isConflict(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * The latest event a noun names again: "condemned the strikes" after "struck targets ... in response to attacks by
     * the group" means the strikes, so an event told by the same word comes before any other of its kind.
     */
    private CodedEvent latestNamed(Memory memory, String lemma, String preferredSource) {
        String group = group(lemma);
        // the word outweighs the speaker: "Lebanese police said the strikes killed dozens" are the Israeli strikes
        CodedEvent same = latest(memory, group, preferredSource, e -> lemma.equals(e.triggerLemma()));
        return same != null ? same : latest(memory, group, preferredSource);
    }

    /**
     * The latest event of a group, preferring one whose source has the given key (the speaker's own operation,
     * the strikes an adjective names); a conflict word never points back at something that did not happen.
     */
    private static CodedEvent latest(Memory memory, String group, String preferredSource) {
        return latest(memory, group, preferredSource, e -> true);
    }

    /** As {@link #latest(Memory, String, String)}, among the events that also pass the test. */
    private static CodedEvent latest(Memory memory, String group, String preferredSource, java.util.function.Predicate<CodedEvent> ok) {
        if (group == null) return null;
        CodedEvent any = null;
        for (int i = memory.events.size() - 1; i >= 0; i--) {
            CodedEvent e = memory.events.get(i);
            if (!groupOf(e.code()).equals(group) || !ok.test(e)) continue;
            if (group.equals("conflict") && e.modality() == dyad.core.model.Modality.NEGATED) continue;
            if (preferredSource == null || preferredSource.equals(e.sourceKey())) return e;
            if (any == null) any = e;
        }
        return any;
    }

    /**
     * "both sides", "the two countries": the two parties of the latest conflict or symmetric exchange that happened,
     * when there is one; else the two states coreference found.
     */
    private static List<ActorMention> pairs(List<ActorMention> mentions, Memory memory) {
        if (mentions.stream().noneMatch(m -> "pair".equals(m.office()))) return mentions;
        for (int i = memory.events.size() - 1; i >= 0; i--) {
            CodedEvent e = memory.events.get(i);
            if (e.modality() != dyad.core.model.Modality.ASSERTED || e.targetMention() == null) continue;
            if (!isConflict(e.code()) && !e.symmetric()) continue;
            if (e.sourceMention().country() == null || e.targetMention().country() == null) continue;
            ActorMention first = mentions.stream().filter(m -> "pair".equals(m.office())).findFirst().orElseThrow();
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention m : mentions) if (!"pair".equals(m.office())) out.add(m);
            for (ActorMention party : List.of(e.sourceMention(), e.targetMention())) {
                out.add(new ActorMention(first.sentence(), first.from(), first.to(), first.head(), first.text(),
                        ActorMention.Kind.DESCRIPTION, party.country(), party.orgCode(), null, "pair", null));
            }
            return out;
        }
        return mentions;
    }

    /** Whether the trigger stands in the reported clause itself, not in a clause of time or a relative clause. */
    private boolean reportedDirectly(Sentence s, int trigger) {
        DependencyTree tree = s.tree();
        for (int x = trigger, guard = 0; x >= 0 && guard < 10; x = tree.head(x), guard++) {
            if (x != trigger && cues.is(s.token(x).lowerLemma(), Cues.Kind.REPORT)) return true;
            String rel = tree.relation(x);
            if (rel.startsWith("advcl") || rel.startsWith("acl")) return false;
        }
        return false;
    }

    /** The actor most often on the other side of the actor's events so far in the article (latest on ties), or null. */
    private static ActorMention counterpart(Memory memory, String key) {
        if (key == null) return null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ActorMention> mentionOf = new LinkedHashMap<>();
        for (CodedEvent e : memory.events) {
            ActorMention other = key.equals(e.sourceKey()) ? e.targetMention() : key.equals(e.targetKey()) ? e.sourceMention() : null;
            if (e.targetMention() == null) continue;
            if (other == null || key(other) == null) continue;
            counts.merge(key(other), 1, Integer::sum);
            mentionOf.put(key(other), other);
        }
        String best = null;
        for (Map.Entry<String, Integer> en : counts.entrySet()) if (best == null || en.getValue() >= counts.get(best)) best = en.getKey();
        return best == null ? null : mentionOf.get(best);
    }

    /** The mentions inside the trigger's own clause (the subtree of the nearest verb at or above it). */
    private static List<ActorMention> inClause(Sentence s, int trigger, List<ActorMention> mentions) {
        int clause = trigger;
        while (clause >= 0 && !s.token(clause).isVerb()) clause = s.tree().head(clause);
        if (clause < 0) return mentions;
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) if (m.sentence() == s.index() && s.tree().dominates(clause, m.head())) out.add(m);
        return out;
    }

    /** Distinct known actors of a sentence other than the sources, leaving out the places of "in"/"at" phrases. */
    private List<ActorMention> others(List<ActorMention> mentions, List<ActorMention> sources, Sentence s) {
        Map<String, ActorMention> byKey = new LinkedHashMap<>();
        List<String> sourceKeys = keys(sources);
        for (ActorMention m : mentions) {
            String k = key(m);
            if (k == null || sourceKeys.contains(k)) continue;
            if (isPlace(s, m) || isSpeaker(s, m) || isBeneficiary(s, m)) continue;
            byKey.putIfAbsent(k, m);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "closed the border in support of Azerbaijan", "on behalf of the Palestinians": whom an act is done for is not
     * whom it is aimed at.
     */
    private static boolean isBeneficiary(Sentence s, ActorMention m) {
        DependencyTree tree = s.tree();
        int h = tree.head(m.head());
        if (h < 0 || !tree.is(m.head(), "nmod") || !tree.relation(h).startsWith("obl")) return false;
        String noun = s.token(h).lowerLemma();
        if (!noun.equals("support") && !noun.equals("behalf") && !noun.equals("solidarity")) return false;
        for (int c : tree.children(h, "case")) if (s.token(c).lowerWord().equals("in") || s.token(c).lowerWord().equals("on")) return true;
        return false;
    }

    /** "..., South Korea's military said": who tells of an event is not its target. */
    private boolean isSpeaker(Sentence s, ActorMention m) {
        int h = s.tree().head(m.head());
        return h >= 0 && s.tree().relation(m.head()).startsWith("nsubj") && cues.is(s.token(h).lowerLemma(), Cues.Kind.REPORT);
    }

    private static List<String> keys(List<ActorMention> ms) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : ms) out.add(key(m));
        return out;
    }

    private boolean isPlace(Sentence s, ActorMention m) {
        DependencyTree tree = s.tree();
        int h = m.head();
        // "in the Rwandan capital": a state named by a modifier of the place noun ("in the Israeli strikes" is no place)
        while ((tree.is(h, "amod") || tree.is(h, "compound")) && tree.head(h) >= 0 && s.token(tree.head(h)).isNoun()
                && !namesEvent(s.token(tree.head(h)).lowerLemma())) h = tree.head(h);
        if (!tree.is(h, "obl") && !tree.is(h, "nmod")) return false;
        for (int c : tree.children(h, "case")) {
            String w = s.token(c).lowerWord();
            if (w.equals("in") || w.equals("at") || w.equals("from")) return true;
        }
        return false;
    }

    /** One state's actors of two named kinds (its government, its rebels) are two; a state and its unnamed part are one. */
    private static boolean sameActor(ActorMention a, ActorMention b) {
        return java.util.Objects.equals(key(a), key(b)) && (a.sector() == null || b.sector() == null || a.sector().equals(b.sector()));
    }

    /** "the discussions", "this visit", "Al-Sharaa's visit" is not: a determiner that points back. */
    private static boolean definite(Sentence s, int noun) {
        for (int c : s.tree().children(noun, "det")) {
            String w = s.token(c).lowerWord();
            if (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these") || w.equals("those")) return true;
        }
        return false;
    }
}
