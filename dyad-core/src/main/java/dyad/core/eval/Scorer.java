package dyad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores event records against a gold file with the rules of the shared evaluation's score.py: one-to-one maximum
 * matching (required gold events first, then optional ones), strict (actors, code, date, modality) and relaxed
 * (actors and code) figures, date, modality and location accuracy on the relaxed matches. Duplicates count as false
 * positives; optional gold events are never missed.
 */
public final class Scorer {

    /** What one article came to: the ids of the required gold events missed and the spurious records. */
    public record ArticleResult(String article, int tp, int fp, int fn, List<String> missed, List<String> spurious) {}

    /** The figures score.py prints, and the per-article lists. */
    public record Result(int articles, int goldRequired, int systemEvents, double strictPrecision, double strictRecall,
                         double strictF1, double relaxedPrecision, double relaxedRecall, double relaxedF1,
                         Double dateAccuracy, Double modalityAccuracy, Double locationAccuracy,
                         List<ArticleResult> perArticle) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a gold file: one JSON object per article, {"article", "article_date", "events": [...]}. */
    public static Map<String, List<GoldEvent>> readGold(Path gold) {
        Map<String, List<GoldEvent>> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(gold)) {
                if (line.isBlank()) continue;
                JsonNode row = JSON.readTree(line);
                List<GoldEvent> events = new ArrayList<>();
                for (JsonNode e : row.path("events")) events.add(gold(e, null));
                out.put(baseName(row.path("article").asText()), events);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + gold, e);
        }
        return out;
    }

    private static GoldEvent gold(JsonNode e, GoldEvent base) {
        List<GoldEvent> alternatives = new ArrayList<>();
        GoldEvent g = new GoldEvent(
                e.has("id") ? e.get("id").asText() : base == null ? "" : base.id(),
                e.has("source") ? strings(e.get("source")) : base.sources(),
                e.has("target") ? strings(e.get("target")) : base.targets(),
                e.has("code") ? strings(e.get("code")) : base.codes(),
                e.has("date") ? (e.get("date").isNull() ? null : strings(e.get("date"))) : base == null ? null : base.dates(),
                e.has("modality") ? strings(e.get("modality")) : base.modalities(),
                e.has("symmetric") ? e.get("symmetric").asBoolean() : base != null && base.symmetric(),
                e.has("optional") ? e.get("optional").asBoolean() : base != null && base.optional(),
                e.has("location") ? strings(e.get("location")) : base == null ? List.of() : base.locations(),
                alternatives);
        if (base == null) for (JsonNode alt : e.path("or")) alternatives.add(gold(alt, g));
        return g;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) for (JsonNode x : n) out.add(x.isNull() ? null : x.asText());
        else out.add(n.isNull() ? null : n.asText());
        return out;
    }

    /** Scores system records (JSON objects as SPEC section 2 gives them) against the gold articles. */
    public static Result score(Map<String, List<GoldEvent>> gold, List<JsonNode> system) {
        Map<String, List<JsonNode>> byArticle = new HashMap<>();
        for (JsonNode e : system) byArticle.computeIfAbsent(baseName(e.path("article").asText()), k -> new ArrayList<>()).add(e);
        int tp = 0, fp = 0, fn = 0, req = 0, rtp = 0, rfp = 0, rfn = 0, sys = 0;
        int date = 0, dateN = 0, mod = 0, modN = 0, loc = 0, locN = 0;
        List<ArticleResult> per = new ArrayList<>();
        for (Map.Entry<String, List<GoldEvent>> en : gold.entrySet()) {
            List<GoldEvent> golds = en.getValue();
            List<JsonNode> systems = byArticle.getOrDefault(en.getKey(), List.of());
            Map<Integer, Integer> m = match(golds, systems, Scorer::strict);
            Map<Integer, Integer> rm = extend(m, golds, systems, Scorer::relaxed);
            int required = (int) golds.stream().filter(g -> !g.optional()).count();
            int aFn = 0, aRfn = 0;
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < golds.size(); i++) {
                if (golds.get(i).optional()) continue;
                if (!m.containsKey(i)) {
                    aFn++;
                    missed.add(golds.get(i).id());
                }
                if (!rm.containsKey(i)) aRfn++;
            }
            for (Map.Entry<Integer, Integer> r : rm.entrySet()) {
                GoldEvent g = golds.get(r.getKey());
                JsonNode s = systems.get(r.getValue());
                if (g.dates() != null) {
                    dateN++;
                    if (dateOk(g, s)) date++;
                }
                modN++;
                if (readings(g).stream().anyMatch(x -> modalityOk(x, s))) mod++;
                if (!g.locations().isEmpty()) {
                    locN++;
                    if (locationOk(g, s)) loc++;
                }
            }
            Set<Integer> used = new HashSet<>(m.values());
            List<String> spurious = new ArrayList<>();
            for (int j = 0; j < systems.size(); j++) if (!used.contains(j)) spurious.add(describe(systems.get(j)));
            per.add(new ArticleResult(en.getKey(), m.size(), systems.size() - m.size(), aFn, missed, spurious));
            tp += m.size();
            fp += systems.size() - m.size();
            fn += aFn;
            req += required;
            rtp += rm.size();
            rfp += systems.size() - rm.size();
            rfn += aRfn;
            sys += systems.size();
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = req == 0 ? 0 : (double) (req - fn) / req;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double rp = rtp + rfp == 0 ? 0 : (double) rtp / (rtp + rfp);
        double rr = req == 0 ? 0 : (double) (req - rfn) / req;
        double rf = rp + rr == 0 ? 0 : 2 * rp * rr / (rp + rr);
        return new Result(gold.size(), req, sys, p, r, f, rp, rr, rf,
                dateN == 0 ? null : (double) date / dateN, modN == 0 ? null : (double) mod / modN,
                locN == 0 ? null : (double) loc / locN, per);
    }

    /** The actor key of a record's actor: its country, else the first three letters of its code. */
    static String key(JsonNode actor) {
        if (actor == null || !actor.isObject()) return null;
        String country = actor.path("country").isTextual() ? actor.get("country").asText() : "";
        if (!country.isEmpty()) return country.toUpperCase();
        String code = actor.path("code").isTextual() ? actor.get("code").asText() : "";
        return code.isEmpty() ? null : code.substring(0, Math.min(3, code.length())).toUpperCase();
    }

    private static boolean dyadOk(GoldEvent g, JsonNode s) {
        String src = key(s.get("source")), tgt = key(s.get("target"));
        if (g.sources().contains(src) && g.targets().contains(tgt)) return true;
        return g.symmetric() && g.sources().contains(tgt) && g.targets().contains(src);
    }

    private static boolean codeOk(GoldEvent g, JsonNode s) {
        String code = s.path("cameo").asText("");
        return g.codes().stream().anyMatch(code::startsWith);
    }

    private static boolean dateOk(GoldEvent g, JsonNode s) {
        if (g.dates() == null) return true;
        String got = s.path("date").isTextual() ? s.get("date").asText() : "";
        return g.dates().stream().anyMatch(got::startsWith);
    }

    private static boolean modalityOk(GoldEvent g, JsonNode s) {
        return g.modalities().contains(s.path("modality").asText(null));
    }

    private static boolean locationOk(GoldEvent g, JsonNode s) {
        JsonNode loc = s.get("location");
        String c = loc != null && loc.isObject() && loc.path("country").isTextual() ? loc.get("country").asText().toUpperCase() : "";
        return g.locations().contains(c);
    }

    private static List<GoldEvent> readings(GoldEvent g) {
        List<GoldEvent> out = new ArrayList<>();
        out.add(g);
        out.addAll(g.alternatives());
        return out;
    }

    static boolean strict(GoldEvent g, JsonNode s) {
        return readings(g).stream().anyMatch(x -> dyadOk(x, s) && codeOk(x, s) && dateOk(x, s) && modalityOk(x, s));
    }

    static boolean relaxed(GoldEvent g, JsonNode s) {
        return readings(g).stream().anyMatch(x -> dyadOk(x, s) && codeOk(x, s));
    }

    /** Maximum one-to-one matching (Kuhn's augmenting paths), required gold events first: gold index to system index. */
    private static Map<Integer, Integer> match(List<GoldEvent> golds, List<JsonNode> systems, BiPredicate<GoldEvent, JsonNode> ok) {
        Map<Integer, Integer> owner = new HashMap<>();
        for (boolean optional : new boolean[] {false, true}) {
            for (int g = 0; g < golds.size(); g++) {
                if (golds.get(g).optional() == optional) augment(g, golds, systems, ok, owner, new HashSet<>());
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : owner.entrySet()) out.put(e.getValue(), e.getKey());
        return out;
    }

    private static boolean augment(int g, List<GoldEvent> golds, List<JsonNode> systems, BiPredicate<GoldEvent, JsonNode> ok,
                                   Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int s = 0; s < systems.size(); s++) {
            if (seen.contains(s) || !ok.test(golds.get(g), systems.get(s))) continue;
            seen.add(s);
            if (!owner.containsKey(s) || augment(owner.get(s), golds, systems, ok, owner, seen)) {
                owner.put(s, g);
                return true;
            }
        }
        return false;
    }

    /** Keeps the pairs of m and matches what is left by ok. */
    private static Map<Integer, Integer> extend(Map<Integer, Integer> m, List<GoldEvent> golds, List<JsonNode> systems,
                                                BiPredicate<GoldEvent, JsonNode> ok) {
        List<Integer> restG = new ArrayList<>(), restS = new ArrayList<>();
        Set<Integer> usedS = new HashSet<>(m.values());
        for (int i = 0; i < golds.size(); i++) if (!m.containsKey(i)) restG.add(i);
        for (int j = 0; j < systems.size(); j++) if (!usedS.contains(j)) restS.add(j);
        List<GoldEvent> g2 = restG.stream().map(golds::get).toList();
        List<JsonNode> s2 = restS.stream().map(systems::get).toList();
        Map<Integer, Integer> more = match(g2, s2, ok);
        Map<Integer, Integer> out = new HashMap<>(m);
        for (Map.Entry<Integer, Integer> e : more.entrySet()) out.put(restG.get(e.getKey()), restS.get(e.getValue()));
        return out;
    }

    static String describe(JsonNode e) {
        return key(e.get("source")) + "->" + key(e.get("target")) + " " + e.path("cameo").asText() + " "
                + (e.path("date").isTextual() ? e.get("date").asText() : "None") + " " + e.path("modality").asText();
    }

    private static String baseName(String article) {
        String a = article.replace('\\', '/');
        return a.substring(a.lastIndexOf('/') + 1);
    }

    private Scorer() {}
}
