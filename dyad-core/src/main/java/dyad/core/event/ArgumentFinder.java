package dyad.core.event;

import dyad.core.actor.ActorMention;
import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads arguments off the dependency tree: a verb's subject (inherited through control, coordination and
 * non-finite clauses, and through relative pronouns), its object, its prepositional phrases; and the actor
 * mentions that make up an argument phrase ("its allies, including the United States": the United States;
 * "Iranian nuclear and military sites": Iran; "Damascus and Tel Aviv": both).
 */
final class ArgumentFinder {

    private static final int NONE = -1;

    private final Sentence s;
    private final DependencyTree tree;
    private final List<ActorMention> mentions;

    ArgumentFinder(Sentence s, List<ActorMention> mentions) {
        this.s = s;
        this.tree = s.tree();
        this.mentions = mentions;
    }

    boolean passive(int verb) {
        return !tree.children(verb, "nsubj:pass").isEmpty() || !tree.children(verb, "aux:pass").isEmpty()
                || (tree.relation(verb).equals("acl") && s.token(verb).tag().equals("VBN"));
    }

    /** The subject token of a verb (its agent when passive), inherited where the clause has none; -1 if none. */
    int subject(int verb) {
        return subject(verb, 0);
    }

    private int subject(int verb, int depth) {
        if (depth > 8) return NONE;
        if (passive(verb)) {
            int agent = prepositional(verb, "by");
            if (agent != NONE) return agent;
            // raising: "al-Sharaa is expected to meet", "the talks are aimed at reaching": the passive subject
            // is the subject of the clause below
            if (depth > 0) {
                List<Integer> ps = tree.children(verb, "nsubj:pass");
                if (!ps.isEmpty()) return relativeAntecedent(ps.get(0), verb);
            }
            // "in which 20 soldiers were killed": a passive with no agent does not say who acted, and the clause
            // it hangs on does not either
            if (depth == 0 && !tree.children(verb, "nsubj:pass").isEmpty()) return NONE;
        } else {
            for (int c : tree.children(verb)) {
                if (tree.relation(c).equals("nsubj") || tree.relation(c).equals("csubj")) return relativeAntecedent(c, verb);
            }
        }
        int head = tree.head(verb);
        if (head < 0) return NONE;
        String rel = tree.relation(verb);
        // "is due to travel" parsed as a clausal complement: an infinitive with no subject of its own is controlled
        boolean infinitive = rel.equals("ccomp") && markOf(verb).equals("to") && tree.children(verb, "nsubj").isEmpty();
        if (rel.equals("xcomp") || infinitive) {
            // object control: "urged both sides to show restraint", "helped Israel (to) shoot down"
            List<Integer> obj = tree.children(head, "obj");
            if (!obj.isEmpty() && !s.token(head).tag().startsWith("NN")) return obj.get(0);
            // "appealed to the United Nations to broker", "called on Iran to stop": the addressee acts
            int addressee = prepositional(head, "to") >= 0 ? prepositional(head, "to") : prepositional(head, "on");
            if (addressee >= 0 && s.token(head).isVerb() && !mentionsOf(addressee).isEmpty()) return addressee;
            return s.token(head).isVerb() || s.token(head).tag().startsWith("JJ") ? subject(head, depth + 1) : NONE;
        }
        boolean gerund = (rel.startsWith("obl") || rel.equals("advcl")) && s.token(verb).tag().equals("VBG");
        if (gerund && (caseOf(verb).equals("of") || caseOf(verb).equals("for") || markOf(verb).equals("of") || markOf(verb).equals("for"))) {
            // object control: "accused Israel of delaying", "praised Qatar for brokering"
            List<Integer> obj = tree.children(head, "obj");
            if (!obj.isEmpty()) return obj.get(0);
        }
        if (rel.equals("conj") || rel.equals("advcl") || rel.equals("dep") || gerund) {
            return s.token(head).isVerb() || s.token(head).tag().startsWith("JJ") ? subject(head, depth + 1) : NONE;
        }
        if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
            // "leaders attending the summit": the modified noun acts; "officials to discuss" and "a truce
            // brokered by Qatar" say nothing sure of who acts (the agent, if any, was taken above)
            return s.token(verb).tag().equals("VBG") ? head : NONE;
        }
        return NONE;
    }

    /** The passive subject (what was acted on), or -1. */
    int passiveSubject(int verb) {
        List<Integer> c = tree.children(verb, "nsubj:pass");
        if (!c.isEmpty()) return relativeAntecedent(c.get(0), verb);
        if (tree.relation(verb).equals("acl") && s.token(verb).tag().equals("VBN")) return tree.head(verb);
        return NONE;
    }

    /** "the United States, which raised ...": the relative pronoun stands for the noun its clause modifies. */
    private int relativeAntecedent(int subj, int verb) {
        String tag = s.token(subj).tag();
        // the parser sometimes hangs a relative clause on its noun as "dep" ("Saudi Arabia, which has held talks")
        boolean relative = tree.relation(verb).equals("acl:relcl")
                || tree.relation(verb).equals("dep") && tree.head(verb) >= 0 && s.token(tree.head(verb)).isNoun();
        if ((tag.equals("WDT") || tag.equals("WP") || s.token(subj).lowerWord().equals("that")) && relative) {
            return tree.head(verb);
        }
        return subj;
    }

    int object(int verb) {
        List<Integer> c = tree.children(verb, "obj");
        if (!c.isEmpty()) return c.get(0);
        return NONE;
    }

    /** The first child of {@code head} (obl or nmod) introduced by the preposition, or -1. */
    int prepositional(int head, String preposition) {
        for (int c : tree.children(head)) {
            String rel = tree.relation(c);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod"))) continue;
            if (rel.equals("nmod:poss") || rel.equals("obl:tmod")) continue;
            if (caseOf(c).equals(preposition)) return c;
        }
        return NONE;
    }

    /** The subordinating word ("after", "to", "of") marking the clause headed by c, or "". */
    String markOf(int c) {
        for (int k : tree.children(c, "mark")) return s.token(k).lowerWord();
        return "";
    }

    /** The preposition (lower case, multi-word joined by a blank) that introduces token c, or "". */
    String caseOf(int c) {
        StringBuilder b = new StringBuilder();
        for (int k : tree.children(c)) {
            if (tree.is(k, "case")) {
                if (b.length() > 0) b.append(' ');
                b.append(s.token(k).lowerWord());
                for (int f : tree.children(k, "fixed")) b.append(' ').append(s.token(f).lowerWord());
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * "a charge Israel denied" parsed as appositions: a finite verb whose subject names no actor, right after an actor
     * the parser hung elsewhere than as anyone's subject or object; that actor is the subject. Null when there is none.
     */
    ActorMention subjectBefore(int verb) {
        if (verb == 0 || !tree.children(verb, "nsubj:pass").isEmpty()) return null;
        String tag = s.token(verb).tag();
        if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) return null;
        for (ActorMention m : mentions) {
            if (!m.isKnown() || m.to() != verb) continue;
            String rel = tree.relation(m.head());
            return rel.equals("appos") || rel.equals("dep") || rel.equals("compound") || rel.startsWith("nmod") && !rel.equals("nmod:poss") ? m : null;
        }
        return null;
    }

    /** The known mention that begins at the token, or after a "the" there; null when none does. */
    ActorMention mentionStartingAt(int token) {
        for (ActorMention m : mentions) {
            if (m.isKnown() && (m.from() == token || m.from() == token + 1 && token < s.size() && s.token(token).lowerWord().equals("the"))) return m;
        }
        return null;
    }

    /**
     * The actor mentions of the phrase headed by {@code arg}: the ones nearest its head, where coordination
     * ("Israel and Iran") and apposition add equals and modifiers and "of"-phrases are one step further.
     */
    List<ActorMention> mentionsOf(int arg) {
        return mentionsOf(arg, List.of());
    }

    /**
     * As {@link #mentionsOf(int)}, passing over the given actors themselves ("consulting its allies": not "its"),
     * but not other actors of their state ("French police arrested protesters").
     */
    List<ActorMention> mentionsOf(int arg, List<ActorMention> exclude) {
        if (arg < 0) return List.of();
        java.util.Set<String> excluded = new java.util.HashSet<>();
        // an actor is its state, its sector and its organisation: the army and the RSF's commander are two actors
        for (ActorMention m : exclude) if (key(m) != null) excluded.add(identity(m));
        int best = Integer.MAX_VALUE;
        List<ActorMention> out = new ArrayList<>();
        int[] cost = new int[s.size()];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        Deque<Integer> queue = new ArrayDeque<>();
        cost[arg] = 0;
        queue.add(arg);
        // the mention the head word belongs to is one unit: its other words' conjuncts are its equals
        for (ActorMention m : mentions) {
            if (!m.isKnown() || arg < m.from() || arg >= m.to()) continue;
            for (int k = m.from(); k < m.to(); k++) {
                if (k != arg && cost[k] != 0) {
                    cost[k] = 0;
                    queue.add(k);
                }
                // "US and British activists" parses British as the conjunct of US: the conjunct's head is its equal
                int h = tree.head(k);
                if (tree.relation(k).equals("conj") && h >= 0 && (h < m.from() || h >= m.to()) && cost[h] != 0) {
                    cost[h] = 0;
                    queue.add(h);
                }
            }
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            for (int c : tree.children(t)) {
                int step = step(c);
                if (step < 0) continue;
                if (cost[t] + step < cost[c]) {
                    cost[c] = cost[t] + step;
                    queue.add(c);
                }
            }
        }
        for (ActorMention m : mentions) {
            if (!m.isKnown()) continue;
            if (excluded.contains(identity(m)) || m.kind() == ActorMention.Kind.PRONOUN && excluded.stream().anyMatch(k -> k.startsWith(key(m) + "/"))) continue;
            int c = Integer.MAX_VALUE;
            for (int k = m.from(); k < m.to(); k++) c = Math.min(c, cost[k]);
            if (c == Integer.MAX_VALUE) continue;
            if (c < best) {
                best = c;
                out.clear();
            }
            if (c == best) out.add(m);
        }
        for (ActorMention m : List.copyOf(out)) {
            for (ActorMention shared : sharingTheHead(m)) {
                if (!excluded.contains(identity(shared)) && out.stream().noneMatch(o -> o.from() == shared.from())) out.add(shared);
            }
        }
        return out;
    }

    /**
     * "the Armenian and Turkish foreign ministers", "Russian and Belarusian banks": a state adjective coordinated
     * with one inside a mention shares that mention's head, so it is an actor of the same kind in its own state.
     */
    private List<ActorMention> sharingTheHead(ActorMention m) {
        if (m.country() == null || m.personId() != null || m.orgCode() != null) return List.of();
        List<ActorMention> out = new ArrayList<>();
        for (int k = m.from(); k < m.to(); k++) {
            if (k == m.head() || !s.token(k).tag().startsWith("JJ") && !s.token(k).isProperNoun()) continue;
            List<Integer> coordinated = new ArrayList<>(tree.children(k, "conj"));
            if (tree.is(k, "conj") && tree.head(k) >= 0) coordinated.add(tree.head(k));
            for (int c : coordinated) {
                if (m.covers(c)) continue;
                for (ActorMention o : mentions) {
                    if (!o.covers(c) || o.covers(m.head()) || o.kind() != ActorMention.Kind.STATE || o.country() == null
                            || o.country().equals(m.country()) || o.sector() != null || o.to() - o.from() != 1) continue;
                    out.add(new ActorMention(o.sentence(), o.from(), o.to(), o.head(), o.text(), m.kind(), o.country(), null,
                            m.sector(), m.office(), null));
                }
            }
        }
        return out;
    }

    /** How far a dependent lies from its head within one argument phrase; -1 for clause boundaries. */
    private int step(int c) {
        String rel = tree.relation(c);
        if (rel.equals("conj") || rel.startsWith("flat")) return 0;
        // "The African Union's envoy, former Nigerian President Olusegun Obasanjo": an apposition names the same
        // actor again, as the phrase's head has it when the head names one
        if (rel.startsWith("compound") || rel.equals("appos") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("dep")) return 1;
        // "fighters loyal to Libya's new government", "militias allied to Moscow": whom they stand for
        if (rel.equals("obl") && tree.head(c) >= 0 && tree.is(tree.head(c), "amod") && caseOf(c).equals("to")) return 2;
        if (rel.equals("nmod") || rel.equals("nmod:npmod")) {
            String p = caseOf(c);
            return p.equals("of") || p.equals("including") || p.equals("from") || p.isEmpty() ? 2 : -1;
        }
        return -1;
    }

    private static String identity(ActorMention m) {
        return key(m) + "/" + m.sector() + "/" + (m.orgCode() == null ? "" : m.orgCode());
    }

    /** An actor mention's key as records have it: its state, else the first three letters of its code (shared with EventAnaphora). */
    static String key(ActorMention m) {
        if (m.country() != null) return m.country();
        return m.orgCode() == null ? null : m.orgCode().substring(0, Math.min(3, m.orgCode().length()));
    }

    DependencyTree tree() { return tree; }
}
