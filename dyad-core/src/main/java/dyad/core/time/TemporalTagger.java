package dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds temporal expressions in English news text and normalises them against an anchor (the article date): TimeML
 * TIMEX3 values, and the date dyad gives an event at that time.
 *
 * <p>Rule based: precompiled patterns for calendar dates, relative dates, stretches of time, clock times, repeated
 * times and vague references; overlapping matches are settled longest first; then expressions that hang on another
 * ("the next day", "a week after", "at 3 p.m.") are resolved against the ones before or beside them. The tense that
 * decides "on Friday" (last or next) is the caller's, or guessed from the clause. Immutable and thread-safe.
 */
public final class TemporalTagger {
    private final List<Rule> rules;
    /** For each starter word, the indexes of the rules that can start with it. */
    private final Map<String, int[]> rulesByWord;
    /** The indexes of the rules that can start with a number. */
    private final int[] rulesByDigit;

    public TemporalTagger() {
        List<Rule> all = new ArrayList<>();
        all.addAll(DateRules.rules());
        all.addAll(RelativeRules.rules());
        all.addAll(PartRules.rules());
        all.addAll(ClockRules.rules());
        all.addAll(ReferenceRules.rules());
        all.addAll(SpanRules.rules());
        this.rules = List.copyOf(all);
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Integer> byDigit = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String w : rules.get(r).starters()) {
                if (w.equals(Rule.DIGIT)) byDigit.add(r);
                else byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byWord.forEach((w, list) -> index.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        this.rulesByWord = Map.copyOf(index);
        this.rulesByDigit = byDigit.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The temporal expressions of the text, in text order.
     *
     * @param text      the text (a sentence, a paragraph or a whole article)
     * @param anchor    the article date, or null: then relative expressions get a null value and event date,
     *                  absolute ones still resolve
     * @param direction the tense of the clause; UNKNOWN (or null) to guess it per expression from the words around it
     */
    public List<Timex> tag(String text, LocalDate anchor, Direction direction) {
        if (text == null || text.isEmpty()) return List.of();
        Context context = new Context(text, anchor, direction);
        Tokens tokens = context.tokens;
        Matcher[] matchers = new Matcher[rules.size()];
        int[] matchedUpTo = new int[rules.size()];
        byte[] possible = new byte[rules.size()]; // 0 not yet known, 1 possible, 2 impossible in this text
        List<Ranked> proposals = new ArrayList<>();
        for (int k = 0; k < tokens.size; k++) {
            String w = tokens.word[k];
            int[] candidates = Character.isDigit(w.charAt(0)) ? rulesByDigit : rulesByWord.get(w);
            if (candidates == null) continue;
            int at = tokens.start[k];
            for (int r : candidates) {
                if (at < matchedUpTo[r] || possible[r] == 2) continue;
                if (possible[r] == 0) {
                    possible[r] = rules.get(r).possibleIn(context.lower) ? (byte) 1 : (byte) 2;
                    if (possible[r] == 2) continue;
                }
                Matcher m = matchers[r];
                if (m == null) {
                    m = rules.get(r).pattern().matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(at, text.length());
                if (!m.lookingAt() || m.end() == m.start()) continue;
                Candidate c = rules.get(r).handler().apply(m, context);
                if (c != null && c.length() > 0) {
                    proposals.add(new Ranked(c, r));
                    matchedUpTo[r] = m.end();
                }
            }
        }
        List<Candidate> settled = settle(proposals);
        resolveLinks(settled, context);
        List<Timex> out = new ArrayList<>(settled.size());
        for (Candidate c : settled) {
            out.add(new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), c.type(), c.value(),
                    c.eventDate(), c.from(), c.to()));
        }
        return List.copyOf(out);
    }

    /** As {@link #tag(String, LocalDate, Direction)}, the direction guessed from the text for each expression. */
    public List<Timex> tag(String text, LocalDate anchor) {
        return tag(text, anchor, Direction.UNKNOWN);
    }

    private record Ranked(Candidate candidate, int rank) {
    }

    /** Keeps the longest of overlapping proposals (the earlier rule on a tie), in text order. */
    private static List<Candidate> settle(List<Ranked> proposals) {
        proposals.sort(Comparator.comparingInt((Ranked p) -> -p.candidate().length())
                .thenComparingInt(Ranked::rank)
                .thenComparingInt(p -> p.candidate().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Ranked p : proposals) {
            Candidate c = p.candidate();
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** Resolves, in text order, the proposals that hang on others; drops those a link rejects. */
    private static void resolveLinks(List<Candidate> settled, Context context) {
        for (int i = 0; i < settled.size(); i++) {
            Candidate c = settled.get(i);
            if (c.link() == null) continue;
            Candidate resolved = c.link().resolve(c, context, settled);
            if (resolved == null) {
                settled.remove(i);
                i--;
            } else {
                settled.set(i, resolved.withLink(null));
            }
        }
        // a link may widen a proposal over another ("the night of" + "May 13"): keep the wider one
        settled.removeIf(c -> settled.stream().anyMatch(o -> o != c && o.start() <= c.start() && c.end() <= o.end()
                && o.length() > c.length()));
    }
}
