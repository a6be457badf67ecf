package dyad.core.dict;

/**
 * What a dictionary phrase stands for. {@code kind} says which dictionary it came from; the other fields are
 * null where they do not apply: a state's name or demonym or metonym carries {@code country}; an organisation its
 * {@code code} (and country and sector when it belongs to a state); a person their {@code personId}; a role word
 * its {@code sector} and {@code head} (hos, hog, fm, dm: which office it names).
 */
public record LexEntry(Kind kind, String country, String code, String sector, String head, String personId) {

    public enum Kind { STATE, DEMONYM, METONYM, ORGANISATION, PERSON, ROLE }

    public boolean isState() { return kind == Kind.STATE || kind == Kind.DEMONYM || kind == Kind.METONYM; }
}
