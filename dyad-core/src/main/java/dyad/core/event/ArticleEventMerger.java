package dyad.core.event;

import dyad.core.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps one record per event told several times in one article ("the planned visit", "al-Sharaa's visit to
 * Washington"). Two records are one event when they join the same actors (either order for symmetric codes),
 * agree in modality (what happened, what is ahead, what did not) and date, and either share the code family
 * (a visit and its hosting; a meeting and talks; an attack and a strike) or stand in one sentence with the same
 * root (whatever their modality: "expected to meet ... to discuss") when one is the root's general code or both are
 * consultations, or are both acts of violence ("stormed southern Israel, killing ...").
 * The record kept is the first; it takes a text date, a place and an attribution from the later ones.
 */
public final class ArticleEventMerger {

    public List<CodedEvent> merge(List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) if (sameEvent(out.get(i), e)) same = i;
            if (same < 0) out.add(e);
            else out.set(same, combine(out.get(same), e));
        }
        return out;
    }

    static boolean sameEvent(CodedEvent a, CodedEvent b) {
        boolean sameDyad = Objects.equals(a.sourceKey(), b.sourceKey()) && Objects.equals(a.targetKey(), b.targetKey());
        boolean swapped = Objects.equals(a.sourceKey(), b.targetKey()) && Objects.equals(a.targetKey(), b.sourceKey());
        if (!sameDyad && !(swapped && (a.symmetric() || b.symmetric() || visitPair(a, b)))) return false;
        // within one state the actors are told apart by their codes: the army's strikes and the RSF's shelling are two
        if (Objects.equals(a.sourceKey(), a.targetKey()) && !a.symmetric() && !b.symmetric()
                && !Objects.equals(a.source().code(), b.source().code())) return false;
        boolean oneSentence = a.sentence() == b.sentence() && a.root().equals(b.root());
        // "is expected to travel ... to seek talks" is one encounter whatever each verb's modality; "students leading
        // the protests said they would hold a rally" tells a protest that is and one that is to come
        boolean oneEncounter = oneSentence && a.root().equals("04");
        if (!oneEncounter && modalityClass(a.modality()) != modalityClass(b.modality())) return false;
        if (!a.date().agreesWith(b.date())) return false;
        if (a.sentence() != b.sentence() && a.date().fromText() != b.date().fromText()) {
            // an undated mention repeats a dated event of the present or future, never a piece of history
            EventDate dated = a.date().fromText() ? a.date() : b.date();
            EventDate undated = a.date().fromText() ? b.date() : a.date();
            if (dated.to() != null && undated.from() != null && dated.to().isBefore(undated.from())) return false;
        }
        // "struck targets across Lebanon and the navy imposed a blockade": a blockade or an occupation is an act of
        // its own, not one more name for the attack beside it
        if (!a.code().equals(b.code()) && (holdsGround(a.code()) || holdsGround(b.code()))) return false;
        if (EventAnaphora.groupOf(a.code()).equals(EventAnaphora.groupOf(b.code()))) {
            // "Fighting raged ... The army carried out air strikes": fighting in general and one kind of it told later
            // are two records; the same general word again is one, and so is the same word ("struck targets ... the
            // strikes killed dozens")
            return a.sentence() == b.sentence() || a.code().equals(b.code()) || a.triggerLemma().equals(b.triggerLemma())
                    || !(a.code().equals("190") || b.code().equals("190"));
        }
        if (a.sentence() != b.sentence()) return false;
        // "stormed southern Israel, killing ...": one act of violence told by two verbs
        if (violent(a.root()) && violent(b.root())) return true;
        // "expelled the ambassador and froze trade" (166, 163) are two events; "is expected to travel to Beijing to
        // seek talks", "met ... to discuss" tell one encounter (consultations of one sentence), as a root's own code
        // ("160") says in general what a specific code of the root refines
        if (a.root().equals("04") && (meetingDuringVisit(a, b) || meetingDuringVisit(b, a))) return false;
        // "who mediated the talks, hosted the ministers": a mediation is not the meeting it brokers
        if (a.code().startsWith("045") != b.code().startsWith("045")) return false;
        return a.root().equals(b.root()) && (a.root().equals("04") || generic(a.code()) || generic(b.code()));
    }

    /** "travelled to Pyongyang and met Kim Il Sung": a meeting during a visit is an event of its own (not talks sought). */
    private static boolean meetingDuringVisit(CodedEvent visit, CodedEvent other) {
        String c = other.code();
        return EventAnaphora.groupOf(visit.code()).equals("visit")
                && (c.startsWith("040") || c.startsWith("041") || c.startsWith("044"));
    }

    /** A root's own code ("040", "160"): the action said in general, which a specific code of that root refines. */
    private static boolean generic(String code) {
        return code.length() == 3 && code.charAt(2) == '0';
    }

    /** A visit told from the host's side (043) is the visitor's visit (042) with the actors swapped. */
    private static boolean visitPair(CodedEvent a, CodedEvent b) {
        return EventAnaphora.groupOf(a.code()).equals("visit") && EventAnaphora.groupOf(b.code()).equals("visit");
    }

    /** Blockades (191) and occupations (192): force that holds ground, not blows struck. */
    private static boolean holdsGround(String code) {
        return code.startsWith("191") || code.startsWith("192");
    }

    private static int modalityClass(Modality m) {
        return m == Modality.ASSERTED ? 0 : m == Modality.NEGATED ? 2 : 1;
    }

    /** Assault, fighting and mass violence (18-20): not sanctions, arrests or protests beside them. */
    private static boolean violent(String root) {
        int r = Integer.parseInt(root);
        return r >= 18;
    }

    private static CodedEvent combine(CodedEvent keep, CodedEvent other) {
        EventDate date = keep.date().fromText() || !other.date().fromText() ? keep.date() : other.date();
        return new CodedEvent(keep.sentence(), keep.trigger(), keep.triggerLemma(), keep.code(), keep.symmetric(),
                keep.sourceMention(), keep.targetMention(), keep.source(), keep.target(), keep.modality(), date,
                keep.location() != null ? keep.location() : other.location(),
                keep.attribution() != null ? keep.attribution() : other.attribution(),
                keep.start(), keep.end(), Math.min(1.0, Math.max(keep.confidence(), other.confidence()) + 0.05));
    }
}
