package dyad.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads JSON Lines of articles, one object a line: {@code {"id","date","url","source","title","text"}}. Only
 * {@code text} is required. A bad line (not JSON, wrong types, a date that is not YYYY-MM-DD, over the size
 * limit) becomes a failure named {@code file:line} with the reason, and the lines after it are still read.
 */
public final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleReader articles;
    private final long maxLineBytes;

    public JsonLinesReader(ArticleReader articles, ReaderLimits limits) {
        this.articles = articles;
        this.maxLineBytes = limits.maxArticleChars() * 4L + 64 * 1024;
    }

    /** Reads every line of {@code in}; {@code fileId} names the file in failures. */
    public void read(String fileId, InputStream in, LocalDate fallbackDate, Consumer<ArticleSource> out) throws IOException {
        BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int lineNo = 0;
        boolean tooLong = false;
        long length = 0;
        int b;
        while (true) {
            b = bin.read();
            if (b == '\n' || b < 0) {
                if (b < 0 && length == 0 && !tooLong) break;
                lineNo++;
                String where = fileId + ":" + lineNo;
                if (tooLong) {
                    out.accept(new ArticleSource.Failed(where, String.format("line too long (%.1f MB; the limit is %.1f MB)",
                            length / 1e6, maxLineBytes / 1e6)));
                } else {
                    ArticleSource s = line(where, line.toByteArray(), fallbackDate);
                    if (s != null) out.accept(s);
                }
                line.reset();
                length = 0;
                tooLong = false;
                if (b < 0) break;
                continue;
            }
            length++;
            if (length > maxLineBytes) {
                tooLong = true;
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    /** One line: an article, a failure, or null for a blank line. */
    ArticleSource line(String where, byte[] bytes, LocalDate fallbackDate) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new ArticleSource.Failed(where, "not valid UTF-8 text");
        }
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.isBlank()) return null;
        JsonNode o;
        try {
            o = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            return new ArticleSource.Failed(where, "not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) return new ArticleSource.Failed(where, "not a JSON object");
        try {
            String text = string(o, "text");
            if (text == null || text.isBlank()) return new ArticleSource.Failed(where, "no \"text\" field");
            String url = string(o, "url");
            String id = id(o);
            if (id == null) id = url != null ? url : where;
            String dateField = string(o, "date");
            LocalDate date = fallbackDate;
            if (dateField != null && !dateField.isBlank()) {
                date = ContainerDates.parse(dateField);
                if (date == null) return new ArticleSource.Failed(where, "\"date\" '" + clip(dateField) + "' is not a date (YYYY-MM-DD)");
            }
            return new ArticleSource.Read(articles.read(id, text, date), url, string(o, "source"), string(o, "title"));
        } catch (WrongType e) {
            return new ArticleSource.Failed(where, e.getMessage());
        } catch (BadArticleException e) {
            return new ArticleSource.Failed(where + " (" + e.article() + ")", e.reason());
        }
    }

    private static String id(JsonNode o) throws WrongType {
        JsonNode v = o.get("id");
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText().isBlank() ? null : v.asText();
        if (v.isIntegralNumber()) return v.asText();
        throw new WrongType("\"id\" is " + kind(v) + ", not a string");
    }

    private static String string(JsonNode o, String field) throws WrongType {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new WrongType("\"" + field + "\" is " + kind(v) + ", not a string");
        return v.asText();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "a " + v.getNodeType().name().toLowerCase();
        };
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static final class WrongType extends Exception {
        WrongType(String message) { super(message); }
    }
}
