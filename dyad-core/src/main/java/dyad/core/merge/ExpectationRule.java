package dyad.core.merge;

import dyad.core.model.EventRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Follows plans to their outcome. Given every mention of one merge key ({@link MentionMerger#mergeKey}) in the
 * order their articles were published, it makes an {@link Expectation} of each planned or expected mention (or
 * counts it as one more report of an expectation it matches) and decides each one by the later articles:
 * <ul>
 *   <li>an asserted mention of the same action ({@link MentionMerger#compatibleCodes}, and for a visit the same
 *       visitor) dated in the window, or after it, fulfils it (late when after it);</li>
 *   <li>a negated mention of the same action whose date can fall in the window cancels it;</li>
 *   <li>a plan of the same action for a later window, reported before the first window has passed, postpones
 *       it (and opens a new expectation);</li>
 *   <li>what is still open when the newest article is dated after its window has expired.</li>
 * </ul>
 * Within one article the outcomes are read before the plans, so "the talks were held and will resume in August"
 * fulfils the old plan and opens a new one. A plan report that matches an expectation already decided counts as a
 * report of it and does not reopen it. The window comes from the plan's date precision (a day, a week, a month,
 * up to December 31 for a year), never starting before the article that reported the plan; a plan with no date of
 * its own is open-ended from its article. Pure: the same mentions give the same expectations, in any process.
 */
public final class ExpectationRule {

    /** One mention as the rule sees it: its record and the article that carries it, in publication order. */
    public record Mention(String article, LocalDate articleDate, EventRecord record) {}

    private ExpectationRule() {}

    /**
     * The expectations of one merge key. {@code mentions} are in publication order (ties in ingest order);
     * {@code now} is the newest article date known (null: nothing expires).
     */
    public static List<Expectation> follow(List<Mention> mentions, LocalDate now) {
        List<Builder> all = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j < mentions.size() && Objects.equals(mentions.get(j).article(), mentions.get(i).article())) j++;
            List<Mention> article = mentions.subList(i, j);
            for (Mention m : article) {
                String modality = m.record().modality();
                if ("asserted".equals(modality)) decide(all, m, Expectation.Status.FULFILLED);
                else if ("negated".equals(modality)) decide(all, m, Expectation.Status.CANCELLED);
            }
            for (Mention m : article) {
                String modality = m.record().modality();
                if ("planned".equals(modality) || "expected".equals(modality)) plan(all, m);
            }
            i = j;
        }
        List<Expectation> out = new ArrayList<>();
        for (Builder b : all) {
            if (b.status == Expectation.Status.OPEN && now != null && b.window.to() != null && now.isAfter(b.window.to())) {
                b.status = Expectation.Status.EXPIRED;
            }
            out.add(b.build());
        }
        return out;
    }

    /** The window a plan mention gives: its date's precision, not before its article; open-ended when undated. */
    public static DateWindow window(EventRecord r, LocalDate articleDate) {
        if (!"text".equals(r.dateBasis())) return new DateWindow(articleDate, null);
        DateWindow w = DateWindow.of(r.date());
        if (articleDate != null && w.from() != null && w.to() != null && articleDate.isAfter(w.from())
                && !articleDate.isAfter(w.to())) {
            w = new DateWindow(articleDate, w.to());
        }
        return w;
    }

    private static void plan(List<Builder> all, Mention m) {
        DateWindow w = window(m.record(), m.articleDate());
        boolean dated = "text".equals(m.record().dateBasis()) && w.isBounded();
        for (Builder b : all) {
            if (b.status == Expectation.Status.POSTPONED || !b.sameAction(m.record())) continue;
            if (b.matchWindow().overlaps(w)) {
                // one more report of the same plan; a dated report makes an undated open plan precise
                b.reports++;
                if (b.status == Expectation.Status.OPEN && (dated || !b.window.isBounded())) b.window = b.window.intersect(w);
                return;
            }
        }
        if (dated) {
            for (Builder b : all) {
                if (b.status == Expectation.Status.OPEN && b.window.isBounded() && b.window.to().isBefore(w.from())
                        && !b.article.equals(m.article()) && b.sameAction(m.record())
                        && (m.articleDate() == null || !m.articleDate().isAfter(b.window.to()))) {
                    b.decide(Expectation.Status.POSTPONED, m, null);
                }
            }
        }
        all.add(new Builder(m, w));
    }

    private static void decide(List<Builder> all, Mention m, Expectation.Status outcome) {
        DateWindow when = MentionMerger.window(m.record());
        for (Builder b : all) {
            if (b.status != Expectation.Status.OPEN || b.article.equals(m.article()) || !b.sameAction(m.record())) continue;
            boolean fits = outcome == Expectation.Status.FULFILLED
                    ? when.to() == null || b.window.from() == null || !when.to().isBefore(b.window.from())
                    : b.window.overlaps(when);
            if (!fits) continue;
            b.decide(outcome, m, when);
            if (outcome == Expectation.Status.FULFILLED) {
                b.late = b.window.to() != null && when.from() != null && when.from().isAfter(b.window.to());
            }
        }
    }

    private static final class Builder {
        final EventRecord plan;
        final String article;
        final LocalDate articleDate;
        final String cameo;
        DateWindow window;
        Expectation.Status status = Expectation.Status.OPEN;
        boolean late;
        int reports = 1;
        Mention decidedBy;
        DateWindow decidedWhen;

        Builder(Mention m, DateWindow window) {
            this.plan = m.record();
            this.article = m.article();
            this.articleDate = m.articleDate();
            this.cameo = m.record().cameo();
            this.window = window;
        }

        /** The days a later plan report must share to be this plan: once fulfilled, the days it happened. */
        DateWindow matchWindow() {
            if (status == Expectation.Status.FULFILLED && decidedWhen != null && window.overlaps(decidedWhen)) {
                return window.intersect(decidedWhen);
            }
            return status == Expectation.Status.FULFILLED && decidedWhen != null ? decidedWhen : window;
        }

        /** A compatible code, and for visits the same visitor (the merge key alone does not tell who travels). */
        boolean sameAction(EventRecord r) {
            if (!MentionMerger.compatibleCodes(cameo, r.cameo())) return false;
            String a = visitor(plan), b = visitor(r);
            return a == null || b == null || a.equals(b);
        }

        private static String visitor(EventRecord r) {
            if (r.cameo() == null || r.cameo().length() < 3) return null;
            return switch (r.cameo().substring(0, 3)) {
                case "042" -> MentionMerger.actorKey(r.source());
                case "043" -> MentionMerger.actorKey(r.target());
                default -> null;
            };
        }

        void decide(Expectation.Status s, Mention m, DateWindow when) {
            status = s;
            decidedBy = m;
            decidedWhen = when;
        }

        Expectation build() {
            return new Expectation(id(), MentionMerger.mergeKey(plan), plan.source(), plan.target(), cameo, plan.modality(),
                    window, status, late, article, articleDate == null ? null : articleDate.toString(), evidence(plan),
                    decidedBy == null ? null : decidedBy.article(),
                    decidedBy == null || decidedBy.articleDate() == null ? null : decidedBy.articleDate().toString(),
                    decidedBy == null ? null : evidence(decidedBy.record()), reports);
        }

        private String id() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                String seed = MentionMerger.mergeKey(plan) + "|" + article + "|" + plan.eventId();
                return "x" + HexFormat.of().formatHex(sha.digest(seed.getBytes(StandardCharsets.UTF_8))).substring(0, 15);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String evidence(EventRecord r) {
            return r.evidence() == null ? null : r.evidence().text();
        }
    }
}
