package dyad.cli.bench;

import dyad.core.dict.Tsv;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts other states into an article: every name, adjective, demonym and capital (or seat of government) of a state
 * the article names becomes the same kind of word of another state, the same one throughout the article. The forms
 * come from the project's country dictionary ({@code countries.tsv}).
 */
final class CountrySwap {

    /** The forms of one state, as the dictionary lists them. */
    record Country(String iso3, List<String> names, List<String> demonyms, List<String> metonyms, Pattern anyForm) {

        Country(String iso3, List<String> names, List<String> demonyms, List<String> metonyms) {
            this(iso3, names, demonyms, metonyms, anyOf(names, demonyms, metonyms));
        }

        private static Pattern anyOf(List<String> names, List<String> demonyms, List<String> metonyms) {
            List<String> forms = new ArrayList<>(names);
            forms.addAll(demonyms);
            forms.addAll(metonyms);
            return word(forms);
        }

        /** The name news uses: the shortest mixed-case one of four letters or more ("Russia", not "Russian Federation"). */
        String shortName() {
            return names.stream().filter(n -> n.length() >= 4 && !n.equals(n.toUpperCase()) && !n.contains("."))
                    .min(Comparator.comparingInt(String::length)).orElse(names.get(0));
        }

        String adjective() {
            return demonyms.get(0);
        }

        String plural() {
            for (String d : demonyms) if (d.endsWith("s") && !d.equals(adjective())) return d;
            return adjective();
        }

        String capital() {
            return metonyms.get(0);
        }

        /** Every form of this state with the word of {@code other} that takes its place. */
        void mapTo(Country other, Map<String, String> out) {
            // a form that is both name and adjective ("U.S.") is mostly an adjective ("U.S. officials"), a name after "the"
            for (String d : demonyms) {
                out.put(d, d.endsWith("s") && !d.endsWith(".") && !d.endsWith("ss") ? other.plural() : other.adjective());
                if (names.contains(d)) out.put("the " + d, other.shortName());
            }
            for (String n : names) out.putIfAbsent(n, other.shortName());
            for (String m : metonyms) {
                String to = other.capital();
                out.putIfAbsent(m, to);
                if (m.startsWith("the ")) out.putIfAbsent("The " + m.substring(4), to);
            }
        }
    }

    private final List<Country> countries;
    /** The states a text may be given: those with an adjective and a capital, so that every form has a replacement. */
    private final List<Country> pool;

    CountrySwap() {
        countries = new ArrayList<>();
        for (String[] row : Tsv.read("/dyad/dict/countries.tsv", 4)) {
            List<String> names = Tsv.alternatives(row[1]);
            if (names.isEmpty()) continue;
            countries.add(new Country(row[0], names, Tsv.alternatives(row[2]), Tsv.alternatives(row[3])));
        }
        pool = countries.stream().filter(c -> !c.demonyms().isEmpty() && !c.metonyms().isEmpty()).toList();
    }

    /** The states whose forms occur in the text, in dictionary order. */
    List<Country> named(String text) {
        List<Country> out = new ArrayList<>();
        for (Country c : countries) if (c.anyForm().matcher(text).find()) out.add(c);
        return out;
    }

    /**
     * The text with up to {@code howMany} of the states it names replaced by others it does not name. A form of a state
     * that is kept stays as it is, even where it holds a swapped form ("North Korea" when Korea is swapped).
     */
    String swap(String text, int howMany, Random random) {
        List<Country> present = named(text);
        List<Country> chosen = new ArrayList<>();
        List<Country> swappable = new ArrayList<>(present.stream().filter(pool::contains).toList());
        Collections.shuffle(swappable, random);
        Map<String, String> forms = new LinkedHashMap<>();
        List<Country> taken = new ArrayList<>(present);
        for (Country from : swappable.subList(0, Math.min(howMany, swappable.size()))) {
            Country to;
            do {
                to = pool.get(random.nextInt(pool.size()));
            } while (taken.contains(to));
            taken.add(to);
            chosen.add(from);
            from.mapTo(to, forms);
        }
        if (forms.isEmpty()) return text;
        for (Country kept : present) {
            if (chosen.contains(kept)) continue;
            for (String f : kept.names()) forms.putIfAbsent(f, f);
            for (String f : kept.demonyms()) forms.putIfAbsent(f, f);
            for (String f : kept.metonyms()) forms.putIfAbsent(f, f);
        }
        Matcher m = word(forms.keySet()).matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(forms.get(m.group())));
        m.appendTail(out);
        return out.toString();
    }

    /** Any of the forms as a whole word, the longest first ("North Korea" before "Korea"). */
    private static Pattern word(Collection<String> forms) {
        List<String> keys = new ArrayList<>(forms);
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String k : keys) alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(k));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }
}
