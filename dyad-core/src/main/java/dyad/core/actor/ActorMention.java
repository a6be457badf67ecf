package dyad.core.actor;

/**
 * Words in a sentence that name an actor, before resolution at a date: tokens [from, to) of sentence
 * {@code sentence}, their syntactic {@code head} token, and what the dictionaries said of them. A mention of a
 * person carries {@code personId} (several ids joined by '|' when the name is ambiguous); a state its {@code country}; an organisation its {@code orgCode}; role words
 * give {@code sector} and {@code office} (hos, hog, fm, dm). Pronouns and definite descriptions come out of the
 * finder with {@code kind} PRONOUN or DESCRIPTION and are filled in by {@link Coreference}.
 */
public record ActorMention(int sentence, int from, int to, int head, String text, Kind kind,
                           String country, String orgCode, String sector, String office, String personId) {

    public enum Kind { STATE, ORGANISATION, PERSON, ROLE, PRONOUN, DESCRIPTION }

    /** Whether the mention names someone the coder can key (a state, an organisation, a person). */
    public boolean isKnown() {
        return country != null || orgCode != null || personId != null;
    }

    /** This mention with another's identity (coreference): keeps its own words and place. */
    public ActorMention referringTo(ActorMention antecedent) {
        return new ActorMention(sentence, from, to, head, text, kind, antecedent.country, antecedent.orgCode,
                sector != null ? sector : antecedent.sector, office != null ? office : antecedent.office, antecedent.personId);
    }

    /** This description ("the group") standing for the antecedent in full, its role and office included. */
    public ActorMention standingFor(ActorMention antecedent) {
        return new ActorMention(sentence, from, to, head, text, kind, antecedent.country, antecedent.orgCode,
                antecedent.sector, antecedent.office, antecedent.personId);
    }

    public boolean covers(int token) { return token >= from && token < to; }

    /** This role description placed in a state ("police" in a story about France). */
    public ActorMention inCountry(String iso3) {
        return new ActorMention(sentence, from, to, head, text, kind, iso3, orgCode, sector, office, personId);
    }
}
