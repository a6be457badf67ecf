package dyad.core.event;

import dyad.core.actor.ActorMention;
import dyad.core.model.Actor;
import dyad.core.model.Location;
import dyad.core.model.Modality;

/**
 * An event with everything the record needs, before ids and the CAMEO table's values are added: one source and one
 * target (compound actors are split before this), the code, modality, date, place, attribution, and the evidence
 * span (sentence index, character offsets into the body).
 */
public record CodedEvent(int sentence, int trigger, String triggerLemma, String code, boolean symmetric,
                         ActorMention sourceMention, ActorMention targetMention, Actor source, Actor target,
                         Modality modality, EventDate date, Location location, String attribution,
                         int start, int end, double confidence) {

    public String sourceKey() { return source.key(); }

    /** The target's key, or null for an event with no addressee ("declined to comment"). */
    public String targetKey() { return target == null ? null : target.key(); }

    public String root() { return code.substring(0, 2); }

    /** The same event on another date. */
    public CodedEvent withDate(EventDate other) {
        return new CodedEvent(sentence, trigger, triggerLemma, code, symmetric, sourceMention, targetMention, source, target,
                modality, other, location, attribution, start, end, confidence);
    }
}
