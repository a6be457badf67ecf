package dyad.core.time;

import static dyad.core.time.Lexicon.NUMBER;
import static dyad.core.time.Lexicon.WEEKDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Rules for clock times ("at 3 p.m.", "15:00 GMT Saturday") and repeated times ("every week", "annually"). */
final class ClockRules {
    private ClockRules() {
    }

    /** Words before a bare 24-hour time or "noon" that make it a time of day ("at 15:30", "by midnight"). */
    private static final Set<String> TIME_INTRO = Set.of(
            "at", "by", "until", "till", "before", "after", "around", "from", "since", "past", "about", "to",
            "and", "between", "approximately", "shortly", "just");

    private static final String ZONE = "(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|EST|EDT|CST|CDT|PST|PDT"
            + "|ET|PT|Z)|local\\s+time";

    static List<Rule> rules() {
        return List.of(
                Rule.of("clock", "(?<![\\w:.])(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?"
                                + "|(?-i:am|pm|AM|PM))(?![\\w])|(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?![:\\d])"
                                + "|(?<noon>noon|midday|midnight))(?:\\s*\\(?(?<tz>" + ZONE + ")\\)?(?![\\w]))?"
                                + "(?:,?\\s+(?:on\\s+)?(?<wd>" + WEEKDAY + "|today|tonight|tomorrow|yesterday)"
                                + "(?![\\w]))?",
                        Rule.DIGIT + " noon midday midnight", ClockRules::clock),
                Rule.of("set-every", "(?:every|each)\\s+(?:(?<n>other|" + NUMBER + ")\\s+)?(?<u>day|week|month|year"
                                + "|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|quarter"
                                + "|decade|hour|minute|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                                + "|Sunday))s?(?![\\w])",
                        "every each", ClockRules::every),
                Rule.of("set-adverb", "(?<![\\w-])(?<w>daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly"
                        + "|fortnightly|quarterly)(?![\\w-])", "daily weekly monthly annually yearly"
                        + " nightly hourly biweekly fortnightly quarterly", ClockRules::adverb),
                Rule.of("set-times", "(?<f>once|twice|thrice|(?:\\d+|two|three|four|five|six|ten)\\s+times)\\s+(?:a"
                        + "|per|each|every)\\s+(?<u>day|week|month|year|decade)(?![\\w])", Rule.DIGIT + " once twice thrice two"
                        + " three four five six ten", ClockRules::times).requiring("times", "once", "twice", "thrice"),
                Rule.of("set-weekdays", "(?<=\\bon\\s)(?<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays"
                        + "|Saturdays|Sundays))(?![\\w])", "mondays tuesdays wednesdays thursdays"
                        + " fridays saturdays sundays", ClockRules::weekdays));
    }

    private static Candidate clock(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        int hour;
        int minute = 0;
        String time;
        if (m.group("ap") != null) {
            hour = Integer.parseInt(m.group("h"));
            if (m.group("mi") != null) minute = Integer.parseInt(m.group("mi"));
            boolean pm = Rule.lower(m.group("ap")).startsWith("p");
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm) hour += 12;
            time = String.format("T%02d:%02d", hour, minute);
        } else if (m.group("h24") != null) {
            if (m.group("tz") == null && !TIME_INTRO.contains(c.wordBefore(s))) return null;
            hour = Integer.parseInt(m.group("h24"));
            minute = Integer.parseInt(m.group("m24"));
            time = String.format("T%02d:%02d", hour, minute);
        } else {
            if (!TIME_INTRO.contains(c.wordBefore(s))) return null;
            time = Rule.lower(m.group("noon")).equals("midnight") ? "T24:00" : "T12:00";
        }
        if (m.group("wd") != null) {
            if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.TIME);
            String w = Rule.lower(m.group("wd"));
            LocalDate d = switch (w) {
                case "today", "tonight" -> c.anchor;
                case "tomorrow" -> c.anchor.plusDays(1);
                case "yesterday" -> c.anchor.minusDays(1);
                default -> DateMath.weekday(c.anchor, Lexicon.weekday(w), c.direction(s, e));
            };
            return Candidate.of(s, e, TimexType.TIME, Period.day(d).withTime(time));
        }
        Candidate proposal = c.anchor == null ? Candidate.unresolved(s, e, TimexType.TIME)
                : Candidate.of(s, e, TimexType.TIME, Period.day(c.anchor).withTime(time));
        String suffix = time;
        return proposal.withLink((self, ctx, settled) -> {
            // "Friday at 3 p.m.", "at 3 p.m. (0100 GMT) on November 10": the nearest day named in the clause
            Candidate best = null;
            int bestGap = Integer.MAX_VALUE;
            for (Candidate other : settled) {
                if (other == self || other.type() == TimexType.DURATION || other.type() == TimexType.SET) continue;
                Period p = other.calendarPeriod();
                if (p == null || p.value().length() != 10) continue;
                int gapFrom = Math.min(other.end(), self.end());
                int gapTo = Math.max(other.start(), self.start());
                if (gapTo < gapFrom || gapTo - gapFrom > 30 || !ctx.tokens.sameSentence(self.start(), other.start())) {
                    continue;
                }
                String gap = ctx.text.substring(gapFrom, gapTo);
                if (gap.indexOf(';') >= 0 || gap.indexOf('.') >= 0) continue;
                if (gapTo - gapFrom < bestGap) {
                    best = other;
                    bestGap = gapTo - gapFrom;
                }
            }
            return best == null ? self : self.withPeriod(best.calendarPeriod(), suffix);
        });
    }

    private static Candidate every(Matcher m, Context c) {
        String unit = Rule.lower(m.group("u"));
        String n = m.group("n") == null ? null : Rule.lower(m.group("n"));
        String value;
        if (n != null) {
            int k = n.equals("other") ? 2 : Lexicon.number(n);
            Unit u = Unit.of(unit);
            if (k <= 0 || u == null) return null;
            value = u.duration(k);
        } else {
            value = calendarSet(unit);
        }
        return value == null ? null : Candidate.plain(m.start(), m.end(), TimexType.SET, value);
    }

    /** The TimeML value of "every &lt;unit&gt;": "XXXX-WXX", "XXXX-XX-XXTMO", "XXXX-WXX-5", "XXXX-SU". */
    private static String calendarSet(String unit) {
        if (Lexicon.weekday(unit) != null && unit.length() >= 6) {
            return "XXXX-WXX-" + Lexicon.weekday(unit).getValue();
        }
        String season = DateMath.season(unit);
        if (season != null) return "XXXX-" + season;
        return switch (unit) {
            case "day" -> "XXXX-XX-XX";
            case "week" -> "XXXX-WXX";
            case "month" -> "XXXX-XX";
            case "year" -> "XXXX";
            case "morning", "afternoon", "evening", "night" -> "XXXX-XX-XX" + RelativeRules.partOfDay(unit);
            case "weekend" -> "XXXX-WXX-WE";
            case "quarter" -> "XXXX-QX";
            case "decade" -> "P10Y";
            case "hour" -> "PT1H";
            case "minute" -> "PT1M";
            default -> null;
        };
    }

    private static Candidate adverb(Matcher m, Context c) {
        String value = switch (Rule.lower(m.group("w"))) {
            case "daily" -> "XXXX-XX-XX";
            case "weekly" -> "XXXX-WXX";
            case "monthly" -> "XXXX-XX";
            case "annually", "yearly" -> "XXXX";
            case "nightly" -> "XXXX-XX-XXTNI";
            case "hourly" -> "PT1H";
            case "quarterly" -> "XXXX-QX";
            default -> "P2W";
        };
        return Candidate.plain(m.start(), m.end(), TimexType.SET, value);
    }

    private static Candidate times(Matcher m, Context c) {
        Unit u = Unit.of(m.group("u"));
        return u == null ? null : Candidate.plain(m.start(), m.end(), TimexType.SET, u.duration(1));
    }

    private static Candidate weekdays(Matcher m, Context c) {
        return Candidate.plain(m.start(), m.end(), TimexType.SET,
                "XXXX-WXX-" + Lexicon.weekday(m.group("wd")).getValue());
    }
}
