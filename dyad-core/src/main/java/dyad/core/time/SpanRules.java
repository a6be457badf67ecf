package dyad.core.time;

import static dyad.core.time.Lexicon.NUMBER;
import static dyad.core.time.Lexicon.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Rules for stretches of time ("three days", "the past two years", "in recent months"), with the dates they point
 * to when the words around them say so ("in five days", "a week after", "two years later").
 */
final class SpanRules {
    private SpanRules() {
    }


    /** Words before a bare plural unit that make it a stretch of time ("for years", "take weeks"). */
    private static final Set<String> BARE_INTRO = Set.of(
            "for", "take", "takes", "took", "taking", "taken", "within", "spend", "spent", "spending", "lasted",
            "lasting", "lasts", "last", "waited", "wait", "waiting");

    private static final String[] UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
        "centur"};

    private static final Set<String> LINK_WORDS = Set.of("after", "before", "later", "earlier");

    /** Tokens before "a year" that make it a rate ("$600 million a year", "5% a year"): a set, not a stretch. */
    private static final Set<String> RATE_BEFORE = Set.of(
            "million", "billion", "trillion", "%", "percent", "dollars", "euros", "pounds", "times", "tonnes",
            "tons", "barrels", "people", "visitors", "bn", "m", "k");

    static List<Rule> rules() {
        return List.of(
                Rule.of("duration", "(?<the>the\\s+)?(?:(?<rel>past|last|next|coming|following|previous|first"
                                + "|recent|initial|final|remaining|same)\\s+)?(?:(?<approx>almost|nearly|roughly"
                                + "|approximately|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|a\\s+mere"
                                + "|up\\s+to)\\s+)?(?<![\\w.,-])(?<n>" + NUMBER + ")(?:[\\s-]+|-and-a-half-)(?:(?:consecutive|straight|successive|more|additional|further|full|whole"
                                + "|long|working|business|calendar)\\s+)?(?<u>"
                                + UNIT + ")(?<half>\\s+and\\s+a\\s+half)?(?<adj>-long|-old)?(?![\\w-])",
                        Rule.DIGIT + " the past last next coming following previous first recent initial final remaining"
                                + " same almost nearly roughly approximately more less fewer at up " + Lexicon.NUMBER_WORDS,
                        SpanRules::duration).requiring(UNITS),
                Rule.of("half-unit", "(?<![\\w-])half\\s+(?:an?\\s+)?(?<u>hour|day|week|month|year|decade|century)"
                        + "(?![\\w-])", "half", SpanRules::halfUnit),
                Rule.of("recent-units", "(?<the>the\\s+)?(?<rel>recent|past|last|next|coming|following|previous)\\s+"
                                + "(?<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\\w-])",
                        "the recent past last next coming following previous", SpanRules::recentUnits)
                        .requiring(UNITS),
                Rule.of("bare-units", "(?<![\\w-])(?<u>seconds|minutes|hours|days|weeks|months|years|decades"
                        + "|centuries)(?![\\w-])", "seconds minutes hours days weeks months years decades centuries",
                        SpanRules::bareUnits),
                Rule.of("range-first", "(?<![\\w.,$])(?<n>\\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
                                + "|ten|eleven|twelve|fifteen|twenty|thirty)(?=\\s*(?:and|to|or|-|\u2013)\\s*(?:\\d{1,3}"
                                + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                                + "|forty|fifty|sixty)\\s+(?<u>" + UNIT + ")(?![\\w-]))",
                        Rule.DIGIT + " one two three four five six seven eight nine ten eleven twelve fifteen twenty"
                                + " thirty", SpanRules::rangeFirst).requiring(UNITS));
    }

    private static Candidate duration(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        String nWord = Rule.lower(m.group("n"));
        int n = Lexicon.number(nWord);
        Unit u = Unit.of(m.group("u"));
        if (n == 0 || u == null) return null;
        if ("-old".equals(m.group("adj"))) return null;
        String next = c.tokenAfter(e);
        String prev = c.wordBefore(s);
        if (next.equals("old") || (next.equals("of") && c.secondTokenAfter(e).equals("age"))
                || prev.equals("aged") || prev.equals("ages") || prev.equals("age")
                || (next.equals("and") && (c.secondTokenAfter(e).equals("older") || c.secondTokenAfter(e).equals("up")))) {
            return null;
        }
        boolean singular = !Rule.lower(m.group("u")).endsWith("s");
        if ((nWord.equals("one") || nWord.equals("some")) && singular && u == Unit.DAY && !LINK_WORDS.contains(next)
                && !next.equals("of")) {
            return null; // "one day", "some day": a vague moment, not a stretch
        }
        if ((nWord.equals("a") || nWord.equals("an")) && m.group("the") == null && m.group("rel") == null) {
            String before = c.tokenBefore(s);
            if (RATE_BEFORE.contains(before) || Character.isDigit(before.isEmpty() ? ' ' : before.charAt(0))) {
                return Candidate.plain(s, e, TimexType.SET, u.duration(1));
            }
            if (before.equals("per")) return null;
        }
        int s2 = s;
        String rel = m.group("rel") == null ? null : Rule.lower(m.group("rel"));
        if (rel != null && m.group("the") == null && (rel.equals("first") || rel.equals("final")
                || rel.equals("same") || rel.equals("remaining") || rel.equals("initial"))) {
            s2 = m.start("rel") + rel.length();
            while (s2 < m.start("n") && Character.isWhitespace(c.charAt(s2))) s2++;
            if (m.group("approx") != null) s2 = m.start("approx");
            rel = null;
        }
        int numberAt = m.start("n");
        if (Character.isUpperCase(c.charAt(numberAt)) && c.tokens.sentenceStart(numberAt) != numberAt
                && Character.isUpperCase(c.charAt(m.start("u")))) {
            return null; // "the Six-Day War", "the Hundred Years War": a name
        }
        boolean half = m.group("half") != null && n > 0;
        Candidate d = Candidate.plain(s2, e, TimexType.DURATION, half ? u.durationAndHalf(n) : u.duration(n));
        return withDates(d, rel, n, u, m.group("adj") != null || m.group("half") != null, c);
    }

    /** The days a stretch points to, from the words around it: "the past two years", "in five days", "later". */
    private static Candidate withDates(Candidate d, String rel, int n, Unit u, boolean adjective, Context c) {
        int s = d.start();
        int e = d.end();
        String next = c.tokenAfter(e);
        LocalDate a = c.anchor;
        int count = n > 0 ? n : u.vague();
        if (rel != null) {
            if (a == null || next.equals("of")) return d;
            switch (rel) {
                case "past", "last", "recent", "previous" -> {
                    // "the past 24 hours" reaches into the day before the article's
                    LocalDate from = calendarUnit(u) ? u.plus(a, -count) : a.minusDays(clockDays(u, count));
                    String event = n < 0 ? DateMath.recentPrefix(from, a) : DateMath.commonPrefix(from, a);
                    return d.withDays(from, a, event);
                }
                case "next", "coming" -> {
                    LocalDate to = calendarUnit(u) ? u.plus(a, count) : a.plusDays(clockDays(u, count));
                    return d.withDays(a, to, DateMath.commonPrefix(a, to));
                }
                default -> {
                    return d;
                }
            }
        }
        if (adjective || n < 0) return d;
        String prev = c.wordBefore(s);
        boolean calendar = calendarUnit(u);
        if (a != null && calendar && prev.equals("within")) {
            LocalDate to = u.plus(a, n);
            return d.withDays(a, to, DateMath.commonPrefix(a, to));
        }
        boolean fromNow = next.equals("from") && (c.secondTokenAfter(e).equals("now")
                || c.secondTokenAfter(e).equals("today"));
        if (a != null && calendar && (fromNow || (prev.equals("in") && c.direction(s, e) == Direction.FUTURE))) {
            return target(d, Period.day(a), u, n);
        }
        if (LINK_WORDS.contains(next) && !c.secondTokenAfter(e).equals("than") && calendar) {
            return d.withLink((self, ctx, settled) -> linkToReference(self, ctx, settled, u, n, next));
        }
        return d;
    }

    /** How many days a stretch of hours or minutes may reach across, at least one (it may cross midnight). */
    private static int clockDays(Unit u, int count) {
        return u == Unit.HOUR ? Math.max(1, (count + 23) / 24) : 1;
    }

    private static boolean calendarUnit(Unit u) {
        return u != Unit.SECOND && u != Unit.MINUTE && u != Unit.HOUR;
    }

    /** The stretch's proposal with the days n units after the reference (n may be negative), a little widened. */
    private static Candidate target(Candidate d, Period ref, Unit u, int n) {
        LocalDate from = u.plus(ref.from(), n);
        LocalDate to = u.plus(ref.to(), n);
        int fuzz = switch (u) {
            case WEEK -> 2;
            case MONTH -> ref.value().length() == 10 ? 7 : 0;
            case DECADE -> 0;
            default -> 0;
        };
        from = from.minusDays(fuzz);
        to = to.plusDays(fuzz);
        if (u == Unit.DECADE || u == Unit.CENTURY) {
            from = from.minusYears(2);
            to = to.plusYears(2);
        }
        return d.withDays(from, to, DateMath.commonPrefix(from, to));
    }

    /**
     * "N units after/before/later/earlier": resolved against a date. "a week after the March 3 vote": the date after
     * it plus a week. "launched on Tuesday, a week after Ottawa announced": the other event, a week before Tuesday.
     * "Two years later" / "earlier": the last date named, plus or minus.
     */
    private static Candidate linkToReference(Candidate self, Context c, List<Candidate> settled, Unit u, int n,
                                             String word) {
        boolean forward = word.equals("after") || word.equals("later");
        if (word.equals("after") || word.equals("before")) {
            // a date right after "after": "a week after March 3"
            int limit = c.tokens.tokenAt(self.end()) + 7;
            int limitOffset = limit < c.tokens.size ? c.tokens.start[limit] : c.text.length();
            for (Candidate other : settled) {
                if (other.start() >= self.end() && other.start() < limitOffset
                        && c.tokens.sameSentence(self.start(), other.start())) {
                    Period p = other.calendarPeriod();
                    if (p != null) return target(self, p, u, forward ? n : -n);
                    break;
                }
            }
            // the date of the clause before: the event after "after" lies n units before it
            for (int i = settled.size() - 1; i >= 0; i--) {
                Candidate other = settled.get(i);
                if (other.end() > self.start()) continue;
                if (!c.tokens.sameSentence(self.start(), other.start())) break;
                Period p = other.calendarPeriod();
                if (p != null) return target(self, p, u, forward ? -n : n);
            }
            return self;
        }
        for (int i = settled.size() - 1; i >= 0; i--) {
            Candidate other = settled.get(i);
            if (other.end() > self.start()) continue;
            Period p = other.calendarPeriod();
            if (p != null) return target(self, p, u, forward ? n : -n);
        }
        return self;
    }

    private static Candidate halfUnit(Matcher m, Context c) {
        Unit u = Unit.of(m.group("u"));
        if (u == null) return null;
        return Candidate.plain(m.start(), m.end(), TimexType.DURATION, u.durationAndHalf(0));
    }

    private static Candidate recentUnits(Matcher m, Context c) {
        Unit u = Unit.of(m.group("u"));
        if (u == null) return null;
        String rel = Rule.lower(m.group("rel"));
        if (rel.equals("following") || rel.equals("previous")) {
            if (m.group("the") == null) return null;
        }
        Candidate d = Candidate.plain(m.start(), m.end(), TimexType.DURATION, u.duration(-1));
        return withDates(d, rel, -1, u, false, c);
    }

    private static Candidate bareUnits(Matcher m, Context c) {
        Unit u = Unit.of(m.group("u"));
        String prev = c.wordBefore(m.start());
        String next = c.tokenAfter(m.end());
        boolean linked = LINK_WORDS.contains(next) && !c.secondTokenAfter(m.end()).equals("than");
        if (u == null || !(BARE_INTRO.contains(prev) || linked)) return null;
        return Candidate.plain(m.start(), m.end(), TimexType.DURATION, u.duration(-1));
    }

    private static Candidate rangeFirst(Matcher m, Context c) {
        int n = Lexicon.number(m.group("n"));
        Unit u = Unit.of(m.group("u"));
        if (n <= 0 || u == null) return null;
        return Candidate.plain(m.start(), m.end(), TimexType.DURATION, u.duration(n));
    }
}
