package dyad.core.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people with dated roles (resource dyad/dict/people.tsv), by id, with an index of office holders. */
public final class PeopleTable {

    private final Map<String, Person> byId;
    /** The people who held any office of a state, by state, in the table's order (a stable answer when spells touch). */
    private final Map<String, List<Person>> byCountry;

    public PeopleTable() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> countries = new LinkedHashMap<>();
        Map<String, List<Person.Spell>> spells = new LinkedHashMap<>();
        aliases = new LinkedHashMap<>();
        for (String[] r : Tsv.read("/dyad/dict/people.tsv", 9)) {
            String id = r[0];
            names.putIfAbsent(id, r[1]);
            countries.putIfAbsent(id, r[3]);
            List<String> al = aliases.computeIfAbsent(id, k -> new ArrayList<>());
            if (!al.contains(r[1])) al.add(r[1]);
            for (String a : Tsv.alternatives(r[2])) if (!al.contains(a)) al.add(a);
            if (!r[4].isEmpty()) {
                spells.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Person.Spell(r[3], r[4], date(r[5]), date(r[6]), Tsv.orNull(r[7])));
            }
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (String id : names.keySet()) {
            List<Person.Spell> s = new ArrayList<>(spells.getOrDefault(id, List.of()));
            s.sort(Comparator.comparing(Person.Spell::start, Comparator.nullsFirst(Comparator.naturalOrder())));
            people.put(id, new Person(id, names.get(id), countries.get(id), List.copyOf(s)));
        }
        this.byId = Map.copyOf(people);
        Map<String, List<Person>> index = new LinkedHashMap<>();
        for (Person p : people.values()) {
            for (Person.Spell sp : p.spells()) {
                List<Person> holders = index.computeIfAbsent(sp.country(), k -> new ArrayList<>());
                if (!holders.contains(p)) holders.add(p);
            }
        }
        this.byCountry = Map.copyOf(index);
    }

    private final Map<String, List<String>> aliases;

    public Person get(String id) { return byId.get(id); }

    public Collection<Person> all() { return byId.values(); }

    /** The names a person is written by: the full name and the aliases. */
    public List<String> namesOf(String id) { return aliases.getOrDefault(id, List.of()); }

    /** Who held the office ({@code hos}, {@code hog}, {@code fm}, {@code dm}) of a state at a date, or null. */
    public Person holder(String country, String office, LocalDate d) {
        for (Person p : byCountry.getOrDefault(country, List.of())) {
            for (Person.Spell s : p.spells()) {
                if (country.equals(s.country()) && s.covers(d) && officeMatches(s.role(), office)) return p;
            }
        }
        return null;
    }

    private static boolean officeMatches(String role, String office) {
        if (role == null) return false;
        if (role.equals(office)) return true;
        return role.equals("hosg") && (office.equals("hos") || office.equals("hog"));
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.length() == 4 ? s + "-01-01" : s.length() == 7 ? s + "-01" : s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
