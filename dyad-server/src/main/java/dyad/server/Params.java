package dyad.server;

import dyad.store.EventQueries;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, checked: each is known to the route, given once, and well formed; anything else
 * is a 400 that says what was wrong and what is allowed.
 */
final class Params {

    private static final Pattern ACTOR_KEY = Pattern.compile("[A-Z0-9]{2,8}");
    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final int MAX_VALUE = 200;

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Set<String> allowed) {
        this.values = values;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiError.badRequest("unknown parameter '" + clip(e.getKey()) + "' (this route takes: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (e.getValue().size() > 1) throw ApiError.badRequest("parameter '" + e.getKey() + "' is given more than once");
            if (e.getValue().get(0).length() > MAX_VALUE) {
                throw ApiError.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_VALUE + " characters");
            }
        }
    }

    /** The value, stripped, or null when absent or blank. */
    String get(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) return null;
        return v.get(0).strip();
    }

    /** {@code SYR-USA}: two actor keys (letters and digits) joined by '-'; null when absent. */
    EventQueries.Dyad dyad() {
        String s = get("dyad");
        if (s == null) return null;
        String[] p = s.toUpperCase(Locale.ROOT).split("-", -1);
        if (p.length != 2 || !ACTOR_KEY.matcher(p[0]).matches() || !ACTOR_KEY.matcher(p[1]).matches()) {
            throw ApiError.badRequest("dyad must be two actor keys joined by '-', as SYR-USA; got '" + clip(s) + "'");
        }
        return new EventQueries.Dyad(p[0], p[1]);
    }

    boolean flag(String name, boolean fallback) {
        String s = get(name);
        if (s == null) return fallback;
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest(name + " must be true or false; got '" + clip(s) + "'");
        };
    }

    /** A day, month or year; a month or year stands for its first day ({@code end} false) or its last. */
    LocalDate date(String name, boolean end) {
        String s = get(name);
        if (s == null) return null;
        try {
            if (DAY.matcher(s).matches()) return LocalDate.parse(s);
            if (MONTH.matcher(s).matches()) {
                YearMonth m = YearMonth.parse(s);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            if (YEAR.matcher(s).matches()) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeException e) {
            throw ApiError.badRequest(name + " '" + clip(s) + "' is not a real date");
        }
        throw ApiError.badRequest(name + " must be a date: YYYY-MM-DD, YYYY-MM or YYYY; got '" + clip(s) + "'");
    }

    int integer(String name, int fallback, int min, int max) {
        String s = get(name);
        if (s == null) return fallback;
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + "; got '" + clip(s) + "'");
    }

    /** A CAMEO code or prefix: 2 to 4 digits. */
    String code() {
        String s = get("code");
        if (s == null) return null;
        if (!CODE.matcher(s).matches()) throw ApiError.badRequest("code must be a CAMEO code or prefix of 2 to 4 digits, as 04 or 042; got '" + clip(s) + "'");
        return s;
    }

    /** One of {@code allowed}, or null when absent. */
    String oneOf(String name, List<String> allowed) {
        String s = get(name);
        if (s == null) return null;
        String v = s.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) throw ApiError.badRequest(name + " must be one of " + String.join(", ", allowed) + "; got '" + clip(s) + "'");
        return v;
    }

    /** A value quoted in a message: at most 60 characters, control characters shown as '?'. */
    static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
