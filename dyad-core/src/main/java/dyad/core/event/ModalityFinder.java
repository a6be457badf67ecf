package dyad.core.event;

import dyad.core.model.DependencyTree;
import dyad.core.model.Modality;
import dyad.core.model.Sentence;
import dyad.core.model.Token;
import java.util.Set;

/**
 * How certain the text is about an event: walks from the trigger up through the predicates that govern it
 * ("is planning a visit", "is expected to meet", "talks ... was cancelled", "the operation would continue") to the
 * nearest reporting verb, reading auxiliaries, negation, verbs of intention, expectation, cancellation and denial,
 * and modifiers of event nouns ("the planned visit"). The cue nearest the trigger decides; negation overrides.
 */
public final class ModalityFinder {

    /**
     * The modality, whether it is negated, whether the text marks the event as lying ahead (for dating "on
     * Friday"), and whether an auxiliary decided it ("would continue") rather than a verb of intention.
     */
    public record Reading(Modality modality, boolean negated, boolean future, boolean auxiliary) {}

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    private final Cues cues;

    public ModalityFinder(Cues cues) {
        this.cues = cues;
    }

    /**
     * "said they would hold a rally on Saturday, and called on people to join them": a verb in a past form coordinated
     * with a bare verb under a modal is not under that modal (no "would called"); the parser only hung it there.
     */
    public static boolean pastBesideModal(Sentence s, int x) {
        DependencyTree tree = s.tree();
        int h = tree.head(x);
        if (h < 0 || !tree.is(x, "conj") || !tree.children(x, "aux").isEmpty()) return false;
        String tag = s.token(x).tag();
        if (!tag.equals("VBD") && !tag.equals("VBN") || !s.token(h).tag().equals("VB")) return false;
        for (int a : tree.children(h, "aux")) if (s.token(a).tag().equals("MD")) return true;
        return false;
    }

    public Reading read(Sentence s, int trigger) {
        DependencyTree tree = s.tree();
        Modality found = null;
        boolean negated = false;
        boolean future = false;
        boolean auxiliary = false;
        int x = trigger;
        boolean conjunct = false, ownAuxiliary = false;
        for (int guard = 0; guard < 10 && x >= 0; guard++) {
            Token t = s.token(x);
            // "rejected the call and accused Washington": a verb coordinated with another is not its complement, so
            // the other's own cue (reject, plan, cancel) is not this one's; their shared auxiliaries still are
            if (conjunct && (cues.ofVerb(s, x) == Cues.Kind.REPORT || ownAuxiliary)) break;
            if (x != trigger && !conjunct) {
                // a cue counts as a predicate ("planned to", "expected to", "was cancelled"), not as a noun the
                // walk passes through ("a ceasefire plan brokered by ...")
                Cues.Kind k = t.isNoun() ? null : cues.ofVerb(s, x);
                if (k == Cues.Kind.REPORT) break;
                if (k == Cues.Kind.CANCEL || k == Cues.Kind.DENY) {
                    negated = !negated;
                    future = true;
                }
                if (found == null && k != null) {
                    found = switch (k) {
                        case PLANNED -> Modality.PLANNED;
                        case EXPECTED -> Modality.EXPECTED;
                        case POSSIBLE -> Modality.POSSIBLE;
                        default -> null;
                    };
                    if (found != null) future = true;
                }
                if (k == Cues.Kind.DENY) break;
            }
            if (x == trigger && found == null && (toBeDone(s, x) || toBeDoneObject(s, x))) {
                // "the agreement to be signed on June 25", "talks to be held next week": scheduled
                found = Modality.PLANNED;
                future = true;
            }
            for (int c : tree.children(x)) {
                Token ct = s.token(c);
                String w = ct.lowerWord();
                String rel = tree.relation(c);
                if (rel.startsWith("aux")) {
                    Modality m = auxiliary(w);
                    if (m != null) {
                        if (found == null) {
                            found = m;
                            auxiliary = true;
                        }
                        future = true;
                    }
                } else if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATORS.contains(w)) {
                    negated = !negated;
                } else if (t.isNoun() && rel.startsWith("acl") && found == null && toBeDone(s, c)) {
                    // "the agreement to be signed on June 25"
                    found = Modality.PLANNED;
                    future = true;
                } else if (t.isNoun() && (rel.equals("amod") || rel.startsWith("compound"))) {
                    Cues.Kind k = cues.of(ct.lowerLemma());
                    if (k == null) k = cues.of(w);
                    if (found == null && k == Cues.Kind.PLANNED) found = Modality.PLANNED;
                    if (found == null && k == Cues.Kind.EXPECTED) found = Modality.EXPECTED;
                    if (found == null && k == Cues.Kind.POSSIBLE) found = Modality.POSSIBLE;
                    if (found != null) future = true;
                }
            }
            int h = tree.head(x);
            if (h < 0) break;
            String rel = tree.relation(x);
            boolean ownSubject = !tree.children(x, "nsubj").isEmpty() && x != trigger && s.token(x).isVerb();
            conjunct = rel.equals("conj") && s.token(x).isVerb() && s.token(h).isVerb();
            // "had not known of the raid and did not endorse it": a conjunct with an auxiliary of its own is read alone;
            // so is one in the simple past beside a participle ("denied that it had sent troops and called the report
            // biased": "called" is not under "had", the parser only hung it there)
            ownAuxiliary = conjunct && (!tree.children(x, "aux").isEmpty()
                    || s.token(x).tag().equals("VBD") && s.token(h).tag().equals("VBN") && !tree.children(h, "aux").isEmpty()
                    || pastBesideModal(s, x));
            if (rel.equals("xcomp") || rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.equals("nmod")
                    || rel.startsWith("nsubj") || rel.equals("ccomp") || rel.equals("mark")) {
                x = h;
            } else if ((rel.equals("conj") || rel.equals("advcl") || rel.equals("acl")) && tree.children(x, "nsubj").isEmpty()
                    && !ownSubject) {
                x = h;
            } else {
                // "called off the summit at which their presidents were to sign an agreement": what was to happen
                // at an occasion that was cancelled does not happen either
                if (rel.equals("acl:relcl") && s.token(h).isNoun() && cancelled(s, h)) {
                    negated = !negated;
                    future = true;
                }
                break;
            }
        }
        if (negated) return new Reading(Modality.NEGATED, true, future, auxiliary);
        return new Reading(found == null ? Modality.ASSERTED : found, false, future, auxiliary);
    }

    /** Whether the participle is a passive infinitive: "(the agreement) to be signed". */
    private static boolean toBeDone(Sentence s, int v) {
        DependencyTree tree = s.tree();
        if (!s.token(v).tag().equals("VBN")) return false;
        boolean to = false, be = false;
        for (int c : tree.children(v, "mark")) to |= s.token(c).lowerWord().equals("to");
        for (int c : tree.children(v, "aux:pass")) be |= s.token(c).lowerWord().equals("be");
        return to && be;
    }

    /** "said the agreement to be signed ...", parsed with the infinitive on the verb: the object noun is what is to be done. */
    private static boolean toBeDoneObject(Sentence s, int noun) {
        DependencyTree tree = s.tree();
        int v = tree.head(noun);
        if (!s.token(noun).isNoun() || v < 0 || !tree.is(noun, "obj")) return false;
        for (int c : tree.children(v, "xcomp")) if (c > noun && toBeDone(s, c)) return true;
        return false;
    }

    /** Whether the noun is what a verb of cancellation acts on ("called off the summit", "the summit was cancelled"). */
    private boolean cancelled(Sentence s, int noun) {
        int v = s.tree().head(noun);
        if (v < 0 || !s.token(v).isVerb()) return false;
        String rel = s.tree().relation(noun);
        return (rel.equals("obj") || rel.equals("nsubj:pass")) && cues.ofVerb(s, v) == Cues.Kind.CANCEL;
    }

    private Modality auxiliary(String w) {
        return switch (w) {
            case "will", "would", "shall", "'ll", "wo" -> Modality.PLANNED;
            case "may", "might", "could", "can", "should" -> Modality.POSSIBLE;
            default -> null;
        };
    }
}
