package dyad.store;

import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import dyad.core.model.Evidence;
import java.util.Map;

/** Builds event records for tests, with the CAMEO facts of the few codes the tests use. */
final class Rec {

    /** code -> {quad class, Goldstein} (CAMEO 1.1b3 values for these codes). */
    private static final Map<String, double[]> CODES = Map.ofEntries(
            Map.entry("010", new double[] {1, 0.0}), Map.entry("036", new double[] {1, 4.0}),
            Map.entry("040", new double[] {1, 1.0}), Map.entry("041", new double[] {1, 1.0}),
            Map.entry("042", new double[] {1, 1.9}), Map.entry("043", new double[] {1, 2.8}),
            Map.entry("046", new double[] {1, 7.0}), Map.entry("057", new double[] {1, 8.0}),
            Map.entry("070", new double[] {2, 7.0}), Map.entry("112", new double[] {3, -2.0}),
            Map.entry("173", new double[] {4, -5.0}), Map.entry("190", new double[] {4, -10.0}));

    private Rec() {}

    static Actor actor(String key) {
        if (key == null || key.equals("-")) return null;
        if (key.length() > 3) return new Actor(key, null, null, null, key);
        return new Actor(key + " officials", null, key, "GOV", key + "GOV");
    }

    /**
     * A record: {@code date} null or "-" means dated by the article ({@code date_basis: article}).
     */
    static EventRecord of(String article, String articleDate, int n, String cameo, String source, String target,
                          String date, String modality, String evidence) {
        double[] c = CODES.getOrDefault(cameo.substring(0, 3), new double[] {1, 0.0});
        boolean byArticle = date == null || date.equals("-");
        return new EventRecord(article, articleDate, article + "#" + n, actor(source), actor(target), cameo,
                cameo.substring(0, 2), (int) c[0], c[1], null, byArticle ? articleDate : date,
                byArticle ? "article" : "text", modality, null, null, new Evidence(0, 0, evidence.length(), evidence), 0.9);
    }
}
