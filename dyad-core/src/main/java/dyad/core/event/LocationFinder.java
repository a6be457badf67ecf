package dyad.core.event;

import dyad.core.actor.ActorMention;
import dyad.core.dict.ActorDictionary;
import dyad.core.dict.Gazetteer;
import dyad.core.model.DependencyTree;
import dyad.core.model.Location;
import dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event happens, when the text says so: a place in an "in"/"at" phrase of the trigger or of the verb that
 * governs it ("met with Trump in Riyadh"), or the place visited ("visited Damascus", "a trip to Syria").
 */
public final class LocationFinder {

    private final Gazetteer gazetteer;
    private final ActorDictionary actors;

    public LocationFinder(Gazetteer gazetteer, ActorDictionary actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    public Location locate(Sentence s, List<ActorMention> mentions, EventCandidate c, int governor) {
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        for (int head : new int[] {c.trigger(), governor}) {
            if (head < 0) continue;
            for (String p : new String[] {"in", "at"}) {
                int arg = args.prepositional(head, p);
                Location l = arg < 0 ? null : place(s, mentions, arg);
                if (l != null) return l;
            }
        }
        if (c.pattern().code().startsWith("042")) {
            for (ActorMention t : c.targets()) {
                if (t.sentence() != s.index()) continue;
                Location l = place(s, mentions, t.head());
                if (l != null) return l;
            }
        }
        return null;
    }

    /**
     * The state of the place a visit goes to when the text names a town, not a state or its capital ("will visit
     * Rovaniemi on Friday": Finland), as a mention of that state over the place's words; null when the visit has a
     * target already, names no place of the gazetteer, or goes to the visitor's own state.
     */
    public ActorMention visitedState(Sentence s, List<ActorMention> mentions, EventCandidate c) {
        if (!c.pattern().code().startsWith("042") || !c.targets().isEmpty() || c.pattern().noun()) return null;
        ArgumentFinder args = new ArgumentFinder(s, mentions);
        int arg = args.object(c.trigger());
        if (arg < 0) arg = args.prepositional(c.trigger(), "to");
        if (arg < 0 || !s.token(arg).tag().startsWith("NNP")) return null;
        Location l = gazetteer.find(List.of(s.token(arg).word()));
        if (l == null || l.country() == null) return null;
        for (ActorMention source : c.sources()) if (l.country().equals(source.country())) return null;
        return new ActorMention(s.index(), arg, arg + 1, arg, s.token(arg).word(), ActorMention.Kind.STATE, l.country(),
                null, null, null, null);
    }

    /** The place named in the phrase headed by {@code arg} or its "of"/"in" phrases ("districts of Kharkiv"), or null. */
    public Location placeWithin(Sentence s, List<ActorMention> mentions, int arg) {
        if (arg < 0) return null;
        Location l = place(s, mentions, arg);
        if (l != null) return l;
        for (int c : s.tree().children(arg)) {
            if (s.tree().is(c, "nmod")) {
                l = place(s, mentions, c);
                if (l != null) return l;
            }
        }
        return null;
    }

    /** The place named by the phrase headed by {@code arg}: a gazetteer place, else a state named there. */
    private Location place(Sentence s, List<ActorMention> mentions, int arg) {
        DependencyTree tree = s.tree();
        int lo = arg, hi = arg;
        for (int c : tree.children(arg)) {
            String rel = tree.relation(c);
            if (rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("appos") || rel.equals("amod")) {
                int[] sp = tree.span(c);
                lo = Math.min(lo, sp[0]);
                hi = Math.max(hi, sp[1]);
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = lo; i <= hi; i++) words.add(s.token(i).word());
        Location l = gazetteer.find(words);
        if (l != null) return l;
        for (ActorMention m : mentions) {
            if (m.from() <= arg && arg < m.to() && m.country() != null && m.personId() == null && m.orgCode() == null) {
                return new Location(actors.countryName(m.country()), m.country(), null, null);
            }
        }
        return null;
    }
}
