package dyad.server;

import dyad.core.dict.Tsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.store.ServerQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor search behind the page's typeahead: the countries of dyad-core's dictionary (names and demonyms,
 * current and historical states) merged with the actor keys the store has seen, those with events first.
 */
final class ActorIndex {

    private record Country(String key, String name, List<String> terms) {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Keys of the CAMEO actor codebook that stand for no state (the first three letters of their codes). */
    private static final Map<String, String> NON_STATE = Map.of(
            "IGO", "International organisations",
            "NGO", "Non-governmental organisations",
            "IMG", "International militant groups",
            "MNC", "Multinational corporations",
            "NGM", "Non-governmental movements",
            "UIS", "Unidentified state actors");
    private final Map<String, Country> countries = new LinkedHashMap<>();

    ActorIndex() {
        for (String resource : List.of("/dyad/dict/countries.tsv", "/dyad/dict/historical_countries.tsv")) {
            for (String[] r : Tsv.read(resource, 4)) {
                if (r[0].isEmpty() || r[0].startsWith("period") || countries.containsKey(r[0])) continue;
                List<String> names = Tsv.alternatives(r[1]);
                if (names.isEmpty()) continue;
                List<String> terms = new ArrayList<>();
                for (String t : names) terms.add(t.toLowerCase(Locale.ROOT));
                for (String t : Tsv.alternatives(r[2])) terms.add(t.toLowerCase(Locale.ROOT));
                countries.put(r[0], new Country(r[0], names.get(0), terms));
            }
        }
    }

    /** The usual name of a country key ("Syria" for SYR), or null. */
    String countryName(String key) {
        Country c = countries.get(key);
        return c == null ? null : c.name();
    }

    /**
     * Up to {@code limit} actors for {@code q} (blank: the actors with most events):
     * {@code [{"key","label","kind","events","names","codes"}]}.
     */
    ArrayNode search(String q, int limit, ServerQueries store) {
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (JsonNode a : store.actors(query.isEmpty() ? null : query, 50)) {
            String key = a.get("key").asText();
            ObjectNode o = entry(key, a.get("events").asLong());
            o.set("names", a.get("names"));
            o.set("codes", a.get("codes"));
            if (countries.containsKey(key)) o.put("label", countries.get(key).name());
            else if (NON_STATE.containsKey(key)) o.put("label", NON_STATE.get(key));
            else if (a.get("names").size() > 0) o.put("label", a.get("names").get(0).asText());
            found.put(key, o);
            rank.put(key, match(key, query, countries.get(key)));
        }
        if (!query.isEmpty()) {
            Map<String, Long> counts = null;
            for (Country c : countries.values()) {
                if (found.containsKey(c.key())) continue;
                int m = match(c.key(), query, c);
                if (m > 3) continue;
                if (counts == null) counts = store.eventCounts();
                ObjectNode o = entry(c.key(), counts.getOrDefault(c.key(), 0L));
                o.put("label", c.name());
                found.put(c.key(), o);
                rank.put(c.key(), m);
            }
            for (Map.Entry<String, String> n : NON_STATE.entrySet()) {
                String k = n.getKey();
                if (found.containsKey(k) || !(k.toLowerCase(Locale.ROOT).startsWith(query) || n.getValue().toLowerCase(Locale.ROOT).contains(query))) continue;
                if (counts == null) counts = store.eventCounts();
                ObjectNode o = entry(k, counts.getOrDefault(k, 0L));
                o.put("label", n.getValue());
                found.put(k, o);
                rank.put(k, k.toLowerCase(Locale.ROOT).equals(query) ? 0 : 2);
            }
        }
        List<ObjectNode> list = new ArrayList<>(found.values());
        list.sort(Comparator.<ObjectNode>comparingInt(o -> rank.get(o.get("key").asText()) == 0 ? 0 : 1)
                .thenComparing(o -> -o.get("events").asLong())
                .thenComparingInt(o -> rank.get(o.get("key").asText()))
                .thenComparing(o -> o.get("key").asText()));
        ArrayNode out = F.arrayNode();
        for (ObjectNode o : list.subList(0, Math.min(limit, list.size()))) out.add(o);
        return out;
    }

    private ObjectNode entry(String key, long events) {
        ObjectNode o = F.objectNode();
        o.put("key", key);
        o.put("label", key);
        o.put("kind", countries.containsKey(key) ? "country" : "actor");
        o.put("events", events);
        o.putArray("names");
        o.putArray("codes");
        return o;
    }

    /** 0 the key itself, 1 the key begins so, 2 a name or demonym begins so, 3 one contains it, 9 no match. */
    private static int match(String key, String q, Country c) {
        if (q.isEmpty()) return 1;
        String k = key.toLowerCase(Locale.ROOT);
        if (k.equals(q)) return 0;
        if (k.startsWith(q)) return 1;
        if (c == null) return 3;
        int best = 9;
        for (String t : c.terms()) {
            if (t.startsWith(q)) best = Math.min(best, 2);
            else if (t.contains(q)) best = Math.min(best, 3);
        }
        return best;
    }
}
