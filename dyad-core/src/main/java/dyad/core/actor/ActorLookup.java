package dyad.core.actor;

import dyad.core.dict.ActorDictionary;
import dyad.core.model.Actor;
import dyad.core.model.Sentence;
import dyad.core.nlp.NlpPipeline;
import java.time.LocalDate;
import java.util.List;

/**
 * Resolves a short actor text on its own ("Syria's foreign minister", "Vladimir Putin", "Hamas fighters") to the
 * actor object of SPEC section 2 at a date: the mentions found in it are combined, a person or an organisation
 * taking the lead and role words and states filling in sector and country. Backs {@code dyad actor}.
 */
public final class ActorLookup {

    private final NlpPipeline nlp;
    private final MentionFinder finder;
    private final ActorResolver resolver;

    public ActorLookup(NlpPipeline nlp, ActorDictionary dictionary) {
        this.nlp = nlp;
        this.finder = new MentionFinder(dictionary);
        this.resolver = new ActorResolver(dictionary);
    }

    /** The actor the text names at the date (null date: the latest known role), or null when it names none. */
    public Actor lookup(String text, LocalDate date) {
        if (text == null || text.isBlank()) return null;
        String country = null, org = null, sector = null, office = null, person = null;
        ActorMention first = null;
        for (Sentence s : nlp.analyse(text, t -> true)) {
            for (ActorMention m : finder.find(s, text)) {
                if (m.kind() == ActorMention.Kind.PRONOUN) continue;
                if (first == null) first = m;
                if (person == null && m.personId() != null) person = m.personId();
                if (org == null && m.orgCode() != null) org = m.orgCode();
                if (country == null && m.country() != null) country = m.country();
                if (sector == null && m.sector() != null) sector = m.sector();
                if (office == null && m.office() != null) office = m.office();
            }
        }
        if (first == null) return null;
        ActorMention combined = new ActorMention(0, 0, 1, 0, text.strip(), first.kind(), country, org, sector, office, person);
        if (!combined.isKnown()) {
            return sector == null ? null : new Actor(text.strip(), null, null, sector, sector);
        }
        return resolver.resolve(combined, date, date);
    }

    /** Several texts at once, in order. */
    public List<Actor> lookupAll(List<String> texts, LocalDate date) {
        return texts.stream().map(t -> lookup(t, date)).toList();
    }
}
