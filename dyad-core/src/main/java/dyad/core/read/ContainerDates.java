package dyad.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as containers write them: ISO 8601 dates and date-times ({@code 2025-11-01},
 * {@code 2025-11-01T09:30:00+03:00}: the date as written, not shifted to UTC) and the RFC 822 dates of RSS
 * ({@code Sat, 01 Nov 2025 09:30:00 GMT}). Anything else, or a year outside 1800..2200, is no date.
 */
final class ContainerDates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final Pattern RFC822 = Pattern.compile(
            "^\\s*(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})\\b.*");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private ContainerDates() {}

    /** The date a container field gives, or null when it gives none this reader understands. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank() || value.length() > 100) return null;
        Matcher m = ISO.matcher(value);
        if (m.matches()) return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(value);
        if (m.matches()) return date(m.group(1), m.group(2), m.group(3));
        m = RFC822.matcher(value);
        if (m.matches()) {
            String mon = m.group(2).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (mon.startsWith(MONTHS[i])) {
                    int y = Integer.parseInt(m.group(3));
                    if (m.group(3).length() == 2) y += y < 50 ? 2000 : 1900;
                    return date(String.valueOf(y), String.valueOf(i + 1), m.group(1));
                }
            }
        }
        try {
            return check(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return check(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate check(LocalDate d) {
        return d.getYear() < 1800 || d.getYear() > 2200 ? null : d;
    }
}
