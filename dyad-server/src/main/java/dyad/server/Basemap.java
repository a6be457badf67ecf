package dyad.server;

import dyad.core.dict.Tsv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page's offline map: no tiles and no outlines, but the world drawn as dots, one for each town of
 * dyad-core's gazetteer (GeoNames, see places.tsv) on a 0.5-degree grid, and each country's capital, so the
 * page can place an actor that has no event location. Built once from the gazetteer; about 100 kB of JSON.
 */
final class Basemap {

    private final ObjectNode json;

    Basemap() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        json = f.objectNode();
        json.put("source", "GeoNames towns and capitals, from dyad-core's gazetteer (places.tsv, CC BY 4.0)");
        json.put("grid", 0.5);
        Set<Long> cells = new LinkedHashSet<>();
        ArrayNode dots = json.putArray("dots");
        ObjectNode capitals = json.putObject("capitals");
        for (String[] r : Tsv.read("/dyad/dict/places.tsv", 7)) {
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(r[3]);
                lon = Double.parseDouble(r[4]);
            } catch (NumberFormatException e) {
                continue;
            }
            int y = (int) Math.round(lat * 2);
            int x = (int) Math.round(lon * 2);
            if (cells.add(y * 1000L + x)) {
                dots.add(y);
                dots.add(x);
            }
            if ("1".equals(r[6]) && !r[2].isEmpty() && !capitals.has(r[2])) {
                ObjectNode c = capitals.putObject(r[2]);
                c.put("name", r[0]);
                c.put("lat", lat);
                c.put("lon", lon);
            }
        }
    }

    /** {@code {"grid", "dots": [lat*2, lon*2, ...], "capitals": {ISO3: {"name","lat","lon"}}}}. */
    ObjectNode json() {
        return json;
    }
}
