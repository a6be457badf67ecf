package dyad.core.actor;

import dyad.core.dict.ActorDictionary;
import dyad.core.dict.Person;
import dyad.core.model.Actor;
import java.time.LocalDate;

/**
 * Turns a mention into the actor object of SPEC section 2 at the date of the event, not of the article: a person's
 * role is the one held then (Clinton visiting Damascus in 1994 is USAGOV; the same man in 2025 is USAELI, a former
 * leader). Dates are intervals (a year, a month, a day): a role held at any time within it counts.
 */
public final class ActorResolver {

    private final ActorDictionary dictionary;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The actor a mention stands for during [from, to]; null dates mean "unknown": the latest role applies. */
    public Actor resolve(ActorMention m, LocalDate from, LocalDate to) {
        if (!m.isKnown()) return null;
        if (m.personId() != null) return person(m, from, to);
        String country = m.country();
        String sector = m.sector();
        String code;
        String name;
        if (m.orgCode() != null) {
            code = m.orgCode();
            name = null;
        } else {
            code = country + (sector == null ? "" : sector);
            name = dictionary.countryName(country);
        }
        if (m.office() != null && country != null && m.orgCode() == null && from != null) {
            Person holder = dictionary.people().holder(country, m.office(), from);
            if (holder != null) name = holder.name();
        }
        return new Actor(m.text(), name, country, sector, code);
    }

    /** Of the people a name may stand for, the one holding a role in the period, else the first. */
    private Person bearer(String ids, LocalDate from, LocalDate to) {
        String[] all = ids.split("\\|");
        Person first = null;
        for (String id : all) {
            Person p = dictionary.people().get(id);
            if (p == null) continue;
            if (first == null) first = p;
            if (from == null) continue;
            LocalDate end = to == null ? from : to;
            if (p.spellAt(from) != null || p.spellAt(end) != null || p.spellAt(mid(from, end)) != null) return p;
        }
        return first;
    }

    private Actor person(ActorMention m, LocalDate from, LocalDate to) {
        Person p = bearer(m.personId(), from, to);
        if (p == null) return null;
        Person.Spell spell = null;
        LocalDate at = from;
        if (from != null) {
            LocalDate end = to == null ? from : to;
            for (LocalDate d : new LocalDate[] {from, mid(from, end), end}) {
                Person.Spell s = p.spellAt(d);
                if (s != null) {
                    spell = s;
                    break;
                }
            }
        } else if (!p.spells().isEmpty()) {
            spell = p.spells().get(p.spells().size() - 1);
        }
        if (spell != null) {
            String code = spell.code();
            String country = code.length() >= 3 && Character.isLetter(code.charAt(0)) && !code.startsWith("IGO") && !code.startsWith("IMG")
                    ? spell.country() : null;
            String sector = code.length() > 3 ? code.substring(3, Math.min(6, code.length())) : null;
            return new Actor(m.text(), p.name(), country != null ? country : p.country(), sector, code);
        }
        Person.Spell last = at == null ? null : p.lastOfficeBefore(at);
        String country = last != null ? last.country() : p.country();
        if (last != null) return new Actor(m.text(), p.name(), country, "ELI", country + "ELI");
        String sector = m.sector();
        return new Actor(m.text(), p.name(), country, sector, country == null ? null : country + (sector == null ? "" : sector));
    }

    private static LocalDate mid(LocalDate a, LocalDate b) {
        return a.plusDays((b.toEpochDay() - a.toEpochDay()) / 2);
    }
}
