package dyad.core.event;

import dyad.core.actor.ActorMention;
import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the event triggers of a sentence (verbs and nouns of the event dictionary) and their source and target
 * from the dependency tree: subject and object, prepositional targets ("met with", "strikes on"), passive agents,
 * possessors and modifiers of event nouns ("Nixon's trip", "US sanctions"), and the subject of the verb that
 * governs an event noun ("is planning a visit", "conducted talks").
 */
public final class EventFinder {

    private static final List<String> DEFAULT_VERB_TARGETS = List.of("obj", "iobj", "with", "to", "against", "on", "at", "into", "toward", "towards");
    private static final List<String> DEFAULT_NOUN_TARGETS = List.of("with", "to", "against", "on", "at", "into", "between", "toward", "towards", "of");

    private final EventPatterns patterns;
    private final Cues cues;

    public EventFinder(EventPatterns patterns, Cues cues) {
        this.patterns = patterns;
        this.cues = cues;
    }

    /** Whether the words name an event again ("The discussions ...", "the operation"), which may bring its actors. */
    public boolean hasDefiniteEventWord(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).lowerWord();
            if ((w.equals("the") || w.equals("this")) && (patterns.mayBeTriggerWord(tokens.get(i + 1).word())
                    || cues.is(tokens.get(i + 1).lowerWord(), Cues.Kind.EVENT))) return true;
        }
        return false;
    }

    /** Whether any word of the list may be a form of an event word (to skip analysing sentences with none). */
    public boolean hasTrigger(List<Token> tokens) {
        for (Token t : tokens) if (patterns.mayBeTriggerWord(t.word())) return true;
        return false;
    }

    public List<EventCandidate> find(Sentence s, List<ActorMention> mentions) {
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        List<EventCandidate> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            EventPattern p = match(s, t);
            if (p == null) continue;
            if (!p.noun() && !p.conditional() && introducesAnother(s, t.index(), p)) continue;
            if (!p.noun() && requested(s, t.index())) continue;
            // "urged both sides to start negotiations": the negotiations asked for are the appeal's, not an event
            if (p.noun() && s.tree().is(t.index(), "obj") && s.tree().head(t.index()) >= 0 && s.token(s.tree().head(t.index())).isVerb()
                    && match(s, s.token(s.tree().head(t.index()))) == null && requested(s, s.tree().head(t.index()))) continue;
            boolean nested = false;
            if (p.noun()) {
                // "met ... during a summit", "signed an agreement": the governing verb's event already says it;
                // "signed the memorandum after two hours of talks" tells of talks before the signing
                int governor = governingVerb(s, t.index());
                if (governor >= 0 && match(s, s.token(governor)) != null && !before(s, t.index(), governor)) {
                    if (s.tree().head(t.index()) == governor || measure(s, args, t.index(), argumentOf(s, t.index(), governor))) continue;
                    // "condemned the incursion as a violation of the 1974 agreement between Israel and Syria": an event
                    // named deeper down is its own when it names its own actors
                    nested = true;
                }
            }
            EventCandidate c = p.noun() ? nounEvent(s, args, t.index(), p, nested) : verbEvent(s, args, t.index(), p);
            if (c != null && nested && c.sources().isEmpty() && c.targets().isEmpty()) continue;
            if (c != null && p.told()) c = toldBy(s, args, c);
            if (c != null) out.add(c);
        }
        return out;
    }

    private EventPattern match(Sentence s, Token t) {
        DependencyTree tree = s.tree();
        String rel = tree.relation(t.index());
        List<EventPattern> list;
        if (t.isVerb() && t.tag().equals("VBG") && gerundAsNoun(rel) && !nounReading(t).isEmpty()) {
            // "Fighting between Sudan's army and the RSF raged": a gerund in a noun's place names the event as a noun
            list = nounReading(t);
        } else if (t.isVerb()) {
            if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("amod") || participleAsAdjective(s, t.index())) return null;
            list = patterns.verb(t.lowerLemma());
        } else if (t.isNoun()) {
            if (rel.startsWith("compound")) return null;
            list = patterns.noun(t.lowerLemma());
        } else if (t.tag().startsWith("JJ") && (!tree.children(t.index(), "nsubj").isEmpty() || !tree.children(t.index(), "cop").isEmpty()
                || predicative(s, t.index()))) {
            list = patterns.adjective(t.lowerLemma());
        } else {
            return null;
        }
        for (EventPattern p : list) {
            // "called on the EU to protect shipping" parsed with "on" as the mark of the clause: the particle right
            // after the verb is still the verb's
            if (p.particle() != null && !hasChild(s, t.index(), p.particle(), "compound:prt", "advmod", "obl", "obj")
                    && !hasPrepositionalChild(s, t.index(), p.particle()) && !particleNext(s, t.index(), p.particle())) continue;
            if (p.dependent() != null && p.dependent().equals("@predicate")) {
                if (!namesAs(s, t.index())) continue;
                return p;
            }
            if (p.dependent() != null && !hasChild(s, t.index(), p.dependent(), "obj", "nsubj:pass", "compound", "amod", "obl", "nmod", "xcomp")
                    && !inComplement(s, t.index(), p.dependent()) && !hasPrepositionalChild(s, t.index(), p.dependent())
                    && !(t.isVerb() && onArgumentsPhrase(s, t.index(), p.dependent()))
                    && !(t.isVerb() && (nextNoun(s, t.index(), p.dependent()) >= 0 || particleNext(s, t.index(), p.dependent())))) continue;
            return p;
        }
        return null;
    }

    /**
     * "accused the Congolese army and allied militias of attacking": a participle between "and" after an object noun
     * and its own noun is an adjective of that noun, whatever the parser made of it.
     */
    private boolean participleAsAdjective(Sentence s, int v) {
        DependencyTree tree = s.tree();
        if (!s.token(v).tag().equals("VBN") || !tree.is(v, "conj") || v < 2 || v + 1 >= s.size()) return false;
        if (!tree.children(v, "aux").isEmpty() || !tree.children(v, "aux:pass").isEmpty() || !tree.children(v, "nsubj").isEmpty()) return false;
        boolean and = s.token(v - 1).lowerWord().equals("and") || s.token(v - 1).lowerWord().equals("or");
        // "rejected the call and accused officials": after an event noun, the participle is the second verb
        boolean nounBefore = s.token(v - 2).isNoun() && (tree.is(v - 2, "obj") || tree.relation(v - 2).startsWith("obl"))
                && !isEventNoun(s, v - 2);
        boolean ownNoun = s.token(v + 1).tag().equals("NNS") && tree.head(v + 1) == v && tree.is(v + 1, "obj");
        return and && nounBefore && ownNoun;
    }

    /**
     * "called the statements 'blatant interference'", "called the report 'biased'": the verb has an object and a
     * predicate for it (a noun or an adjective hung on the verb as its complement or on the object).
     */
    private static boolean namesAs(Sentence s, int v) {
        List<Integer> objects = s.tree().children(v, "obj");
        if (objects.isEmpty()) return false;
        // "launched what it called 'anti-terrorist measures'", "condemned what it called interference": naming one's
        // own act, or the act the governing verb already codes
        for (int o : objects) if (s.token(o).tag().startsWith("W")) return false;
        if (objects.size() >= 2) return true;
        for (int c : s.tree().children(v, "xcomp")) if (s.token(c).isNoun() || s.token(c).tag().startsWith("JJ")) return true;
        for (int c : s.tree().children(objects.get(0), "dep")) if (s.token(c).isNoun() || s.token(c).tag().startsWith("JJ")) return true;
        return false;
    }

    /**
     * "recalled its own ambassador" parsed with the ambassador as another verb's object: the pattern's noun right after
     * the verb (a determiner or modifiers between, no verb) is still its object. The noun's index, or -1.
     */
    private static int nextNoun(Sentence s, int v, String lemma) {
        for (int i = v + 1; i < s.size() && i <= v + 4; i++) {
            Token t = s.token(i);
            if (t.isNoun() && isForm(t, lemma)) return i;
            if (!(t.tag().equals("DT") || t.tag().startsWith("PRP") || t.tag().startsWith("JJ") || t.tag().equals("CD")
                    || t.tag().startsWith("NN") && s.tree().is(i, "compound"))) return -1;
        }
        return -1;
    }

    private static boolean particleNext(Sentence s, int v, String particle) {
        return s.token(v).isVerb() && v + 1 < s.size() && s.token(v + 1).lowerWord().equals(particle);
    }

    private static boolean gerundAsNoun(String rel) {
        return rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("obl") || rel.equals("nmod");
    }

    /** The noun patterns of a gerund: of its own form ("shelling") if there are any, else of its lemma ("fight"). */
    private List<EventPattern> nounReading(Token t) {
        List<EventPattern> own = patterns.noun(t.lowerWord());
        return own.isEmpty() ? patterns.noun(t.lowerLemma()) : own;
    }

    /**
     * "The United States said the Syrian government was responsible", "said Russia bore ultimate responsibility":
     * the speaker accuses the trigger's subject; with no speaker in the sentence there is no event.
     */
    private EventCandidate toldBy(Sentence s, ArgumentFinder args, EventCandidate c) {
        int x = c.trigger();
        for (int guard = 0; guard < 6 && x >= 0; guard++) {
            int h = s.tree().head(x);
            if (h < 0) return null;
            if (s.token(h).isVerb() && cues.is(s.token(h).lowerLemma(), Cues.Kind.REPORT)) {
                List<ActorMention> speakers = args.mentionsOf(args.subject(h));
                if (speakers.isEmpty() || c.sources().isEmpty()) return null;
                // the saying is the act: its verb dates the accusation and decides its modality
                return new EventCandidate(c.sentence(), h, c.pattern(), speakers, c.sources(), -1, -1, false, false, List.of(), -1);
            }
            x = h;
        }
        return null;
    }

    /**
     * "asked Washington to extradite the cleric", "appealed to the United Nations to broker a ceasefire": what an
     * appeal or a demand asks for is its content, not an event that happens.
     */
    private boolean requested(Sentence s, int v) {
        int h = s.tree().head(v);
        // "urged Iran to stop", "insisted that Greece must stick to the reforms"; "calling on the government to expel
        // foreign troops" parsed with the act as an adverbial clause
        boolean toClause = s.tree().relation(v).startsWith("advcl") && s.tree().children(v, "mark").stream()
                .anyMatch(k -> s.token(k).lowerWord().equals("to"));
        if (h < 0 || !(s.tree().is(v, "xcomp") || s.tree().is(v, "ccomp") || toClause) || !s.token(h).isVerb()) return false;
        EventPattern asking = match(s, s.token(h));
        return asking != null && (asking.root().equals("02") || asking.root().equals("10"));
    }

    /** Whether the noun hangs on the verb by "after" or "following": an event of its own, before the verb's. */
    private static boolean before(Sentence s, int n, int governor) {
        int x = argumentOf(s, n, governor);
        if (!s.tree().is(x, "obl")) return false;
        for (int c : s.tree().children(x, "case")) {
            String w = s.token(c).lowerWord();
            if (w.equals("after") || w.equals("following")) return true;
        }
        return false;
    }

    /** "remained ready to continue talks", "seemed confident": an adjective that is the complement of a linking verb. */
    private static boolean predicative(Sentence s, int adjective) {
        int h = s.tree().head(adjective);
        if (h < 0 || !s.tree().is(adjective, "xcomp") || !s.token(h).isVerb()) return false;
        String lemma = s.token(h).lowerLemma();
        return lemma.equals("remain") || lemma.equals("seem") || lemma.equals("appear") || lemma.equals("stay")
                || lemma.equals("become") || lemma.equals("look") || lemma.equals("sound");
    }

    /** "vowed that Israel would face severe punishment": the dependent stands in the clause the trigger governs. */
    private static boolean inComplement(Sentence s, int head, String lemma) {
        for (int c : s.tree().children(head)) {
            if (!s.tree().is(c, "ccomp") && !s.tree().is(c, "xcomp")) continue;
            if (hasChild(s, c, lemma, "obj", "nsubj", "obl", "xcomp", "aux")) return true;
        }
        return false;
    }

    /** "called on the government": the particle of the pattern is the preposition of an argument. */
    private static boolean hasPrepositionalChild(Sentence s, int head, String preposition) {
        for (int c : s.tree().children(head)) {
            // a verb's phrase is obl, a noun's nmod ("calls for the release")
            if (!s.tree().is(c, "obl") && !(s.token(head).isNoun() && s.tree().is(c, "nmod"))) continue;
            // "what it called 'anti-terrorist measures' on Tuesday": a day or a month is no "called on"
            if (isDayOrMonth(s.token(c))) continue;
            for (int k : s.tree().children(c, "case")) if (s.token(k).lowerWord().equals(preposition)) return true;
        }
        return false;
    }

    /**
     * "placed its artillery units along the border on high alert": the parser may hang the pattern's phrase on the
     * verb's object or phrase before it; a prepositional phrase one level down still completes the verb.
     */
    private static boolean onArgumentsPhrase(Sentence s, int v, String lemma) {
        DependencyTree tree = s.tree();
        for (int c : tree.children(v)) {
            if (!tree.is(c, "obj") && !tree.relation(c).startsWith("obl")) continue;
            for (int d : tree.children(c, "nmod")) {
                if (isForm(s.token(d), lemma) && !tree.children(d, "case").isEmpty() && !lemma.equals(s.token(c).lowerLemma())) return true;
            }
        }
        return false;
    }

    private static boolean isDayOrMonth(Token t) {
        String w = t.word().toUpperCase(java.util.Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) if (d.name().equals(w)) return true;
        for (java.time.Month m : java.time.Month.values()) if (m.name().equals(w)) return true;
        return false;
    }

    /**
     * Whether the token is a form of the pattern's word: its lemma, the word itself, or its regular plural (the
     * tagger's lemmatiser leaves some plurals as they are: "troops", "arms").
     */
    private static boolean isForm(Token t, String lemma) {
        String w = t.lowerWord();
        return t.lowerLemma().equals(lemma) || w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es");
    }

    private static boolean hasChild(Sentence s, int head, String lemma, String... rels) {
        for (int c : s.tree().children(head)) {
            for (String r : rels) {
                if (s.tree().is(c, r) && isForm(s.token(c), lemma)) return true;
            }
        }
        return false;
    }

    private EventCandidate verbEvent(Sentence s, ArgumentFinder args, int v, EventPattern p) {
        boolean passive = args.passive(v);
        // "until its goals were met", "the talks were held": a consultation in the passive with no actor undergoing it
        if (passive && p.root().equals("04") && args.prepositional(v, "by") < 0
                && args.mentionsOf(args.passiveSubject(v)).isEmpty()) return null;
        int subj = args.subject(v);
        // "victims killed by the Malaysia Airlines flight crash": an accident is no actor, nor are its modifiers
        if (subj >= 0 && cues.is(s.token(subj).lowerLemma(), Cues.Kind.NATURAL)) return null;
        List<ActorMention> sources = args.mentionsOf(subj);
        List<ActorMention> targets = List.of();
        int targetToken = -1;
        String word = p.particle() != null ? p.particle() : p.dependent();
        if (word != null && particleNext(s, v, word) && args.prepositional(v, word) < 0 && args.object(v) < 0) {
            // the actor right after the particle is the one addressed: "called on the EU to protect shipping"
            ActorMention after = args.mentionStartingAt(v + 2);
            if (after != null) {
                targets = List.of(after);
                targetToken = after.head();
            }
        }
        ActorMention before = sources.isEmpty() && !passive ? args.subjectBefore(v) : null;
        if (before != null) {
            sources = List.of(before);
            // "..., a charge Israel denied": the noun before the actor is what the verb acts on
            if (before.from() > 0 && args.object(v) < 0 && isEventNoun(s, before.from() - 1)) targetToken = before.from() - 1;
        }
        sources = withCompanions(s, args, v, sources);
        List<String> slots = p.targets().isEmpty() ? DEFAULT_VERB_TARGETS : p.targets();
        for (String slot : slots) {
            if (!targets.isEmpty()) break;
            int arg = slot(args, v, slot, passive);
            if (arg < 0) continue;
            if (targetToken < 0) targetToken = arg;
            targets = args.mentionsOf(arg, sources);
            if (!targets.isEmpty()) {
                targetToken = arg;
                break;
            }
        }
        if (p.received()) {
            // "Georgian demonstrators received weapons from the government": the giver acts on the receiver; the
            // parser may hang "from" on the thing received
            List<ActorMention> giver = targets;
            if (giver.isEmpty() && args.object(v) >= 0) giver = args.mentionsOf(args.prepositional(args.object(v), "from"), sources);
            if (giver.isEmpty()) return null;
            targets = sources;
            sources = giver;
        }
        int sourceEvent = sources.isEmpty() && subj >= 0 && isEventNoun(s, subj) ? subj : -1;
        // "evidence against Russia was presented by the US": in the passive the object is the subject
        int obj = passive && args.object(v) < 0 ? args.passiveSubject(v) : args.object(v);
        if (obj < 0 && p.dependent() != null) obj = nextNoun(s, v, p.dependent());
        if (targets.isEmpty() && obj >= 0 && !patterns.noun(s.token(obj).lowerLemma()).isEmpty()) {
            // "ratified an agreement with the EU", "endorsed a deal with Iran": the event noun names the other side
            EventPattern named = patterns.noun(s.token(obj).lowerLemma()).get(0);
            List<String> nounSlots = (named.targets().isEmpty() ? DEFAULT_NOUN_TARGETS : named.targets()).stream()
                    .filter(slot -> !slot.equals("of")).toList();
            int arg = onNoun(args, obj, nounSlots, sources);
            if (arg >= 0) {
                targets = args.mentionsOf(arg, sources);
                targetToken = arg;
            }
        }
        if (targets.isEmpty() && obj >= 0 && p.dependent() != null && isForm(s.token(obj), p.dependent())) {
            // "issued warrants for two men", "presented evidence against Russia": the pattern's noun carries the
            // preposition that names the target
            int arg = onNoun(args, obj, slots, sources);
            if (arg >= 0) {
                targets = args.mentionsOf(arg, sources);
                targetToken = arg;
            } else {
                // "provided support for the operation": the noun's phrase names the event it is given to
                for (String slot : slots) {
                    int named = args.prepositional(obj, slot);
                    if (named >= 0 && isEventNoun(s, named)) {
                        targetToken = named;
                        break;
                    }
                }
            }
        }
        if (p.joins() && targetToken >= 0 && !patterns.noun(s.token(targetToken).lowerLemma()).isEmpty()) {
            // taking part in an event is doing it: "took part in the strikes" codes the strikes
            EventPattern joined = patterns.noun(s.token(targetToken).lowerLemma()).get(0);
            return new EventCandidate(s.index(), v, joined, sources, List.of(), sourceEvent, targetToken, false, true,
                    modifiers(s, args, targetToken), targetToken);
        }
        int targetEvent = targets.isEmpty() && targetToken >= 0 && isEventNoun(s, targetToken) ? targetToken : -1;
        return new EventCandidate(s.index(), v, p, sources, targets, sourceEvent, targetEvent, false, false,
                targetEvent >= 0 ? modifiers(s, args, targetEvent) : List.of(), targetToken);
    }

    /** "met the president together with the EU's foreign policy chief": whoever acts together with the subject acts too. */
    private static List<ActorMention> withCompanions(Sentence s, ArgumentFinder args, int v, List<ActorMention> sources) {
        if (sources.isEmpty()) return sources;
        List<ActorMention> out = new ArrayList<>(sources);
        for (int c : s.tree().children(v, "obl")) {
            boolean with = false, together = false;
            for (int d : s.tree().children(c)) {
                String w = s.token(d).lowerWord();
                with |= s.tree().is(d, "case") && w.equals("with");
                together |= s.tree().is(d, "advmod") && w.equals("together");
            }
            if (with && together) for (ActorMention m : args.mentionsOf(c)) if (!out.contains(m)) out.add(m);
        }
        return out;
    }

    /** The first prepositional phrase of the noun, in slot order, that names an actor other than the sources; or -1. */
    private static int onNoun(ArgumentFinder args, int noun, List<String> slots, List<ActorMention> sources) {
        for (String slot : slots) {
            if (slot.equals("obj") || slot.equals("iobj") || slot.equals("ccomp")) continue;
            int arg = args.prepositional(noun, slot);
            if (!args.mentionsOf(arg, sources).isEmpty()) return arg;
        }
        return -1;
    }

    private static int slot(ArgumentFinder args, int v, String slot, boolean passive) {
        return switch (slot) {
            case "obj" -> {
                int o = passive ? args.passiveSubject(v) : args.object(v);
                // "a charge Israel denied": the relative clause's object is the noun it modifies
                if (o < 0 && !passive && args.tree().relation(v).equals("acl:relcl")) o = args.tree().head(v);
                yield o;
            }
            case "iobj" -> args.tree().children(v, "iobj").isEmpty() ? -1 : args.tree().children(v, "iobj").get(0);
            case "ccomp" -> {
                List<Integer> c = args.tree().children(v, "ccomp");
                if (c.isEmpty()) yield -1;
                List<Integer> subj = args.tree().children(c.get(0), "nsubj");
                yield subj.isEmpty() ? -1 : subj.get(0);
            }
            default -> args.prepositional(v, slot);
        };
    }

    /** The event a noun names; {@code ownOnly}: its actors only from the noun's own phrase, none from its verb. */
    private EventCandidate nounEvent(Sentence s, ArgumentFinder args, int n, EventPattern p, boolean ownOnly) {
        DependencyTree tree = s.tree();
        List<ActorMention> sources = new ArrayList<>();
        // possessor and modifiers: "Nixon's trip", "US sanctions", "Syria-Israel talks", "the Israeli strikes"
        for (int c : tree.children(n)) {
            String rel = tree.relation(c);
            if (rel.equals("nmod:poss") || rel.startsWith("compound") || rel.equals("amod")) sources.addAll(args.mentionsOf(c));
        }
        int agent = args.prepositional(n, "by");
        if (sources.isEmpty() && agent >= 0) sources.addAll(args.mentionsOf(agent));
        List<ActorMention> targets = List.of();
        int targetToken = -1;
        boolean between = false;
        List<String> slots = p.targets().isEmpty() ? DEFAULT_NOUN_TARGETS : p.targets();
        int governor = ownOnly ? -1 : governingVerb(s, n);
        for (String slot : slots) {
            int arg = args.prepositional(n, slot);
            if (arg < 0 && governor >= 0 && !slot.equals("of") && !slot.equals("between")) arg = args.prepositional(governor, slot);
            if (arg < 0 && !slot.equals("of")) arg = prepositionalOfModifier(args, n, slot);
            if (arg < 0) continue;
            List<ActorMention> found = args.mentionsOf(arg, sources);
            if (targetToken < 0) targetToken = arg;
            if (found.isEmpty()) continue;
            if (slot.equals("between") && sources.isEmpty() && found.size() >= 2) {
                sources.add(found.get(0));
                targets = found.subList(1, found.size());
                between = true;
            } else {
                targets = found;
            }
            targetToken = arg;
            break;
        }
        if (targets.isEmpty() && governor >= 0 && cues.is(s.token(governor).lowerLemma(), Cues.Kind.LIGHT)) {
            // "engaged Filipino peacekeepers in a firefight": the light verb's object is the other side
            List<ActorMention> found = args.mentionsOf(args.object(governor), sources);
            if (!found.isEmpty() && args.object(governor) != n) targets = found;
        }
        int sourceEvent = -1;
        if (governor >= 0 && !sources.isEmpty() && sources.stream().allMatch(m -> m.kind() == ActorMention.Kind.PRONOUN)
                && actsThrough(s, args, n, governor)) {
            // "X raised its tariffs": the possessive points at the clause's own subject
            List<ActorMention> subj = args.mentionsOf(args.subject(governor));
            if (!subj.isEmpty()) sources = new ArrayList<>(subj);
        }
        if (sources.isEmpty() && governor >= 0 && actsThrough(s, args, n, governor)) {
            int subj = args.subject(governor);
            // a passive governor's subject is the event noun itself or what was acted on, not the actor
            if (subj >= 0 && subj != n && !tree.dominates(n, subj)) {
                sources.addAll(args.mentionsOf(subj));
                if (sources.isEmpty() && isEventNoun(s, subj)) sourceEvent = subj;
            }
        }
        int targetEvent = targets.isEmpty() && targetToken >= 0 && isEventNoun(s, targetToken) ? targetToken : -1;
        return new EventCandidate(s.index(), n, p, sources, targets, sourceEvent, targetEvent, between, false,
                targetEvent >= 0 ? modifiers(s, args, targetEvent) : List.of(), targetToken);
    }

    /**
     * "a complaint with the trade commission over the quotas": the parser may hang the event noun's phrase on the
     * noun phrase before it; the first such phrase one level down.
     */
    private static int prepositionalOfModifier(ArgumentFinder args, int n, String slot) {
        for (int c : args.tree().children(n, "nmod")) {
            if (args.tree().relation(c).equals("nmod:poss")) continue;
            int arg = args.prepositional(c, slot);
            if (arg >= 0) return arg;
        }
        return -1;
    }

    /**
     * "agreed to hold talks", "decided to expel": a verb of intention whose complement is itself an event is only the
     * plan of that event (coded there, as planned), unless saying it is the act (pledges 03, appeals 02, threats 13).
     */
    private boolean introducesAnother(Sentence s, int v, EventPattern p) {
        if (cues.of(s.token(v).lowerLemma()) != Cues.Kind.PLANNED) return false;
        String root = p.root();
        if (root.equals("02") || root.equals("03") || root.equals("13")) return false;
        for (int c : s.tree().children(v, "xcomp")) {
            if (match(s, s.token(c)) != null) return true;
            // "agreed to resume talks": the complement's object is the event
            for (int o : s.tree().children(c, "obj")) if (match(s, s.token(o)) != null) return true;
        }
        return false;
    }

    /**
     * Whether the governing verb's subject is the actor of the event noun: "held talks", "is planning a visit",
     * "announced tariffs", "took part in the talks"; not "remove the threat" or "feared an attack".
     */
    private boolean actsThrough(Sentence s, ArgumentFinder args, int n, int governor) {
        int x = argumentOf(s, n, governor);
        String rel = s.tree().relation(x);
        Cues.Kind k = cues.ofVerb(s, governor);
        boolean carrier = k == Cues.Kind.LIGHT || k == Cues.Kind.PLANNED || k == Cues.Kind.EXPECTED
                || k == Cues.Kind.POSSIBLE || k == Cues.Kind.REPORT;
        if (rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp")) return carrier;
        // "ended two days of talks", "held hours of talks": a measure of the event in place of its object
        if ((rel.equals("obl:tmod") || rel.equals("obl:npmod")) && measure(s, args, n, x)) return carrier;
        String p = args.caseOf(x);
        // "took part in the talks", "engaged in a series of clashes"; not "said, in response to weeks of attacks"
        if (x != n && !(s.token(x).isNoun() && !patterns.noun(s.token(x).lowerLemma()).isEmpty()) && !measure(s, args, n, x)) return false;
        // "signed the memorandum after two hours of talks", "agreed during talks in Geneva": the signers talked
        boolean around = (p.equals("after") || p.equals("during") || p.equals("following")) && k != Cues.Kind.REPORT
                && patterns.noun(s.token(n).lowerLemma()).stream().anyMatch(EventPattern::symmetric);
        return rel.startsWith("obl") && (p.equals("in") || p.equals("into") || p.equals("at") || around);
    }

    /** The child of the governor on the path down to the noun. */
    private static int argumentOf(Sentence s, int n, int governor) {
        int x = n;
        while (s.tree().head(x) != governor && s.tree().head(x) >= 0) x = s.tree().head(x);
        return x;
    }

    /** Whether the event noun hangs on x only through "of"-phrases of measures ("a series of clashes", "waves of strikes"). */
    private boolean measure(Sentence s, ArgumentFinder args, int n, int x) {
        for (int y = n; y != x; y = s.tree().head(y)) {
            if (y < 0 || !(s.tree().is(y, "nmod") && args.caseOf(y).equals("of") || s.tree().is(y, "conj"))) return false;
            // "a violation of the agreement" names an event of its own; "hundreds of strikes", "a series of clashes" do not
            int h = s.tree().head(y);
            if (s.tree().is(y, "nmod") && !(cues.is(s.token(h).lowerLemma(), Cues.Kind.MEASURE) || isEventNoun(s, h))) return false;
        }
        return true;
    }

    /**
     * The verb whose argument the event noun is, walking up through "of"-phrases ("launched waves of strikes")
     * and noun chains ("an announcement of Syria's entry"), or -1. A noun that is the subject of its verb
     * ("The visit follows ...") has no governing verb: the verb's subject is the noun itself.
     */
    int governingVerb(Sentence s, int n) {
        DependencyTree tree = s.tree();
        int x = n;
        for (int guard = 0; guard < 6; guard++) {
            int h = tree.head(x);
            if (h < 0) return -1;
            String rel = tree.relation(x);
            if (rel.startsWith("nsubj") || rel.equals("root") || rel.startsWith("acl") || rel.equals("appos")) return -1;
            if (s.token(h).isVerb()) return rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.equals("xcomp") ? h : -1;
            if (!(rel.equals("nmod") || rel.equals("conj"))) return -1;
            // "a complaint against the tariffs": the tariffs belong to the complaint, not to its verb
            if (s.token(h).isNoun() && !patterns.noun(s.token(h).lowerLemma()).isEmpty()) return -1;
            x = h;
        }
        return -1;
    }

    /** The actors named on an event noun: its possessor and modifiers ("the Israeli strikes", "Ottawa's tariffs"). */
    private static List<ActorMention> modifiers(Sentence s, ArgumentFinder args, int noun) {
        List<ActorMention> out = new ArrayList<>();
        for (int c : s.tree().children(noun)) {
            String rel = s.tree().relation(c);
            if (rel.equals("nmod:poss") || rel.startsWith("compound") || rel.equals("amod")) out.addAll(args.mentionsOf(c));
        }
        return out;
    }

    /** Whether a token is a noun that names an event (a trigger noun, or an event word like "operation"). */
    boolean isEventNoun(Sentence s, int t) {
        Token tok = s.token(t);
        return tok.isNoun() && (!patterns.noun(tok.lowerLemma()).isEmpty() || cues.is(tok.lowerLemma(), Cues.Kind.EVENT));
    }
}
