package dyad.core.event;

import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import java.util.List;

/**
 * On whose word an event is reported: the subject of the reporting verb whose complement holds the trigger
 * ("Diplomatic sources in Damascus told ..."; "..., officials said"), the source of "learned from" and
 * "according to" phrases. Returns the words as written, or null when the article speaks in its own voice.
 */
public final class AttributionFinder {

    private final Cues cues;

    public AttributionFinder(Cues cues) {
        this.cues = cues;
    }

    /** The attribution phrase, whether it is a bare pronoun ("they said") the caller may replace, and its head token. */
    public record Attribution(String text, boolean pronoun, int head) {}

    public Attribution find(Sentence s, String body, int trigger) {
        DependencyTree tree = s.tree();
        int x = trigger;
        for (int guard = 0; guard < 12 && x >= 0; guard++) {
            Attribution a = according(s, body, x);
            if (a != null) return a;
            for (int c : tree.children(x)) {
                if (tree.relation(c).equals("parataxis") && cues.is(s.token(c).lowerLemma(), Cues.Kind.REPORT)) {
                    Attribution p = speaker(s, body, c);
                    if (p != null) return p;
                }
            }
            if (x != trigger && cues.is(s.token(x).lowerLemma(), Cues.Kind.REPORT)) {
                Attribution p = speaker(s, body, x);
                if (p != null) return p;
            }
            x = tree.head(x);
        }
        return null;
    }

    private Attribution according(Sentence s, String body, int head) {
        ArgumentFinder args = new ArgumentFinder(s, List.of());
        for (int c : s.tree().children(head)) {
            String rel = s.tree().relation(c);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && args.caseOf(c).equals("according to")) return phrase(s, body, c);
        }
        return null;
    }

    private Attribution speaker(Sentence s, String body, int verb) {
        DependencyTree tree = s.tree();
        if (s.token(verb).lowerLemma().equals("learn")) {
            // "has learned from senior diplomatic sources that ...": the parser may hang the "from" phrase lower
            ArgumentFinder args = new ArgumentFinder(s, List.of());
            int[] span = tree.span(verb);
            for (int t = span[0]; t <= span[1]; t++) {
                if ((tree.is(t, "obl") || tree.is(t, "nmod")) && args.caseOf(t).equals("from")) return phrase(s, body, t);
            }
        }
        for (int c : tree.children(verb)) {
            if (tree.relation(c).equals("nsubj")) return phrase(s, body, c);
        }
        return null;
    }

    private static Attribution phrase(Sentence s, String body, int head) {
        DependencyTree tree = s.tree();
        int lo = head, hi = head;
        for (int c : tree.children(head)) {
            String rel = tree.relation(c);
            if (rel.equals("case") || rel.equals("punct") || rel.startsWith("acl") || rel.equals("cc")) continue;
            int[] sp = tree.span(c);
            lo = Math.min(lo, sp[0]);
            hi = Math.max(hi, sp[1]);
        }
        String text = body.substring(s.token(lo).begin(), s.token(hi).end());
        return new Attribution(text, s.token(head).tag().startsWith("PRP") && lo == hi, head);
    }
}
