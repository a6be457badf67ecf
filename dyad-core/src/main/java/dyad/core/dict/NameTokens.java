package dyad.core.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dictionary phrase into words the way the tokenizer splits article text: on blanks, with trailing
 * commas and the possessive "'s" as words of their own; hyphens and inner periods stay ("al-Sharaa", "U.S.").
 */
public final class NameTokens {

    private NameTokens() {}

    public static List<String> split(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : phrase.trim().split("\\s+")) {
            if (raw.isEmpty()) continue;
            String w = raw.replace('\u2019', '\'');
            boolean comma = w.endsWith(",");
            if (comma) w = w.substring(0, w.length() - 1);
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
            if (comma) out.add(",");
        }
        return out;
    }
}
