package dyad.core.merge;

import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule for "which mentions are one event", shared by the store and the Spark job. Two mentions are one event
 * when they have
 * <ul>
 *   <li>the same kind of action: the same CAMEO root, except that within 04 (consult) a visit (042 "make a
 *       visit" with 043 "host a visit") and a telephone call (041) are each a kind of their own, apart from
 *       meetings and talks (040, 044, 045, 046): the visit and the talks held during it are two events;</li>
 *   <li>the same actor keys (SPEC section 2: the country, else the code's first three letters), in either order
 *       when the root is a symmetric one: 04 consult (meet, talks, visits), 05 diplomatic cooperation
 *       (agreements), 06 material cooperation, 19 fight;</li>
 *   <li>dates that agree at their precision: their {@link DateWindow}s overlap. A date to the day also agrees
 *       with the day before and after ({@link #DAY_SLACK}), so a two-day visit, or a report from another time
 *       zone, stays one event.</li>
 * </ul>
 * A mention dated only by its article ({@code date_basis: article}) does not know its day: an asserted one may
 * tell of the last {@link #reportLag} days before the article (three for violence, which recurs daily; two weeks
 * for statements and cooperation, which later reports repeat as background), a planned, expected or possible
 * one of any day from the article on, a negated one of either.
 */
public final class MentionMerger {

    /** Roots whose actions have no direction: the pair is keyed in sorted order. */
    public static final Set<String> SYMMETRIC_ROOTS = Set.of("04", "05", "06", "19");

    /** Days a date to the day may be off and still be the same event. */
    public static final int DAY_SLACK = 1;

    private MentionMerger() {}

    /** The key of a mention: what it must share with another to be the same event. */
    public static EventKey key(EventRecord r) {
        return new EventKey(mergeKey(r), window(r));
    }

    /** {@code class:sourceKey:targetKey}, the keys sorted for symmetric roots; "-" for a missing actor. */
    public static String mergeKey(EventRecord r) {
        String root = root(r);
        String s = actorKey(r.source());
        String t = actorKey(r.target());
        if (SYMMETRIC_ROOTS.contains(root) && s.compareTo(t) > 0) {
            String x = s;
            s = t;
            t = x;
        }
        return actionClass(r.cameo(), root) + ":" + s + ":" + t;
    }

    /** The kind of action a code is, for merging: its root, but "04v" for visits (042, 043) and "04p" for calls (041). */
    public static String actionClass(String cameo) {
        return actionClass(cameo, cameo == null || cameo.length() < 2 ? "--" : cameo.substring(0, 2));
    }

    private static String actionClass(String cameo, String root) {
        if (cameo != null && cameo.length() >= 3) {
            switch (cameo.substring(0, 3)) {
                case "042", "043" -> { return "04v"; }
                case "041" -> { return "04p"; }
                default -> { }
            }
        }
        return root;
    }

    /** Days before its article an undated asserted mention may tell of: 3 for material conflict, else 14. */
    public static int reportLag(EventRecord r) {
        return r.quadClass() == 4 ? 3 : 14;
    }

    /** The days the mention's date can mean (see the class comment for article-dated mentions). */
    public static DateWindow window(EventRecord r) {
        LocalDate article = parse(r.articleDate());
        if (!"article".equals(r.dateBasis()) || article == null) {
            DateWindow w = DateWindow.of(r.date());
            return w.isDay() ? w.widen(DAY_SLACK) : w;
        }
        String modality = r.modality() == null ? "asserted" : r.modality();
        return switch (modality) {
            case "planned", "expected", "possible" -> new DateWindow(article, null);
            case "negated" -> new DateWindow(article.minusDays(reportLag(r)), null);
            default -> new DateWindow(article.minusDays(reportLag(r)), article);
        };
    }

    /**
     * Whether two codes are the same action for following a plan to its outcome: the same kind of action
     * ({@link #actionClass}) and the same three-digit base, or a visit with its hosting (042, 043), or one of them
     * the kind's unspecified code (040, 050, 190 ...) that covers the others.
     */
    public static boolean compatibleCodes(String a, String b) {
        if (a == null || b == null || a.length() < 2 || b.length() < 2) return false;
        if (!actionClass(a).equals(actionClass(b))) return false;
        if (a.length() < 3 || b.length() < 3) return true;
        String x = a.substring(0, 3);
        String y = b.substring(0, 3);
        return x.equals(y) || x.endsWith("0") || y.endsWith("0") || actionClass(a).equals("04v");
    }

    /**
     * Groups mentions into events in memory, in the order given, as the store does article by article
     * ({@link EventGrouping}): each mention joins the event of its key whose window overlaps its own, else starts
     * one; an event's window is the intersection of its mentions' windows.
     */
    public static <T> List<List<T>> cluster(List<T> mentions, Function<T, EventRecord> record) {
        EventGrouping grouping = new EventGrouping();
        java.util.Map<String, List<T>> byEvent = new java.util.LinkedHashMap<>();
        int[] n = {0};
        for (T m : mentions) {
            EventGrouping.Event e = grouping.assign(key(record.apply(m)), () -> "e" + n[0]++);
            byEvent.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(byEvent.values());
    }

    /** The two-digit CAMEO root of a record (its root field, else its code's first two digits). */
    public static String root(EventRecord r) {
        if (r.root() != null && r.root().length() == 2) return r.root();
        return r.cameo() != null && r.cameo().length() >= 2 ? r.cameo().substring(0, 2) : "--";
    }

    static String actorKey(Actor a) {
        String k = a == null ? null : a.key();
        return k == null || k.isEmpty() ? "-" : k;
    }

    static LocalDate parse(String isoDay) {
        if (isoDay == null) return null;
        try {
            return LocalDate.parse(isoDay);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
