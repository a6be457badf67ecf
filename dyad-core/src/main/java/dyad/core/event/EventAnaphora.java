package dyad.core.event;

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
 * the one other actor of its sentence, or of the sentence before in the same paragraph.
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

        public void add(CodedEvent e) { events.add(e); }
    }

    /** A candidate with its actors filled in, and the earlier event it repeats (null when it is new). */
    public record Completion(EventCandidate candidate, CodedEvent repeats) {}

    public Completion complete(EventCandidate c, Sentence s, List<ActorMention> sentenceMentions,
                               List<ActorMention> previousSentence, Memory memory) {
        List<ActorMention> sources = c.sources();
        List<ActorMention> targets = c.targets();
        if (sources.isEmpty() && targets.isEmpty()) {
            boolean self = c.sourceEvent() < 0 && definite(s, c.trigger());
            int event = c.sourceEvent() >= 0 ? c.sourceEvent() : self ? c.trigger() : -1;
            CodedEvent a = event < 0 ? null : latest(memory, group(s.token(event).lowerLemma()));
            if (a == null) return new Completion(c, null);
            return new Completion(c.withActors(List.of(a.sourceMention()), List.of(a.targetMention())), self ? a : null);
        }
        if (sources.isEmpty()) return new Completion(c, null);
        if (targets.isEmpty() && c.targetEvent() >= 0) {
            String lemma = s.token(c.targetEvent()).lowerLemma();
            CodedEvent a = latest(memory, group(lemma));
            if (a != null) {
                List<ActorMention> t = new ArrayList<>();
                t.add(a.sourceMention());
                if (isConflict(a.code()) && cues.is(lemma, Cues.Kind.EVENT)) t.add(a.targetMention());
                List<String> own = keys(sources);
                t.removeIf(m -> own.contains(key(m)));
                if (!t.isEmpty()) return new Completion(c.withActors(sources, t), null);
            }
        }
        boolean pair = sources.size() >= 2 && targets.isEmpty();
        if (targets.isEmpty() && !pair) {
            List<ActorMention> others = others(sentenceMentions, sources, s);
            if (others.isEmpty() && previousSentence != null) others = others(previousSentence, sources, null);
            if (others.size() == 1 || (c.pattern().code().startsWith("045") && !others.isEmpty())) {
                return new Completion(c.withActors(sources, others), null);
            }
        }
        return new Completion(c, null);
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

    private static CodedEvent latest(Memory memory, String group) {
        if (group == null) return null;
        for (int i = memory.events.size() - 1; i >= 0; i--) {
            CodedEvent e = memory.events.get(i);
            if (groupOf(e.code()).equals(group)) return e;
        }
        return null;
    }

    /** Distinct known actors of a sentence other than the sources, leaving out the places of "in"/"at" phrases. */
    private List<ActorMention> others(List<ActorMention> mentions, List<ActorMention> sources, Sentence s) {
        Map<String, ActorMention> byKey = new LinkedHashMap<>();
        List<String> sourceKeys = keys(sources);
        for (ActorMention m : mentions) {
            String k = key(m);
            if (k == null || sourceKeys.contains(k)) continue;
            if (s != null && isPlace(s, m)) continue;
            byKey.putIfAbsent(k, m);
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<String> keys(List<ActorMention> ms) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : ms) out.add(key(m));
        return out;
    }

    private static boolean isPlace(Sentence s, ActorMention m) {
        DependencyTree tree = s.tree();
        int h = m.head();
        if (!tree.is(h, "obl") && !tree.is(h, "nmod")) return false;
        for (int c : tree.children(h, "case")) {
            String w = s.token(c).lowerWord();
            if (w.equals("in") || w.equals("at") || w.equals("from")) return true;
        }
        return false;
    }

    private static String key(ActorMention m) {
        if (m.country() != null) return m.country();
        return m.orgCode() == null ? null : m.orgCode().substring(0, Math.min(3, m.orgCode().length()));
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
