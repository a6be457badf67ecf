package dyad.core.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Assigns mentions to events one at a time, by {@link MentionMerger}'s rule: a mention joins the event of its
 * merge key whose window overlaps its own (the narrowest window, then the earliest start, then the oldest event),
 * else founds a new one; the event's window then narrows to what both allow. The store runs it for each article
 * against the events that article's mentions could join; the Spark job runs it over a whole partition.
 */
public final class EventGrouping {

    /** An event as the grouping sees it: its id, merge key, window and creation order. */
    public static final class Event {
        private final String id;
        private final String mergeKey;
        private DateWindow window;
        private final long order;
        private final boolean known;

        Event(String id, String mergeKey, DateWindow window, long order, boolean known) {
            this.id = id;
            this.mergeKey = mergeKey;
            this.window = window;
            this.order = order;
            this.known = known;
        }

        public String id() { return id; }

        public DateWindow window() { return window; }

        /** Whether the event existed before this grouping (false: founded by one of its mentions). */
        public boolean known() { return known; }
    }

    private final List<Event> events = new ArrayList<>();
    private long nextOrder;

    public EventGrouping() {
        this(List.of());
    }

    /** Starts from events already known (the store's candidates); {@code order} is their creation order. */
    public static EventGrouping of(Collection<Known> known) {
        return new EventGrouping(known);
    }

    /** An event known before: id, key, window, creation order. */
    public record Known(String id, String mergeKey, DateWindow window, long order) {}

    private EventGrouping(Collection<Known> known) {
        for (Known k : known) {
            events.add(new Event(k.id(), k.mergeKey(), k.window(), k.order(), true));
            nextOrder = Math.max(nextOrder, k.order() + 1);
        }
    }

    /** The event the mention with this key belongs to; {@code newId} names the event it founds, if it founds one. */
    public Event assign(EventKey mention, Supplier<String> newId) {
        Event best = null;
        for (Event e : events) {
            if (!e.mergeKey.equals(mention.mergeKey()) || !e.window.overlaps(mention.window())) continue;
            if (best == null || better(e, best)) best = e;
        }
        if (best == null) {
            best = new Event(newId.get(), mention.mergeKey(), mention.window(), nextOrder++, false);
            events.add(best);
        } else {
            best.window = best.window.intersect(mention.window());
        }
        return best;
    }

    private static boolean better(Event c, Event best) {
        if (c.window.span() != best.window.span()) return c.window.span() < best.window.span();
        LocalDate a = c.window.from(), b = best.window.from();
        if (a != null && b != null && !a.equals(b)) return a.isBefore(b);
        if ((a == null) != (b == null)) return a != null;
        return c.order < best.order;
    }
}
