package dyad.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event dictionary, loaded once from dyad/dict/events.tsv and indexed by lemma and part of speech.
 * Columns: trigger, pos (V verb, N noun, A predicate adjective), code, targets ('|'-separated slots), flags (sym, neg=CODE, third=CODE, reactive,
 * joins, told, received).
 * A trigger "back down" asks for the particle "down"; "take+part" for a dependent with lemma "part".
 */
public final class EventPatterns {

    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final Map<String, List<EventPattern>> adjectives = new HashMap<>();
    /** Every written form a trigger lemma may take (regular inflections and the irregular ones), lower case. */
    private final java.util.Set<String> forms = new java.util.HashSet<>();

    public EventPatterns() {
        InputStream in = EventPatterns.class.getResourceAsStream("/dyad/dict/events.tsv");
        if (in == null) throw new IllegalStateException("missing dictionary resource /dyad/dict/events.tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = Arrays.copyOf(line.split("\t", -1), 5);
                for (int i = 0; i < f.length; i++) f[i] = f[i] == null ? "" : f[i].trim();
                EventPattern p = parse(f);
                if (p == null) throw new IllegalStateException("events.tsv line " + n + ": cannot read '" + line + "'");
                Map<String, List<EventPattern>> index = f[1].equalsIgnoreCase("A") ? adjectives : p.noun() ? nouns : verbs;
                index.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String lemma : verbs.keySet()) forms.addAll(WordForms.of(lemma));
        for (String lemma : nouns.keySet()) forms.addAll(WordForms.of(lemma));
        for (String lemma : adjectives.keySet()) forms.add(lemma);
        forms.addAll(WordForms.irregular(verbs.keySet()));
        for (List<EventPattern> l : verbs.values()) l.sort((a, b) -> Boolean.compare(b.conditional(), a.conditional()));
        for (List<EventPattern> l : nouns.values()) l.sort((a, b) -> Boolean.compare(b.conditional(), a.conditional()));
        for (List<EventPattern> l : adjectives.values()) l.sort((a, b) -> Boolean.compare(b.conditional(), a.conditional()));
    }

    private static EventPattern parse(String[] f) {
        String trigger = f[0].toLowerCase(Locale.ROOT);
        if (trigger.isEmpty() || f[2].isEmpty()) return null;
        boolean noun = f[1].equalsIgnoreCase("N");
        String particle = null, dependent = null, lemma = trigger;
        int plus = trigger.indexOf('+');
        int space = trigger.indexOf(' ');
        if (plus > 0) {
            lemma = trigger.substring(0, plus);
            dependent = trigger.substring(plus + 1);
        } else if (space > 0) {
            lemma = trigger.substring(0, space);
            particle = trigger.substring(space + 1);
        }
        List<String> targets = f[3].isEmpty() ? List.of() : List.of(f[3].toLowerCase(Locale.ROOT).split("\\|"));
        boolean sym = false, reactive = false, joins = false, told = false, received = false;
        String neg = null, third = null;
        for (String flag : f[4].split("[ ,]+")) {
            if (flag.equals("sym")) sym = true;
            else if (flag.equals("reactive")) reactive = true;
            else if (flag.equals("joins")) joins = true;
            else if (flag.equals("told")) told = true;
            else if (flag.equals("received")) received = true;
            else if (flag.startsWith("neg=")) neg = flag.substring(4);
            else if (flag.startsWith("third=")) third = flag.substring(6);
        }
        return new EventPattern(lemma, noun, particle, dependent, f[2], targets, sym, neg, third, reactive, joins, told, received);
    }

    public List<EventPattern> verb(String lemma) { return verbs.getOrDefault(lemma, List.of()); }

    public List<EventPattern> noun(String lemma) { return nouns.getOrDefault(lemma, List.of()); }

    /** Predicate adjectives ("was pessimistic about", "is ready to resume talks"). */
    public List<EventPattern> adjective(String lemma) { return adjectives.getOrDefault(lemma, List.of()); }

    /** Whether a written word (any case) may be a form of a trigger: a cheap test before tagging a sentence. */
    public boolean mayBeTriggerWord(String word) {
        return forms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a lemma can trigger an event at all (cheap test before parsing a sentence). */
    public boolean mayTrigger(String lemma) {
        return verbs.containsKey(lemma) || nouns.containsKey(lemma) || adjectives.containsKey(lemma);
    }
}
