package dyad.core.dict;

import java.util.HashMap;
import java.util.Map;

/** The project's CAMEO table (resource dyad/dict/cameo.tsv): code to name, Goldstein value, quad class, PLOVER. */
public final class CameoTable {

    private final Map<String, CameoCode> codes = new HashMap<>();

    public CameoTable() {
        for (String[] r : Tsv.read("/dyad/dict/cameo.tsv", 5)) {
            codes.put(r[0], new CameoCode(r[0], r[1], Double.parseDouble(r[2]), Integer.parseInt(r[3]), Tsv.orNull(r[4])));
        }
    }

    /** The code, or its nearest known ancestor ("0234" falls back to "023", then "02"). */
    public CameoCode get(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoCode found = codes.get(c);
            if (found != null) return found;
        }
        throw new IllegalArgumentException("unknown CAMEO code " + code);
    }

    public boolean contains(String code) { return codes.containsKey(code); }

    public int size() { return codes.size(); }
}
