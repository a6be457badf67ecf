package dyad.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the coder sees it: its id (file name or container id), its publication date
 * (null when no source gave one), and its body text. Evidence offsets in event records index into {@code body}.
 */
public record Article(String id, LocalDate date, String body, List<Paragraph> paragraphs) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article whose paragraphs are found in its body (blank lines or line breaks separate them). */
    public static Article of(String id, LocalDate date, String body) {
        return new Article(id, date, body, Paragraph.split(body));
    }
}
