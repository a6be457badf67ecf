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
    public record SentenceTimes(List<Timex> timexes, List<int[]> spans, List<Timex> durations, List<int[]> durationSpans) {}

    public SentenceTimes times(Sentence s, String body, LocalDate anchor, Direction direction) {
        String text = body.substring(s.begin(), s.end());
        List<Timex> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Timex> durations = new ArrayList<>();
        List<int[]> durationSpans = new ArrayList<>();
        for (Timex t : tagger.tag(text, anchor, direction)) {
            boolean duration = t.type() == TimexType.DURATION && t.value() != null && t.value().matches("P\\d+[DWMY]");
            if (!duration && (t.eventDate() == null || (t.type() != TimexType.DATE && t.type() != TimexType.TIME))) continue;
            int from = -1, to = -1;
            for (int i = 0; i < s.size(); i++) {
                int b = s.token(i).begin() - s.begin(), e = s.token(i).end() - s.begin();
                if (b < t.end() && t.start() < e) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from < 0) continue;
            (duration ? durations : found).add(t);
            (duration ? durationSpans : spans).add(new int[] {from, to});
        }
        return new SentenceTimes(found, spans, durations, durationSpans);
    }

    /**
     * "broke relations with Colombia the same day", "on the same day", "later that day": the trigger (or the verb it
     * hangs on) is dated by the day of the event told before it.
     */
    public boolean sameDayAsBefore(Sentence s, int trigger) {
        for (int v = trigger, steps = 0; v >= 0 && steps < 2; v = s.tree().head(v), steps++) {
            for (int c : s.tree().children(v)) {
                String rel = s.tree().relation(c);
                if (!(rel.startsWith("obl") || rel.equals("nmod:tmod"))) continue;
                String w = s.token(c).lowerLemma();
                if (!(w.equals("day") || w.equals("night") || w.equals("morning") || w.equals("evening") || w.equals("afternoon"))) continue;
                for (int m : s.tree().children(c)) {
                    String mw = s.token(m).lowerWord();
                    if (mw.equals("same") || mw.equals("that") && s.tree().is(m, "det")) return true;
                }
            }
        }
        return false;
    }

    /**
     * The one day a sentence names, when it names a single day and nothing else, as an event date; else null. "fired
     * tear gas at supporters who tried to bring aid across on Saturday": the parse hangs the day on the clause, but
     * a past event the sentence leaves undated happened on the only day it names.
     */
    public EventDate onlyDay(SentenceTimes times) {
        Timex only = null;
        for (Timex x : times.timexes()) {
            if (x.eventDate() == null) continue;
            if (only != null || x.eventDate().length() != 10) return null;
            only = x;
        }
        return only == null ? null : dayOf(only);
    }

    /** The last expression of a single day among a sentence's times, as an event date, or null. */
    public EventDate lastDay(java.util.Collection<SentenceTimes> times) {
        Timex last = null;
        for (SentenceTimes t : times) {
            for (Timex x : t.timexes()) {
                if (x.eventDate() != null && x.eventDate().length() == 10 && (last == null || x.start() > last.start())) last = x;
            }
        }
        return last == null ? null : dayOf(last);
    }

    private static EventDate dayOf(Timex x) {
        return new EventDate(x.eventDate(), x.from(), x.to(), EventDate.TEXT);
    }

    /** The date of the event whose trigger is {@code trigger}, or the article date. */
    public EventDate date(Sentence s, SentenceTimes times, int trigger, LocalDate articleDate) {
        return date(s, times, trigger, articleDate, 0, 10);
    }

    /**
     * Whether the sentence dates the trigger itself ("the visit on Monday") or the verb it is the subject of, not
     * only a verb it depends on ("spoke on Monday to prepare the visit"): what decides if an event named again is
     * given a new date.
     */
    public boolean datesTriggerItself(Sentence s, SentenceTimes times, int trigger, LocalDate articleDate) {
        // "the fighting broke out on August 7", "the talks ended on Monday": the verb of which the event is the
        // subject tells when it happened
        int steps = s.tree().relation(trigger).startsWith("nsubj") ? 2 : 1;
        return date(s, times, trigger, articleDate, 0, steps).fromText();
    }

    private EventDate date(Sentence s, SentenceTimes times, int trigger, LocalDate articleDate, int depth) {
        return date(s, times, trigger, articleDate, depth, 10);
    }

    private EventDate date(Sentence s, SentenceTimes times, int trigger, LocalDate articleDate, int depth, int steps) {
        DependencyTree tree = s.tree();
        int x = trigger;
        String via = "";
        for (int guard = 0; guard < steps && x >= 0; guard++) {
            // a reporting verb's date is the telling's, not the told event's ("announced tariffs" is the act itself)
            if (x != trigger && cues.is(s.token(x).lowerLemma(), Cues.Kind.REPORT) && !via.equals("obj")) break;
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < times.timexes().size(); k++) {
                int[] span = times.spans().get(k);
                int head = spanHead(tree, span);
                int attach = tree.head(head);
                // "summoned the ambassador on Wednesday to protest": the parser may read "Wednesday" as the subject of
                // the purpose clause, its "on" as that clause's mark; the date belongs to the verb the clause hangs on
                if (attach >= 0 && tree.is(head, "nsubj") && span[0] > 0 && tree.is(span[0] - 1, "mark")
                        && s.token(span[0] - 1).tag().equals("IN") && tree.head(attach) >= 0) attach = tree.head(attach);
                // "late on Wednesday", "early on Tuesday": the date hangs on an adverb of the verb
                if (attach >= 0 && attach != x && tree.is(attach, "advmod") && s.token(attach).tag().startsWith("RB")) attach = tree.head(attach);
                boolean inside = span[0] <= x && x < span[1];
                // "a round of talks, which had been scheduled for Sunday": a clause on a noun of the path dates it
                boolean clauseOnNoun = s.token(x).isNoun() && attach >= 0 && tree.head(attach) == x
                        && tree.relation(attach).startsWith("acl");
                // "summoned China's deputy ambassador on Wednesday", "broke up without agreement on Wednesday": the
                // parser may hang the date on the trigger's or a governing verb's object
                // (through a noun's own phrase too: "pledged $500 million for the stricken countries at an emergency summit
                // in Jakarta on Thursday")
                int arg = attach;
                if (arg >= 0 && s.token(arg).isNoun() && tree.is(arg, "nmod") && tree.head(arg) >= 0 && tree.head(arg) != x
                        && s.token(tree.head(arg)).isNoun() && !isDateWord(s, arg) && !tree.children(head, "case").isEmpty()) arg = tree.head(arg);
                boolean onArgument = (x == trigger || s.token(x).isVerb()) && arg >= 0 && tree.head(arg) == x && s.token(arg).isNoun()
                        && (tree.is(arg, "obj") || tree.is(arg, "obl"));
                // "was attacked by protesters as she left a news conference on Wednesday": a clause of the same time
                boolean meanwhile = attach >= 0 && tree.head(attach) == x && tree.relation(attach).startsWith("advcl")
                        && tree.children(attach, "mark").stream().map(m -> s.token(m).lowerWord())
                        .anyMatch(w -> w.equals("as") || w.equals("when") || w.equals("while"));
                if (attach == x || inside || clauseOnNoun || onArgument || meanwhile || beforeTrailingReporter(s, span, attach, x)
                        || (attach >= 0 && tree.head(attach) == x && tree.is(attach, "nmod") && isDateWord(s, attach))) {
                    int d = Math.abs(head - trigger);
                    if (d < bestDistance) {
                        best = times.timexes().get(k);
                        bestDistance = d;
                    }
                }
            }
            if (best != null) return new EventDate(best.eventDate(), best.from(), best.to(), EventDate.TEXT);
            EventDate shifted = depth > 2 ? null : shifted(s, times, x, articleDate, depth);
            if (shifted != null) return shifted;
            // "would hold a rally on Saturday, and called on people to join": the past conjunct has its own time
            if (ModalityFinder.pastBesideModal(s, x)) break;
            via = tree.relation(x);
            x = tree.head(x);
        }
        return EventDate.ofArticle(articleDate);
    }

    /**
     * "a week after Ottawa announced tariffs": a clause of "after"/"before" with a span of time dates its event
     * that far from the date of the clause it hangs on.
     */
    private EventDate shifted(Sentence s, SentenceTimes times, int clause, LocalDate articleDate, int depth) {
        DependencyTree tree = s.tree();
        int head = tree.head(clause);
        if (head < 0 || !(tree.relation(clause).startsWith("advcl") || tree.relation(clause).equals("dep"))) return null;
        String mark = "";
        int markToken = -1;
        for (int k : tree.children(clause, "mark")) {
            mark = s.token(k).lowerWord();
            markToken = k;
        }
        if (!mark.equals("after") && !mark.equals("before")) return null;
        for (int k = 0; k < times.durations().size(); k++) {
            int[] span = times.durationSpans().get(k);
            int attach = tree.head(spanHead(tree, span));
            if (attach != clause && attach != markToken) continue;
            EventDate base = date(s, times, head, articleDate, depth + 1);
            if (!base.fromText() || base.from() == null) return null;
            String v = times.durations().get(k).value();
            int n = Integer.parseInt(v.substring(1, v.length() - 1));
            java.time.temporal.ChronoUnit unit = switch (v.charAt(v.length() - 1)) {
                case 'D' -> java.time.temporal.ChronoUnit.DAYS;
                case 'W' -> java.time.temporal.ChronoUnit.WEEKS;
                case 'M' -> java.time.temporal.ChronoUnit.MONTHS;
                default -> java.time.temporal.ChronoUnit.YEARS;
            };
            long signed = mark.equals("after") ? -n : n;
            LocalDate d = base.from().plus(signed, unit);
            String value = unit == java.time.temporal.ChronoUnit.YEARS && base.value().length() == 4 ? String.valueOf(d.getYear())
                    : base.value().length() >= 10 ? d.toString() : d.toString().substring(0, Math.min(7, base.value().length() < 7 ? 4 : 7));
            return new EventDate(value, d, d, EventDate.TEXT);
        }
        return null;
    }

    /**
     * "suspended 15,000 staff on Tuesday, state media reported": the parser may hang the date on the reporting verb
     * that trails the event's clause; a date before the comma that opens the reporter's clause is the event's.
     */
    private boolean beforeTrailingReporter(Sentence s, int[] span, int attach, int x) {
        DependencyTree tree = s.tree();
        if (attach < 0 || tree.head(attach) != x || attach < x || span[0] < x) return false;
        if (!cues.is(s.token(attach).lowerLemma(), Cues.Kind.REPORT)) return false;
        int subject = -1;
        for (int k : tree.children(attach)) if (tree.relation(k).startsWith("nsubj")) subject = k;
        if (subject < 0 || subject < span[1]) return false;
        for (int i = span[1]; i < subject; i++) if (s.token(i).word().equals(",")) return true;
        return false;
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
