package dyad.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that change how an event is read, from dyad/dict/cues.tsv: reporting verbs (attribution, not events),
 * light verbs (whose object noun is the event: "held talks"), words that name an event without coding one
 * ("the operation", "the escalation"), measures of events ("two days of talks"), the modality cues (plan, expect, may, not,
 * cancel, deny), words of readiness ("ready to negotiate": intent, CAMEO 03), nouns for what someone said or wrote ("the
 * report", "the allegations"), and accidents and natural events, which no actor does ("the crash", "the earthquake").
 */
public final class Cues {

    public enum Kind { REPORT, LIGHT, EVENT, MEASURE, PLANNED, EXPECTED, POSSIBLE, NEGATED, CANCEL, DENY, NATURAL, WILLING, TEXT }

    private final Map<String, Kind> cues = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();

    public Cues() {
        InputStream in = Cues.class.getResourceAsStream("/dyad/dict/cues.tsv");
        if (in == null) throw new IllegalStateException("missing dictionary resource /dyad/dict/cues.tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                String word = f[0].trim().toLowerCase(Locale.ROOT);
                Kind before = cues.put(word, Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT)));
                // one kind per word: a second line would silently change how the first is read
                if (before != null) throw new IllegalStateException("cues.tsv lists '" + word + "' twice");
                if (f.length > 2 && !f[2].isBlank()) groups.put(word, f[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cue a word (lemma or lower-case form) carries, or null. */
    public Kind of(String word) { return cues.get(word.toLowerCase(Locale.ROOT)); }

    public boolean is(String word, Kind kind) { return of(word) == kind; }

    /** Whether the token is a noun for what someone said or wrote: a TEXT word or a reporting verb's noun ("report"). */
    public boolean namesText(dyad.core.model.Token t) {
        return t.isNoun() && (is(t.lowerLemma(), Kind.TEXT) || is(t.lowerLemma(), Kind.REPORT));
    }

    /** The cue a verb carries with its particle ("rule out", "call off"), else by its lemma alone; or null. */
    public Kind ofVerb(dyad.core.model.Sentence s, int v) {
        for (int c : s.tree().children(v, "compound:prt")) {
            Kind k = of(s.token(v).lowerLemma() + " " + s.token(c).lowerWord());
            if (k != null) return k;
        }
        return of(s.token(v).lowerLemma());
    }

    /** For an event word, the CAMEO code or root of the events it points back to ("operation": 19), or null. */
    public String group(String word) { return groups.get(word.toLowerCase(Locale.ROOT)); }
}
