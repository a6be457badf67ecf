package dyad.core.time;

import static dyad.core.time.Lexicon.NUMBER;
import static dyad.core.time.Lexicon.UNIT;
import static dyad.core.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Rules for dates told from the article date: today, on Friday, last week, two years ago, the end of the year. */
final class RelativeRules {
    private RelativeRules() {
    }


    /** Capitalised words that make a weekday part of a name ("Good Friday", "Super Tuesday"). */
    private static final Set<String> NAMED_DAYS = Set.of(
            "good", "black", "bloody", "super", "ash", "easter", "palm", "holy", "cyber", "maundy", "shrove",
            "giving", "whit", "low", "trinity");

    /** Words before "the following year" that make it a stretch of time, not a date ("over the following decade"). */
    private static final Set<String> DURATION_INTRO = Set.of("over", "during", "for", "throughout", "within");

    static List<Rule> rules() {
        return List.of(
                Rule.of("today", "(?<![\\w-])(?:(?<w>today|yesterday|tomorrow)(?:\\s+(?<part>morning|afternoon"
                                + "|evening|night))?|(?<tonight>tonight)|this\\s+(?<thispart>morning|afternoon|evening)"
                                + "|(?<lastnight>last\\s+night)|(?<overnight>overnight))(?![\\w-])",
                        "today tonight yesterday tomorrow this last overnight", RelativeRules::today),
                Rule.of("weekday", "(?:(?<part0>early|late)\\s+)?(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>"
                        + WEEKDAY + ")(?:\\s+(?<part>morning|afternoon|evening|night))?",
                        "early late last next this coming past " + Lexicon.WEEKDAY_WORDS,
                        RelativeRules::weekday),
                Rule.of("this-unit", "(?:(?<mod>earlier|later|early|late|mid)(?:\\s+in)?[- ]\\s*)?(?<the>the\\s+)?"
                                + "(?<rel>this|last|next|past|coming|previous|following|current|same|preceding)\\s+"
                                + "(?<u>week(?:end)?|month|year|quarter|decade|century|spring|summer|autumn|fall"
                                + "|winter|(?:fiscal|financial)\\s+year)(?![\\w-])",
                        "earlier later early late mid the this last next past coming previous following current same"
                                + " preceding", RelativeRules::thisUnit).requiring("week", "month", "year", "quarter",
                        "decade", "centur", "spring", "summer", "autumn", "fall", "winter"),
                Rule.of("in-the-unit", "(?<mod>earlier|later)\\s+in\\s+the\\s+(?<u>week|month|year)(?![\\w-])",
                        "earlier later", RelativeRules::inTheUnit),
                Rule.of("ago", "(?:(?<n>" + NUMBER + ")[\\s-]+)?(?<u>" + UNIT + ")\\s+ago(?![\\w])",
                        Rule.DIGIT + " couple seconds minutes hours days weeks months years decades centuries second"
                                + " minute hour day week month year decade century " + Lexicon.NUMBER_WORDS,
                        RelativeRules::ago).requiring("ago"),
                Rule.of("part-of-date", "the\\s+(?:(?:very\\s+)?early\\s+|late\\s+)?(?<part>morning|afternoon|evening"
                                + "|night)(?:\\s+hours)?\\s+of\\s+(?=\\S)", "the", RelativeRules::partOfDate).requiring(" of "),
                Rule.of("next-day", "the\\s+(?<rel>next|following|previous|preceding|same)\\s+(?<u>day|morning|night"
                                + "|evening|afternoon)(?![\\w])|the\\s+day\\s+(?<ba>before|after)(?=\\s*[,.;)])",
                        "the", RelativeRules::nextDay).requiring("day", "morning", "night", "evening", "afternoon"));
    }

    private static Candidate today(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        if (Character.isUpperCase(c.charAt(s)) && c.capitalWordBefore(s)) return null; // "USA Today"
        boolean overnight = m.group("overnight") != null;
        if (overnight && (c.wordBefore(s).equals("an") || c.wordBefore(s).equals("the"))) return null;
        boolean hasPart = m.group("part") != null || m.group("tonight") != null || m.group("thispart") != null
                || m.group("lastnight") != null || overnight;
        TimexType type = hasPart ? TimexType.TIME : TimexType.DATE;
        if (c.anchor == null) return Candidate.unresolved(s, e, type);
        LocalDate a = c.anchor;
        if (overnight) {
            boolean past = c.direction(s, e) == Direction.PAST;
            LocalDate night = past ? a.minusDays(1) : a;
            return new Candidate(s, e, TimexType.TIME, DateMath.iso(night) + "TNI", DateMath.iso(night), night,
                    night.plusDays(1), false, null);
        }
        if (m.group("tonight") != null) return Candidate.of(s, e, type, Period.day(a).withTime("TNI"));
        if (m.group("lastnight") != null) return Candidate.of(s, e, type, Period.day(a.minusDays(1)).withTime("TNI"));
        if (m.group("thispart") != null) {
            return Candidate.of(s, e, type, Period.day(a).withTime(partOfDay(m.group("thispart"))));
        }
        LocalDate d = switch (Rule.lower(m.group("w"))) {
            case "yesterday" -> a.minusDays(1);
            case "tomorrow" -> a.plusDays(1);
            default -> a;
        };
        Period p = Period.day(d);
        if (m.group("part") != null) p = p.withTime(partOfDay(m.group("part")));
        return Candidate.of(s, e, type, p);
    }

    /** The TimeML part-of-day suffix: "TMO", "TAF", "TEV", "TNI". */
    static String partOfDay(String word) {
        return switch (Rule.lower(word)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static Candidate weekday(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        if (m.group("rel") == null && m.group("part0") == null) {
            int k = c.tokens.tokenAt(s) - 1;
            if (k >= 0 && c.tokens.capital[k] && NAMED_DAYS.contains(c.tokens.word[k])) return null;
        }
        TimexType type = m.group("part") != null ? TimexType.TIME : TimexType.DATE;
        if (c.anchor == null) return Candidate.unresolved(s, e, type);
        DayOfWeek dow = Lexicon.weekday(m.group("wd"));
        LocalDate a = c.anchor;
        String rel = m.group("rel") == null ? "" : Rule.lower(m.group("rel"));
        LocalDate d = switch (rel) {
            case "last", "past" -> a.with(TemporalAdjusters.previous(dow));
            case "next", "coming" -> a.with(TemporalAdjusters.next(dow));
            case "this" -> DateMath.weekday(a, dow, c.direction(s, e) == Direction.PAST ? Direction.PAST
                    : Direction.FUTURE);
            default -> DateMath.weekday(a, dow, c.direction(s, e));
        };
        Period p = Period.day(d);
        if (m.group("part") != null) p = p.withTime(partOfDay(m.group("part")));
        return Candidate.of(s, e, type, p);
    }

    private static Candidate thisUnit(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        String rel = Rule.lower(m.group("rel"));
        String unit = Rule.lower(m.group("u")).replaceAll("\\s+", " ");
        boolean the = m.group("the") != null;
        String mod = m.group("mod") == null ? null : Rule.lower(m.group("mod"));
        if (!the && (rel.equals("same") || rel.equals("following") || rel.equals("preceding"))) return null;
        boolean fiscal = unit.endsWith("year") && unit.contains(" ");
        boolean longUnit = unit.equals("decade") || unit.equals("century");

        // stretches of time: "the past week", "the next decade", "over the following year"
        String before = c.wordBefore(s);
        boolean intro = DURATION_INTRO.contains(before) || before.equals("in");
        boolean stretch = (the && (rel.equals("past") || rel.equals("coming")))
                || (the && rel.equals("next") && (intro || longUnit))
                || (rel.equals("past") && !fiscal)
                || (longUnit && the && !rel.equals("same") && !rel.equals("this"))
                || ((rel.equals("following") || rel.equals("previous") || rel.equals("preceding"))
                && DURATION_INTRO.contains(c.wordBefore(s)));
        if (stretch && mod == null && !fiscal && DateMath.season(unit) == null) {
            Unit u = unit.equals("weekend") ? Unit.DAY : unit.equals("quarter") ? Unit.MONTH : Unit.of(unit);
            int n = unit.equals("weekend") ? 2 : unit.equals("quarter") ? 3 : 1;
            Candidate d = Candidate.plain(s, e, TimexType.DURATION, u.duration(n));
            if (c.anchor == null || rel.equals("following") || rel.equals("previous") || rel.equals("preceding")) {
                return d;
            }
            LocalDate a = c.anchor;
            boolean back = rel.equals("past") || rel.equals("last");
            LocalDate from = back ? u.plus(a, -n) : a;
            LocalDate to = back ? a : u.plus(a, n);
            return d.withDays(from, to, DateMath.commonPrefix(from, to));
        }
        if (rel.equals("following") || rel.equals("previous") || rel.equals("preceding") || rel.equals("same")
                || (the && rel.equals("next"))) {
            int shift = rel.equals("following") || rel.equals("next") ? 1 : rel.equals("same") ? 0 : -1;
            Candidate proposal = Candidate.unresolved(s, e, TimexType.DATE);
            return proposal.withLink((self, ctx, settled) -> relativeToReference(self, ctx, settled, unit, shift));
        }
        if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.DATE);
        LocalDate a = c.anchor;
        int shift = switch (rel) {
            case "last", "previous", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (fiscal) {
            return Candidate.plain(s, e, TimexType.DATE, DateMath.year(a.getYear() + shift));
        }
        String season = DateMath.season(unit);
        Period p = season != null ? season(a, season, shift) : unitOf(unit, a).shift(shift, a);
        if (mod != null) {
            boolean holds = !a.isBefore(p.from()) && !a.isAfter(p.to());
            p = switch (mod) {
                case "earlier" -> holds ? p.untilDay(a) : p.part("early");
                case "later" -> holds ? p.fromDay(a) : p.part("late");
                default -> p.part(mod);
            };
        }
        return Candidate.date(s, e, p);
    }

    /** The period of that unit holding the day. */
    static Period unitOf(String unit, LocalDate d) {
        return switch (unit) {
            case "day" -> Period.day(d);
            case "week" -> Period.week(d, d);
            case "weekend" -> Period.weekend(d);
            case "month" -> Period.month(d);
            case "quarter" -> Period.quarterOf(d);
            case "decade" -> Period.decade(d.getYear() - d.getYear() % 10);
            case "century" -> Period.century(d.getYear() / 100);
            default -> Period.year(d.getYear());
        };
    }

    /** This (0), last (-1) or next (+1) season of that name seen from the anchor. */
    private static Period season(LocalDate a, String code, int shift) {
        int y = a.getYear();
        if (shift == 0) {
            if (code.equals("WI") && a.getMonthValue() <= 2) y--;
        } else if (shift < 0) {
            while (!DateMath.seasonEnd(y, code).isBefore(a)) y--;
        } else {
            while (!DateMath.seasonStart(y, code).isAfter(a)) y++;
        }
        return Period.season(y, code);
    }

    /** "the following year": the unit after (before, same as) the one of the last date named before it. */
    private static Candidate relativeToReference(Candidate self, Context c, List<Candidate> settled, String unit,
                                                 int shift) {
        Period ref = null;
        for (int i = settled.size() - 1; i >= 0; i--) {
            Candidate prior = settled.get(i);
            if (prior.end() > self.start()) continue;
            Period p = prior.calendarPeriod();
            if (p != null && precisionAtLeast(p, unit)) {
                ref = p;
                break;
            }
        }
        LocalDate base = ref != null ? ref.from() : c.anchor;
        if (base == null) return self;
        if (unit.endsWith("year") && unit.contains(" ")) unit = "year";
        String season = DateMath.season(unit);
        Period p = season != null ? Period.season(base.getYear() + shift, season)
                : unitOf(unit, base).shift(shift, c.anchor == null ? base : c.anchor);
        return self.withPeriod(p, "");
    }

    /** True when the period is at least as fine as the unit (a day names its month, not the reverse). */
    private static boolean precisionAtLeast(Period p, String unit) {
        int have = p.value().length();
        return switch (unit) {
            case "day", "morning", "night", "evening", "afternoon", "week", "weekend" -> have >= 10;
            case "month", "quarter" -> have >= 7;
            default -> have >= 4;
        };
    }

    private static Candidate inTheUnit(Matcher m, Context c) {
        if (c.anchor == null) return Candidate.unresolved(m.start(), m.end(), TimexType.DATE);
        Period p = unitOf(Rule.lower(m.group("u")), c.anchor);
        p = Rule.lower(m.group("mod")).equals("earlier") ? p.untilDay(c.anchor) : p.fromDay(c.anchor);
        return Candidate.date(m.start(), m.end(), p);
    }

    private static Candidate ago(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        Unit u = Unit.of(m.group("u"));
        int n = m.group("n") == null ? -1 : Lexicon.number(m.group("n"));
        if (u == null || n == 0) return null;
        if (n < 0) return Candidate.plain(s, e, TimexType.DATE, "PAST_REF");
        if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.DATE);
        LocalDate a = c.anchor;
        LocalDate d = u.plus(a, -n);
        if (!DateMath.validYear(d.getYear())) return null;
        Period p = switch (u) {
            case SECOND, MINUTE, HOUR -> {
                LocalDate from = n >= 1 && u == Unit.HOUR ? a.minusDays(1) : a;
                yield new Period(DateMath.iso(a), from, a, DateMath.commonPrefix(from, a));
            }
            case DAY -> Period.day(d);
            case WEEK -> Period.week(d, a);
            case MONTH -> Period.month(d);
            case YEAR -> Period.year(d.getYear());
            case DECADE -> Period.decade(d.getYear() - d.getYear() % 10);
            case CENTURY -> Period.century(d.getYear() / 100);
        };
        TimexType type = u == Unit.HOUR || u == Unit.MINUTE || u == Unit.SECOND ? TimexType.TIME : TimexType.DATE;
        return Candidate.of(s, e, type, p);
    }


    /** "the night of May 13": the words before a date, joined to it when the date comes right after. */
    private static Candidate partOfDate(Matcher m, Context c) {
        String suffix = partOfDay(m.group("part"));
        return Candidate.unresolved(m.start(), m.end(), TimexType.TIME).withLink((self, ctx, settled) -> {
            for (Candidate other : settled) {
                if (other.start() == self.end()) {
                    Period p = other.calendarPeriod();
                    if (p == null || p.value().length() != 10) return null;
                    return other.withSpan(self.start(), other.end()).withPeriod(p, suffix).withType(TimexType.TIME);
                }
            }
            return null;
        });
    }

    private static Candidate nextDay(Matcher m, Context c) {
        int shift;
        String unit;
        if (m.group("ba") != null) {
            shift = Rule.lower(m.group("ba")).equals("before") ? -1 : 1;
            unit = "day";
        } else {
            String rel = Rule.lower(m.group("rel"));
            shift = rel.equals("next") || rel.equals("following") ? 1 : rel.equals("same") ? 0 : -1;
            unit = Rule.lower(m.group("u"));
        }
        String suffix = unit.equals("day") ? "" : partOfDay(unit);
        TimexType type = suffix.isEmpty() ? TimexType.DATE : TimexType.TIME;
        Candidate proposal = Candidate.unresolved(m.start(), m.end(), type);
        return proposal.withLink((self, ctx, settled) -> {
            for (int i = settled.size() - 1; i >= 0; i--) {
                Candidate prior = settled.get(i);
                if (prior.end() > self.start()) continue;
                Period p = prior.calendarPeriod();
                if (p != null && p.value().length() == 10) {
                    return self.withPeriod(Period.day(p.from().plusDays(shift)), suffix);
                }
            }
            return null;
        });
    }
}
