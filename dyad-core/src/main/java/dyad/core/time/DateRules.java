package dyad.core.time;

import static dyad.core.time.Lexicon.DAY;
import static dyad.core.time.Lexicon.MONTH;
import static dyad.core.time.Lexicon.MONTH_FULL;
import static dyad.core.time.Lexicon.ORDINAL;
import static dyad.core.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** Rules for dates named on the calendar: days, months, years, decades and centuries. */
final class DateRules {
    private DateRules() {
    }

    private static final String DIGITS = Rule.DIGIT;

    /** Words before a bare month name that make it a month and not a name or a verb ("in May", "since March"). */
    static final Set<String> MONTH_INTRO = Set.of(
            "in", "since", "until", "till", "by", "from", "through", "thru", "during", "of", "on", "before", "after",
            "between", "and", "to", "or", "early", "mid", "late", "last", "next", "this", "each", "every",
            "for", "throughout", "around", "into", "starting", "beginning", "ending");

    /** Words before a four-digit number that make it a year when it could be a count ("in 1848"). */
    private static final Set<String> YEAR_INTRO = Set.of(
            "in", "since", "of", "from", "until", "till", "to", "by", "after", "before", "during", "circa", "c",
            "year", "around", "between", "and", "early", "late", "mid", "summer", "spring", "autumn", "fall",
            "winter", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "ca", "through", "throughout");

    /** Words before a four-digit number that make it a label, not a year ("Resolution 2334", "Flight 1549"). */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of(
            "resolution", "flight", "route", "no", "number", "nos", "article", "section", "chapter", "highway",
            "room", "page", "pages", "paragraph", "bus", "item", "code", "model", "version", "rule", "decree", "seat",
            "platform", "gate", "unit", "squadron", "division", "brigade", "regiment", "battalion", "level", "hill",
            "height", "heights", "than", "approximately", "roughly", "nearly", "almost", "some", "about", "over",
            "under", "least", "exactly", "only", "just", "top", "minus", "plus", "times", "cost", "costs", "paid",
            "pay", "earn", "earns", "earned", "kill", "killed", "killing", "wounded", "injured", "arrested",
            "detained", "deployed", "sent", "flat", "apartment", "street", "avenue", "road", "box", "pin",
            "channel", "frequency", "reg", "law", "act", "ordinance", "bill", "motion", "case", "file", "docket",
            "order", "grade", "size", "type", "class", "series", "mark", "mk", "iso", "en", "din", "bs", "rfc",
            "ps", "windows", "office", "galaxy", "iphone", "volume", "vol", "issue", "ward");

    /** Words after a four-digit number that make it a count or a measure ("1500 people", "2000 km"). */
    private static final Set<String> NOT_YEAR_AFTER = Set.of(
            "people", "persons", "troops", "soldiers", "men", "women", "children", "civilians", "refugees",
            "migrants", "workers", "jobs", "homes", "houses", "units", "cases", "deaths", "dead", "votes", "seats",
            "metres", "meters", "feet", "ft", "km", "kilometres", "kilometers", "miles", "mi", "m", "cm", "mm",
            "kg", "kilograms", "tons", "tonnes", "t", "barrels", "bpd", "dollars", "euros", "pounds", "yuan",
            "rubles", "roubles", "rupees", "shares", "points", "hours", "hrs", "minutes", "calories", "delegates",
            "members", "fighters", "rockets", "missiles", "drones", "shells", "rounds", "vehicles", "tanks",
            "trucks", "aircraft", "planes", "flights", "ships", "boats", "prisoners", "hostages", "detainees",
            "students", "patients", "victims", "casualties", "wounded", "killed", "injured", "protesters",
            "demonstrators", "police", "officers", "staff", "employees", "residents", "villages", "families",
            "households", "buildings", "acres", "hectares", "sq", "square", "degrees", "mw", "gw", "kw", "mph",
            "kph", "km/h", "cc", "bhp", "hp", "gmt", "utc", "lbs", "lb", "ounces", "oz", "litres",
            "liters", "gallons", "tweets", "posts", "pages", "words", "times", "percent", "pct", "per", "bn",
            "million", "billion", "trillion", "of", "out", "more", "fewer", "others", "euro", "usd", "eur",
            "dollar", "election-related");

    static List<Rule> rules() {
        return List.of(
                Rule.of("iso-date", "(?<![\\w-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w-])", DIGITS,
                        DateRules::isoDate),
                Rule.of("month-day-year", "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<mon>" + MONTH + ")\\s*"
                                + "(?<d>" + DAY + ")(?![\\d:.,]\\d)(?!\\d)(?:(?:,\\s*|\\s+)(?<y>\\d{4})(?!\\d))?",
                        Lexicon.MONTH_WORDS + " " + Lexicon.WEEKDAY_WORDS, DateRules::monthDay),
                Rule.of("day-month-year", "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<the>the\\s+)?(?<d>" + DAY
                                + ")(?:\\s+of)?\\s+(?<mon>" + MONTH + ")(?:,?\\s+(?<y>\\d{4})(?!\\d))?",
                        DIGITS + " the " + Lexicon.WEEKDAY_WORDS, DateRules::monthDay),
                Rule.of("month-year", "(?:(?<part>early|mid|late)[- ](?:in\\s+)?)?(?<mon>" + MONTH
                        + ")\\s*,?\\s+(?:of\\s+)?(?<y>\\d{4})(?![\\d%])", "early mid late " + Lexicon.MONTH_WORDS,
                        DateRules::monthYear),
                Rule.of("month", "(?:(?<part>early|mid|late)[- ](?:in\\s+)?)?(?:(?<rel>last|next|this|coming|past)"
                                + "\\s+)?(?<mon>" + MONTH_FULL + ")(?![\\w-])(?!\\s*\\d)(?<yr>,?\\s+(?:of\\s+)?"
                                + "(?<yrel>last|next|this) year)?",
                        "early mid late last next this coming past " + Lexicon.MONTH_WORDS, DateRules::month),
                Rule.of("year-part", "(?<part>early|mid|late)[- ](?:in\\s+)?(?<y>(?:1\\d|20)\\d{2})(?![\\w%])",
                        "early mid late", DateRules::yearPart),
                Rule.of("year", "(?<![\\w$\u20ac\u00a3#@])(?<y>1\\d{3}|20\\d{2})(?![\\w%\u2030]|[.,:]\\d)(?!/\\d{1,2}/)", DIGITS,
                        DateRules::year),
                Rule.of("year-tail", "(?<![\\w$\u20ac\u00a3#@.,])(?<y1>(?:1\\d|20)\\d{2})[-\u2013/](?<yy>\\d{2})"
                        + "(?![\\w%]|[.,:/]\\d)", DIGITS, DateRules::yearTail),
                Rule.of("year-apostrophe", "(?<![\\w])['\u2019](?<yy>\\d{2})(?![\\w'\u2019])", "'",
                        DateRules::yearApostrophe),
                Rule.of("decade", "(?<the>the\\s+)?(?:(?<part>early|mid|late)[- ])?(?:(?<full>(?:1\\d|20)\\d0)['\u2019]?s"
                                + "|['\u2019](?<two>\\d0)s|(?<bare>\\d0)['\u2019]?s|(?<word>twenties|thirties|forties"
                                + "|fifties|sixties|seventies|eighties|nineties))(?![\\w])",
                        DIGITS + " ' the early mid late twenties thirties forties fifties sixties seventies eighties"
                                + " nineties", DateRules::decade).requiring("0s", "0's", "ties"),
                Rule.of("century", "(?:the\\s+)?(?:(?<part>early|mid|late)[- ])?(?<ord>" + ORDINAL
                        + ")[- ]century(?![\\w])", DIGITS + " the early mid late " + Lexicon.ORDINAL_WORDS, DateRules::century)
                        .requiring("centur"));
    }

    private static Candidate isoDate(Matcher m, Context c) {
        LocalDate d = DateMath.day(num(m, "y"), num(m, "m"), num(m, "d"));
        return d == null ? null : Candidate.named(m.start(), m.end(), Period.day(d));
    }

    private static Candidate monthDay(Matcher m, Context c) {
        int month = Lexicon.month(m.group("mon"));
        int day = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
        if (month == 0 || !DateMath.possible(month, day)) return null;
        int start = m.start();
        if (m.group("wd") == null) {
            // "1,200 May..." or "top 10 May": a number glued to other numbers is no day
            char before = c.charBefore(start);
            if (Character.isDigit(before) || before == ',' || before == '.' || before == '$') return null;
        }
        if (m.group("y") != null) {
            LocalDate d = DateMath.day(Integer.parseInt(m.group("y")), month, day);
            return d == null ? null : Candidate.named(start, m.end(), Period.day(d));
        }
        DayOfWeek wd = m.group("wd") == null ? null : Lexicon.weekday(m.group("wd"));
        Candidate.Link narrative = wd != null ? null : narrativeYear(y -> {
            LocalDate n = DateMath.day(y, month, day);
            return n == null ? null : Period.day(n);
        });
        if (c.anchor == null) return Candidate.unresolved(start, m.end(), TimexType.DATE).withLink(narrative);
        LocalDate d = wd == null ? null : yearByWeekday(c.anchor, month, day, wd);
        if (d == null) d = DateMath.dayOfMonthDay(c.anchor, month, day, c.direction(start, m.end()));
        if (d == null) return null;
        return Candidate.date(start, m.end(), Period.day(d)).withLink(narrative);
    }

    /** The day, in the year before, of or after the anchor's, on which the month and day fall on that weekday. */
    private static LocalDate yearByWeekday(LocalDate anchor, int month, int day, DayOfWeek wd) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = DateMath.day(y, month, day);
            if (d == null || d.getDayOfWeek() != wd) continue;
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, d))
                    < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = d;
            }
        }
        return best;
    }

    private static Candidate monthYear(Matcher m, Context c) {
        int y = num(m, "y");
        int month = Lexicon.month(m.group("mon"));
        if (!DateMath.validYear(y) || month == 0) return null;
        Period p = Period.month(y, month);
        if (m.group("part") != null) p = p.part(Rule.lower(m.group("part")));
        return Candidate.named(m.start(), m.end(), p);
    }

    private static Candidate month(Matcher m, Context c) {
        String mon = m.group("mon");
        int month = Lexicon.month(mon);
        String rel = m.group("rel") == null ? null : Rule.lower(m.group("rel"));
        String part = m.group("part") == null ? null : Rule.lower(m.group("part"));
        if (part == null && rel == null && m.group("yr") == null) {
            String before = c.wordBefore(m.start());
            if (!MONTH_INTRO.contains(before)) return null;
            if ((mon.equals("May") || mon.equals("March")) && c.capitalAfter(m.end())) return null;
        }
        Candidate.Link narrative = rel != null || m.group("yr") != null ? null : narrativeYear(ny -> {
            Period q = Period.month(ny, month);
            return part == null ? q : q.part(part);
        });
        if (c.anchor == null) return Candidate.unresolved(m.start(), m.end(), TimexType.DATE).withLink(narrative);
        int ay = c.anchor.getYear();
        int am = c.anchor.getMonthValue();
        int y;
        if (m.group("yrel") != null) {
            y = ay + switch (Rule.lower(m.group("yrel"))) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        } else if (rel != null) {
            y = switch (rel) {
                case "last", "past" -> month < am ? ay : ay - 1;
                case "next", "coming" -> month > am ? ay : ay + 1;
                default -> ay;
            };
        } else {
            y = DateMath.yearOfMonth(c.anchor, month, c.direction(m.start(), m.end()));
        }
        if (!DateMath.validYear(y)) return null;
        Period p = Period.month(y, month);
        if (part != null) p = p.part(part);
        return Candidate.date(m.start(), m.end(), p).withLink(narrative);
    }

    /**
     * A year-less date in a sentence that names a year before it takes that year: "In 1994 Clinton visited Damascus,
     * and in October he ..." is October 1994, not the article's October.
     */
    static Candidate.Link narrativeYear(IntFunction<Period> inYear) {
        return (self, c, settled) -> {
            for (int i = settled.size() - 1; i >= 0; i--) {
                Candidate other = settled.get(i);
                if (other.end() > self.start()) continue;
                if (!c.tokens.sameSentence(self.start(), other.start())) break;
                if (other.calendarPeriod() == null) continue;
                if (!other.yearNamed()) break;
                Period p = inYear.apply(other.from().getYear());
                return p == null ? self : self.withPeriod(p, "");
            }
            return self;
        };
    }

    private static Candidate yearPart(Matcher m, Context c) {
        int y = num(m, "y");
        if (!DateMath.validYear(y)) return null;
        return Candidate.named(m.start(), m.end(), Period.year(y).part(Rule.lower(m.group("part"))));
    }

    private static Candidate year(Matcher m, Context c) {
        int y = num(m, "y");
        if (!DateMath.validYear(y)) return null;
        int start = m.start();
        char before = c.charBefore(start);
        if (before == '-' || before == '\u2013') {
            // "2009-2010": a year after a year; "F-1600" or "-1800" is no year
            if (start < 5 || !c.text.substring(start - 5, start - 1).chars().allMatch(Character::isDigit)) return null;
        } else if (before == '.' || before == ',' || before == '/' || before == '\'' || before == '\u2019'
                || before == ':') {
            return null;
        }
        char after = c.charAt(m.end());
        if (after == '-' && Character.isLetter(c.charAt(m.end() + 1))) return null; // "2000-strong", "1500-page"
        String prev = c.wordBefore(start);
        String next = c.tokenAfter(m.end());
        if (NOT_YEAR_BEFORE.contains(prev) || NOT_YEAR_AFTER.contains(next)) return null;
        if (prev.equals("the") && next.equals("s")) return null;
        boolean era = next.equals("ad") || next.equals("bc") || next.equals("bce") || next.equals("ce");
        if (y < 1900 && !era && !YEAR_INTRO.contains(prev)) return null;
        return Candidate.named(start, m.end(), Period.year(y));
    }

    private static Candidate yearTail(Matcher m, Context c) {
        int y1 = num(m, "y1");
        int yy = num(m, "yy");
        int y = y1 / 100 * 100 + yy;
        if (y <= y1) y += 100;
        if (y - y1 > 20 || !DateMath.validYear(y) || !DateMath.validYear(y1)) return null;
        return Candidate.named(m.start("yy"), m.end("yy"), Period.year(y));
    }

    private static Candidate yearApostrophe(Matcher m, Context c) {
        String prev = c.wordBefore(m.start());
        if (!YEAR_INTRO.contains(prev) && !prev.equals("the")) return null;
        if (prev.equals("the") && !c.tokenAfter(m.end()).matches("[a-z]+")) return null;
        int yy = num(m, "yy");
        int now = c.anchor == null ? 2000 : c.anchor.getYear();
        int y = 2000 + yy <= now ? 2000 + yy : 1900 + yy;
        return Candidate.named(m.start(), m.end(), Period.year(y));
    }

    private static Candidate decade(Matcher m, Context c) {
        boolean the = m.group("the") != null;
        int y;
        if (m.group("full") != null) {
            y = num(m, "full");
            if (!DateMath.validYear(y)) return null;
            if (y % 100 == 0 && y < 2000) {
                Period p = Period.century(y / 100);
                if (m.group("part") != null) p = p.part(Rule.lower(m.group("part")));
                return Candidate.date(m.start(), m.end(), p);
            }
        } else {
            if (!the && m.group("two") == null) return null;
            int d = m.group("word") != null ? Lexicon.decadeWord(m.group("word"))
                    : num(m, m.group("two") != null ? "two" : "bare") / 10;
            if (d < 0) return null;
            y = (d <= 1 ? 2000 : 1900) + 10 * d;
        }
        Period p = Period.decade(y);
        if (m.group("part") != null) p = p.part(Rule.lower(m.group("part")));
        return Candidate.date(m.start(), m.end(), p);
    }

    private static Candidate century(Matcher m, Context c) {
        int ord = Lexicon.ordinal(m.group("ord"));
        if (ord < 11 || ord > 21) return null;
        Period p = Period.century(ord - 1);
        if (m.group("part") != null) p = p.part(Rule.lower(m.group("part")));
        return Candidate.date(m.start(), m.end(), p);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
