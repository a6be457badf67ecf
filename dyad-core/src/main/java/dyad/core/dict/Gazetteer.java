package dyad.core.dict;

import dyad.core.model.Location;
import java.util.List;

/**
 * Places with coordinates (resource dyad/dict/places.tsv, derived from GeoNames), compiled into a phrase matcher.
 * Where a name belongs to several places the most populous comes first.
 */
public final class Gazetteer {

    private final PhraseMatcher<Location> matcher = new PhraseMatcher<>();

    public Gazetteer() {
        for (String[] r : Tsv.read("/dyad/dict/places.tsv", 7)) {
            Location place;
            try {
                place = new Location(r[0], Tsv.orNull(r[2]), Double.parseDouble(r[3]), Double.parseDouble(r[4]));
            } catch (NumberFormatException e) {
                place = new Location(r[0], Tsv.orNull(r[2]), null, null);
            }
            matcher.add(r[0], place, true);
            for (String a : Tsv.alternatives(r[1])) matcher.add(a, place, true);
        }
    }

    /** The first place named in the words, or null. */
    public Location find(List<String> words) {
        for (PhraseMatcher.Match<Location> m : matcher.findAll(words)) return m.values().get(0);
        return null;
    }
}
