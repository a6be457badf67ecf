package dyad.core.event;

import dyad.core.model.DependencyTree;
import dyad.core.model.Sentence;
import dyad.core.time.Direction;
import dyad.core.time.TemporalTagger;
import dyad.core.time.Timex;
import dyad.core.time.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives an event its own date: the temporal expression attached to the trigger, or to the predicates and nouns
 * that govern it ("met ... in Geneva" inside "during the 1991 Gulf War"), up to the nearest reporting verb, resolved
 * against the article date in the direction of the clause's tense. With none, the article date (basis "article").
 */
public final class EventDater {

    private final TemporalTagger tagger;
    private final Cues cues;

    public EventDater(TemporalTagger tagger, Cues cues) {
        this.tagger = tagger;
        this.cues = cues;
    }

    /** The temporal expressions of a sentence, as token spans, resolved in one direction. */
    public record SentenceTimes(List<Timex> timexes, List<int[]> spans) {}

    public SentenceTimes times(Sentence s, String body, LocalDate anchor, Direction direction) {
        String text = body.substring(s.begin(), s.end());
        List<Timex> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Timex t : tagger.tag(text, anchor, direction)) {
            if (t.eventDate() == null || (t.type() != TimexType.DATE && t.type() != TimexType.TIME)) continue;
            int from = -1, to = -1;
            for (int i = 0; i < s.size(); i++) {
                int b = s.token(i).begin() - s.begin(), e = s.token(i).end() - s.begin();
                if (b < t.end() && t.start() < e) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from < 0) continue;
            found.add(t);
            spans.add(new int[] {from, to});
        }
        return new SentenceTimes(found, spans);
    }

    /** The date of the event whose trigger is {@code trigger}, or the article date. */
    public EventDate date(Sentence s, SentenceTimes times, int trigger, LocalDate articleDate) {
        DependencyTree tree = s.tree();
        int x = trigger;
        for (int guard = 0; guard < 10 && x >= 0; guard++) {
            if (x != trigger && cues.is(s.token(x).lowerLemma(), Cues.Kind.REPORT)) break;
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < times.timexes().size(); k++) {
                int[] span = times.spans().get(k);
                int head = spanHead(tree, span);
                int attach = tree.head(head);
                boolean inside = span[0] <= x && x < span[1];
                if (attach == x || inside || (attach >= 0 && tree.head(attach) == x && tree.is(attach, "nmod") && isDateWord(s, attach))) {
                    int d = Math.abs(head - trigger);
                    if (d < bestDistance) {
                        best = times.timexes().get(k);
                        bestDistance = d;
                    }
                }
            }
            if (best != null) return new EventDate(best.eventDate(), best.from(), best.to(), EventDate.TEXT);
            x = tree.head(x);
        }
        return EventDate.ofArticle(articleDate);
    }

    private static boolean isDateWord(Sentence s, int t) {
        String w = s.token(t).lowerWord();
        return w.equals("end") || w.equals("beginning") || w.equals("start") || w.equals("middle");
    }

    private static int spanHead(DependencyTree tree, int[] span) {
        for (int i = span[1] - 1; i >= span[0]; i--) {
            int h = tree.head(i);
            if (h < span[0] || h >= span[1]) return i;
        }
        return span[1] - 1;
    }
}
