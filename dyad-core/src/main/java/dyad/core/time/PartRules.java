package dyad.core.time;

import static dyad.core.time.Lexicon.MONTH_FULL;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/** Rules for parts of years and months: "the end of the year", "the first quarter", "the spring of 2026". */
final class PartRules {
    private PartRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("end-of", "(?:the\\s+)?(?<pos>end|beginning|start|middle|close|turn|dawn|first\\s+half"
                                + "|second\\s+half|latter\\s+half)\\s+of\\s+(?:(?<cur>(?:the|this)\\s+)?(?<cu>year"
                                + "|month|week|decade|century)|(?<rel>last|next|previous)\\s+(?<ru>year|month|week"
                                + "|decade|century)|(?<mon>" + MONTH_FULL + ")(?:,?\\s+(?<my>\\d{4}))?"
                                + "|(?<y>(?:1\\d|20)\\d{2}))(?![\\w])",
                        "the end beginning start middle close turn dawn first second latter", PartRules::endOf)
                        .requiring(" of "),
                Rule.of("quarter", "(?:(?:the\\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter"
                                + "(?:\\s+of\\s+(?:(?<y>(?:1\\d|20)\\d{2})|(?<rel>this|last|next)\\s+year|the\\s+year"
                                + "|fiscal\\s+(?<fy>\\d{4})))?|(?-i:Q)(?<q>[1-4])(?:\\s+(?<qy>(?:1\\d|20)\\d{2}))?"
                                + "|(?<qy2>(?:1\\d|20)\\d{2})\\s+(?-i:Q)(?<q2>[1-4]))(?![\\w])",
                        Rule.DIGIT + " the first second third fourth final q", PartRules::quarter)
                        .requiring("quarter", "q1", "q2", "q3", "q4"),
                Rule.of("season-year", "(?:the\\s+)?(?:(?<part>early|mid|late)[- ])?(?<s>spring|summer|autumn|fall"
                        + "|winter)\\s+(?:of\\s+)?(?<y>(?:1\\d|20)\\d{2})(?![\\w])", "the early mid late spring"
                        + " summer autumn fall winter", PartRules::seasonYear).requiring("spring", "summer",
                        "autumn", "fall", "winter"));
    }

    private static Candidate endOf(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        String pos = Rule.lower(m.group("pos")).replaceAll("\\s+", " ");
        Period base;
        boolean deictic = false;
        if (m.group("y") != null) {
            int y = Integer.parseInt(m.group("y"));
            if (!DateMath.validYear(y)) return null;
            base = Period.year(y);
        } else if (m.group("mon") != null && m.group("my") != null) {
            int y = Integer.parseInt(m.group("my"));
            if (!DateMath.validYear(y)) return null;
            base = Period.month(y, Lexicon.month(m.group("mon")));
        } else {
            if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.DATE);
            LocalDate a = c.anchor;
            if (m.group("mon") != null) {
                int month = Lexicon.month(m.group("mon"));
                base = Period.month(DateMath.yearOfMonth(a, month, c.direction(s, e)), month);
            } else if (m.group("ru") != null) {
                String rel = Rule.lower(m.group("rel"));
                base = RelativeRules.unitOf(Rule.lower(m.group("ru")), a).shift(rel.equals("next") ? 1 : -1, a);
            } else {
                deictic = true;
                base = RelativeRules.unitOf(Rule.lower(m.group("cu")), a);
            }
        }
        Period p = part(base, pos);
        if (deictic && m.group("cur") != null && m.group("cur").trim().equalsIgnoreCase("this")) deictic = false;
        LocalDate a = c.anchor;
        if (deictic && a != null) {
            // "peaked by the end of the year" in a March article: the end already passed, so last year's
            Direction dir = c.direction(s, e);
            if (dir == Direction.PAST && a.isBefore(p.from())) p = part(base.shift(-1, a), pos);
            else if (dir == Direction.FUTURE && a.isAfter(p.to())) p = part(base.shift(1, a), pos);
        }
        String before = c.wordBefore(s);
        if (a != null && (before.equals("before") || before.equals("by") || before.equals("until")
                || before.equals("till")) && !a.isBefore(base.from()) && a.isBefore(p.to())
                && c.direction(s, e) != Direction.PAST) {
            p = new Period(p.value(), a, p.to(), DateMath.commonPrefix(a, p.to()));
        }
        boolean named = m.group("y") != null || m.group("my") != null;
        return named ? Candidate.named(s, e, p) : Candidate.date(s, e, p);
    }

    private static Period part(Period base, String pos) {
        if (pos.endsWith("half")) {
            boolean first = pos.startsWith("first");
            if (base.value().length() == 4) return Period.half(base.from().getYear(), first ? 1 : 2);
            return base.part(first ? "early" : "late");
        }
        return base.part(pos);
    }

    private static Candidate quarter(Matcher m, Context c) {
        int s = m.start();
        int e = m.end();
        int q;
        Integer y = null;
        if (m.group("q") != null) {
            q = Integer.parseInt(m.group("q"));
            if (m.group("qy") != null) y = Integer.parseInt(m.group("qy"));
        } else if (m.group("q2") != null) {
            q = Integer.parseInt(m.group("q2"));
            y = Integer.parseInt(m.group("qy2"));
        } else {
            String ord = Rule.lower(m.group("ord"));
            q = ord.equals("final") ? 4 : Math.max(1, Math.min(4, Lexicon.ordinal(ord)));
            if (m.group("y") != null) y = Integer.parseInt(m.group("y"));
            else if (m.group("fy") != null) y = Integer.parseInt(m.group("fy"));
            else if (m.group("rel") != null && c.anchor != null) {
                String rel = Rule.lower(m.group("rel"));
                y = c.anchor.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
            } else if (m.group("rel") != null) {
                return Candidate.unresolved(s, e, TimexType.DATE);
            }
        }
        if (y == null) {
            if (c.anchor == null) return Candidate.unresolved(s, e, TimexType.DATE);
            LocalDate a = c.anchor;
            int ay = a.getYear();
            y = c.direction(s, e) == Direction.FUTURE
                    ? (Period.quarter(ay, q).to().isBefore(a) ? ay + 1 : ay)
                    : (Period.quarter(ay, q).from().isAfter(a) ? ay - 1 : ay);
        }
        if (!DateMath.validYear(y)) return null;
        boolean named = m.group("y") != null || m.group("fy") != null || m.group("qy") != null
                || m.group("qy2") != null;
        return named ? Candidate.named(s, e, Period.quarter(y, q)) : Candidate.date(s, e, Period.quarter(y, q));
    }

    private static Candidate seasonYear(Matcher m, Context c) {
        int y = Integer.parseInt(m.group("y"));
        if (!DateMath.validYear(y)) return null;
        Period p = Period.season(y, DateMath.season(m.group("s")));
        if (m.group("part") != null) p = p.part(Rule.lower(m.group("part")));
        return Candidate.named(m.start(), m.end(), p);
    }
}
