package dyad.core.event;

import dyad.core.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dates an undated plan by the occasion it belongs to: in an article about a visit or meeting scheduled for May 28,
 * "the presidents are expected to sign a memorandum" and "the two leaders will discuss the pipeline" happen then,
 * not on the day of the article; a trip called off with a signing of June 25 was for June 25, even when the text
 * dates it only "next week". The occasion is a planned or expected consultation or signing (CAMEO 04, 05) of the same two
 * actors with a date of its own, the nearest one told before the plan, else the first one after it.
 */
public final class OccasionDates {

    public List<CodedEvent> apply(List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            CodedEvent e = events.get(i);
            CodedEvent occasion = !(ahead(e.modality()) || e.modality() == Modality.NEGATED) ? null : occasionOf(events, i);
            out.add(occasion == null || !datable(e, occasion) ? e : e.withDate(occasion.date()));
        }
        return out;
    }

    private static CodedEvent occasionOf(List<CodedEvent> events, int i) {
        CodedEvent e = events.get(i);
        for (int k = i - 1; k >= 0; k--) if (isOccasionOf(events.get(k), e)) return events.get(k);
        for (int k = i + 1; k < events.size(); k++) if (isOccasionOf(events.get(k), e)) return events.get(k);
        return null;
    }

    /**
     * Whether the occasion's day may stand for the event's date: the event has none of its own, or only a vaguer one
     * that holds the day ("will not travel to Santiago next week" for the summit of June 25).
     */
    private static boolean datable(CodedEvent e, CodedEvent o) {
        if (!e.date().fromText()) return true;
        EventDate d = e.date(), day = o.date();
        if (d.value() == null || d.isDay() || !day.isDay()) return false;
        return d.from() != null && d.to() != null && day.from() != null && !day.from().isBefore(d.from()) && !day.from().isAfter(d.to());
    }

    private static boolean isOccasionOf(CodedEvent o, CodedEvent e) {
        // a meeting, or a signing ("is due to travel to Santiago for the signing" on June 25)
        if (o == e || !(o.root().equals("04") || o.root().equals("05")) || !o.date().fromText() || o.date().value() == null) return false;
        // a plan by a plan; a trip called off by the meeting or signing called off with it
        if (e.modality() == Modality.NEGATED ? o.modality() != Modality.NEGATED : !ahead(o.modality())) return false;
        if (e.targetKey() == null || o.targetKey() == null) return false;
        boolean same = Objects.equals(o.sourceKey(), e.sourceKey()) && Objects.equals(o.targetKey(), e.targetKey());
        boolean swapped = Objects.equals(o.sourceKey(), e.targetKey()) && Objects.equals(o.targetKey(), e.sourceKey());
        return same || swapped;
    }

    private static boolean ahead(Modality m) {
        return m == Modality.PLANNED || m == Modality.EXPECTED;
    }
}
