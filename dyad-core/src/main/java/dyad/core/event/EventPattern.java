package dyad.core.event;

import java.util.List;

/**
 * One line of the event dictionary (resource dyad/dict/events.tsv): a trigger word (a verb or a noun lemma), an
 * optional condition on it (a particle, "back down"; or a dependent's lemma, "take part", "air strike"), the CAMEO
 * code it gives, where its target is found (slots: "obj", "iobj", "ccomp" (the subject of the clause it governs),
 * or prepositions "with", "to", "on", ...), and flags: symmetric (one record, the actor named first is the source),
 * the code when negated ("would not back down" is 124, refuse to yield), and the code when the event happens in a
 * third state (a meeting abroad: 044); reactive (aimed at an earlier act: its doer is the target); joins (taking
 * part in the event named by the object: "took part in the strikes"); told (what a speaker says of the trigger's
 * subject: "said the government was responsible" is the speaker's accusation of the government); received (the subject
 * receives what the target slot's actor gives: "received weapons from the government" is the government's aid to it).
 */
public record EventPattern(String lemma, boolean noun, String particle, String dependent, String code,
                           List<String> targets, boolean symmetric, String negatedCode, String thirdPlaceCode,
                           boolean reactive, boolean joins, boolean told, boolean received) {

    /** Whether the pattern asks more of the trigger than its lemma (such patterns are tried first). */
    public boolean conditional() { return particle != null || dependent != null; }

    public String root() { return code.substring(0, 2); }
}
