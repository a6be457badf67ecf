package dyad.core.event;

import dyad.core.model.Sentence;

/**
 * "Islamabad was ready to resume talks", "Moscow is willing to negotiate": saying one is ready to do a cooperative act
 * is itself the event, the CAMEO code of intent to do it (03x), asserted, as pledges and offers are (SPEC section 3).
 */
public final class IntentCodes {

    private final Cues cues;

    public IntentCodes(Cues cues) {
        this.cues = cues;
    }

    /** The intent code for the trigger, when it is the complement of a word of readiness; else null. */
    public String of(Sentence s, int trigger, String code) {
        int v = trigger;
        // "ready to resume talks": the event noun is the object of the verb that is ready to happen
        if (s.token(v).isNoun() && s.tree().is(v, "obj") && s.tree().head(v) >= 0) v = s.tree().head(v);
        if (!s.token(v).isVerb() || !s.tree().is(v, "xcomp")) return null;
        int h = s.tree().head(v);
        if (h < 0 || !cues.is(s.token(h).lowerLemma(), Cues.Kind.WILLING) && !cues.is(s.token(h).lowerWord(), Cues.Kind.WILLING)) return null;
        // "was ready to", "is prepared to"; not "the leader prepared to attend" (getting ready is no statement)
        if (!s.token(h).tag().startsWith("JJ") && s.tree().children(h, "cop").isEmpty() && s.tree().children(h, "aux:pass").isEmpty()) return null;
        return intentFor(code);
    }

    /** CAMEO's 03 code for the intent to do an act of the code's root, or null for roots with no such code. */
    static String intentFor(String code) {
        if (code.startsWith("045")) return "039";
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> null;
        };
    }
}
