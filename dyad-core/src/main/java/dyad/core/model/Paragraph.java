package dyad.core.model;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of an article body: character offsets [start, end). */
public record Paragraph(int start, int end) {

    /** Paragraphs are the non-blank lines of the body; wire copy puts one paragraph on a line. */
    public static List<Paragraph> split(String body) {
        List<Paragraph> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                int s = lineStart, e = i;
                while (s < e && Character.isWhitespace(body.charAt(s))) s++;
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
                if (e > s) out.add(new Paragraph(s, e));
                lineStart = i + 1;
            }
        }
        return out;
    }
}
