package dyad.core.event;

import dyad.core.actor.ActorMention;
import java.util.List;

/**
 * A trigger with the actors the sentence gives it. {@code sources}/{@code targets} may hold several mentions
 * (compound actors: one record each later). When an argument is itself an event ("the discussions are aimed at",
 * "a complaint against the tariffs") its token is kept in {@code sourceEvent}/{@code targetEvent} (-1 when none)
 * so that the actors of that earlier event can stand in. {@code joins}: the source takes part in that event
 * ("had not taken part in the Israeli strikes"): the record is the event's own code against its target.
 * {@code eventActors}: the actors named on that earlier event's noun ("the Israeli strikes": Israel), to find it.
 * {@code targetToken}: the head of the phrase where the target was looked for (-1 when none), for places there.
 */
public record EventCandidate(int sentence, int trigger, EventPattern pattern, List<ActorMention> sources,
                             List<ActorMention> targets, int sourceEvent, int targetEvent, boolean between,
                             boolean joins, List<ActorMention> eventActors, int targetToken) {

    public EventCandidate {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        eventActors = List.copyOf(eventActors);
    }

    public EventCandidate withActors(List<ActorMention> newSources, List<ActorMention> newTargets) {
        return new EventCandidate(sentence, trigger, pattern, newSources, newTargets, sourceEvent, targetEvent, between, joins, eventActors, targetToken);
    }
}
