package dyad.core.event;

import java.time.LocalDate;

/**
 * When an event happens: the ISO 8601 date at its precision ("1994", "199", "2025-11", "2025-11-10"; null when
 * unknown), the interval of days it covers, and its basis: "text" (an expression in the article) or "article"
 * (defaulted to the article date).
 */
public record EventDate(String value, LocalDate from, LocalDate to, String basis) {

    public static final String TEXT = "text";
    public static final String ARTICLE = "article";

    public static EventDate ofArticle(LocalDate articleDate) {
        return articleDate == null ? new EventDate(null, null, null, ARTICLE)
                : new EventDate(articleDate.toString(), articleDate, articleDate, ARTICLE);
    }

    public boolean fromText() { return TEXT.equals(basis); }

    /** Whether the date is a single day ("2025-11-10"), not a month, a year or a decade. */
    public boolean isDay() { return value != null && value.length() == 10; }

    /** Whether two dates can be the same happening: one is a prefix of the other, or either is only defaulted. */
    public boolean agreesWith(EventDate o) {
        if (!fromText() || !o.fromText() || value == null || o.value == null) return true;
        return value.startsWith(o.value) || o.value.startsWith(value);
    }
}
