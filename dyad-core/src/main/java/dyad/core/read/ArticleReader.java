package dyad.core.read;

import dyad.core.model.Article;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one plain-text article (SPEC section 1): UTF-8, an optional first-line header {@code date YYYY-MM-DD},
 * then the body. Refuses, with a reason, what cannot be news text: empty or binary files, bytes that are not
 * UTF-8, impossible header dates, articles over the size limit, and text that is not English.
 */
public final class ArticleReader {

    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})\\b[ \\t]*");
    private static final Pattern HEADER_LIKE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S+)");

    private final ReaderLimits limits;
    private final LanguageCheck language = new LanguageCheck();

    public ArticleReader(ReaderLimits limits) {
        this.limits = limits;
    }

    public ArticleReader() {
        this(ReaderLimits.DEFAULT);
    }

    /** Decodes bytes as strict UTF-8 and reads the article; {@code fallbackDate} applies when there is no header. */
    public Article read(String id, byte[] bytes, LocalDate fallbackDate) throws BadArticleException {
        if (bytes.length == 0) throw new BadArticleException(id, "empty file");
        if (bytes.length > limits.maxArticleChars() * 4L) {
            throw new BadArticleException(id, tooLarge(bytes.length));
        }
        String utf16 = utf16ByteOrderMark(bytes);
        if (utf16 != null) throw new BadArticleException(id, utf16 + " text (it starts with a byte order mark), not UTF-8");
        for (byte b : bytes) {
            if (b == 0) throw new BadArticleException(id, "binary file (NUL bytes), not text");
        }
        return read(id, utf8(id, bytes), fallbackDate);
    }

    /** UTF-16 (Windows editors save "Unicode" text so) is named as such: SPEC section 1 asks for UTF-8. */
    private static String utf16ByteOrderMark(byte[] b) {
        if (b.length < 2) return null;
        if ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return "UTF-16BE";
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return "UTF-16LE";
        return null;
    }

    /** Strict UTF-8: the first byte that is not is named with its offset, so the user can find it. */
    private static String utf8(String id, byte[] bytes) throws BadArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            throw new BadArticleException(id, String.format(Locale.ROOT, "not valid UTF-8 text (byte 0x%02X at offset %d)",
                    bytes[at] & 0xff, at));
        }
        return out.flip().toString();
    }

    /** Reads an article already decoded to text. */
    public Article read(String id, String text, LocalDate fallbackDate) throws BadArticleException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.length() > limits.maxArticleChars()) throw new BadArticleException(id, tooLarge(text.length()));
        LocalDate date = fallbackDate;
        String body = text;
        Matcher m = HEADER.matcher(text);
        if (m.find()) {
            date = parseDate(id, m.group(1), m.group(2), m.group(3));
            body = text.substring(m.end());
        } else if ((m = HEADER_LIKE.matcher(text)).lookingAt() && Character.isDigit(m.group(1).codePointAt(0))) {
            // "date 2025-3-4", "date 2025-03-04x", "date 12/03/2025": a date header, but not one dyad can read
            String word = m.group(1).length() > 40 ? m.group(1).substring(0, 40) + "..." : m.group(1);
            throw new BadArticleException(id, "header date '" + word + "' is not YYYY-MM-DD");
        }
        if (body.isBlank()) throw new BadArticleException(id, "no article text");
        long controls = body.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > body.length() / 20 + 2) throw new BadArticleException(id, "binary file (control characters), not text");
        if (!language.looksEnglish(body)) throw new BadArticleException(id, "not English text (dyad codes English news)");
        return Article.of(id, date, body);
    }

    private static LocalDate parseDate(String id, String y, String mo, String d) throws BadArticleException {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (date.getYear() < 1800 || date.getYear() > 2200) {
                throw new BadArticleException(id, "impossible header date " + y + "-" + mo + "-" + d + " (year out of range)");
            }
            return date;
        } catch (DateTimeException e) {
            throw new BadArticleException(id, "impossible header date " + y + "-" + mo + "-" + d);
        }
    }

    private String tooLarge(long size) {
        return String.format("article too large (%.1f MB; the limit is %.1f MB of text)",
                size / 1e6, limits.maxArticleChars() / 1e6);
    }
}
