package dyad.core;

import dyad.core.actor.ActorMention;
import dyad.core.actor.ActorResolver;
import dyad.core.actor.Coreference;
import dyad.core.actor.MentionFinder;
import dyad.core.dict.ActorDictionary;
import dyad.core.dict.CameoTable;
import dyad.core.dict.Gazetteer;
import dyad.core.event.ArticleEventMerger;
import dyad.core.event.AttributionFinder;
import dyad.core.event.CodedEvent;
import dyad.core.event.IntentCodes;
import dyad.core.event.Cues;
import dyad.core.event.EventAnaphora;
import dyad.core.event.EventCandidate;
import dyad.core.event.EventDate;
import dyad.core.event.EventDater;
import dyad.core.event.EventFinder;
import dyad.core.event.EventPatterns;
import dyad.core.event.LocationFinder;
import dyad.core.event.ModalityFinder;
import dyad.core.event.OccasionDates;
import dyad.core.event.RecordBuilder;
import dyad.core.model.Actor;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Location;
import dyad.core.model.Modality;
import dyad.core.model.Sentence;
import dyad.core.nlp.NlpPipeline;
import dyad.core.time.Direction;
import dyad.core.time.TemporalTagger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The stages of the coder, assembled in one place: sentences and tokens (CoreNLP, parsing only sentences with an
 * event word), actor mentions and coreference, event triggers with their arguments, then for each event its
 * modality, date, actors resolved at that date, place and attribution; duplicates merged; records built.
 */
final class CodingPipeline {

    private final NlpPipeline nlp;
    private final MentionFinder mentions;
    private final Coreference coreference = new Coreference();
    private final ActorResolver resolver;
    private final EventFinder events;
    private final EventAnaphora anaphora;
    private final ModalityFinder modality;
    private final EventDater dater;
    private final LocationFinder locations;
    private final AttributionFinder attribution;
    private final IntentCodes intentCodes;
    private final OccasionDates occasions = new OccasionDates();
    private final ArticleEventMerger merger = new ArticleEventMerger();
    private final RecordBuilder records;
    /** With -Ddyad.trace=true each candidate is printed to standard error: how a record came about. */
    private final boolean trace = Boolean.getBoolean("dyad.trace");

    CodingPipeline(NlpPipeline nlp) {
        ActorDictionary dictionary = new ActorDictionary();
        Cues cues = new Cues();
        this.nlp = nlp;
        this.mentions = new MentionFinder(dictionary);
        this.resolver = new ActorResolver(dictionary);
        EventPatterns patterns = new EventPatterns();
        this.events = new EventFinder(patterns, cues);
        this.anaphora = new EventAnaphora(cues, patterns);
        this.modality = new ModalityFinder(cues);
        this.dater = new EventDater(new TemporalTagger(), cues);
        this.locations = new LocationFinder(new Gazetteer(), dictionary);
        this.attribution = new AttributionFinder(cues);
        this.intentCodes = new IntentCodes(cues);
        this.records = new RecordBuilder(new CameoTable());
    }

    List<EventRecord> run(Article article) {
        String body = article.body();
        List<Sentence> sentences = nlp.analyse(body,
                words -> events.hasTrigger(words) && (mentions.hasActor(words) || events.hasDefiniteEventWord(words)));
        List<List<ActorMention>> found = new ArrayList<>();
        for (Sentence s : sentences) {
            checkpoint();
            found.add(mentions.find(s, body));
        }
        List<List<ActorMention>> resolved = coreference.resolve(sentences, found);
        EventAnaphora.Memory memory = new EventAnaphora.Memory();
        List<CodedEvent> coded = new ArrayList<>();
        String lastAttribution = null;
        EventDate lastDay = null;
        // the day of the news the article opens with, when its first sentence tells past events of one day only (two
        // days there, or a dated noun, leave it open: which of them the later details belong to is not known)
        Set<EventDate> ledeDays = new LinkedHashSet<>();
        Set<EventDate> ledePastDays = new LinkedHashSet<>();
        EventDate ledeDay = null;
        for (Sentence s : sentences) {
            checkpoint();
            List<ActorMention> here = resolved.get(s.index());
            anaphora.readAuthors(s, here, memory);
            if (trace) System.err.println("parse s" + s.index() + " " + parse(s));
            Map<Direction, EventDater.SentenceTimes> times = new EnumMap<>(Direction.class);
            boolean datedHere = false;
            for (EventCandidate c : events.find(s, here)) {
                String lemma = s.token(c.trigger()).lowerLemma();
                if (trace) System.err.println("candidate s" + s.index() + " '" + lemma + "' " + c.pattern().code() + " src=" + texts(c.sources()) + " tgt=" + texts(c.targets()) + " srcEv=" + c.sourceEvent() + " tgtEv=" + c.targetEvent());
                AttributionFinder.Attribution said = attribution.find(s, body, c.trigger());
                ActorMention speaker = said == null ? null : mentionAt(here, s.index(), said.head());
                if (EventAnaphora.servesSummons(c, s, memory)) continue;
                EventAnaphora.Completion done = anaphora.complete(c, s, here, memory, speaker);
                c = done.candidate();
                ActorMention visited = locations.visitedState(s, here, c);
                if (visited != null) c = c.withActors(c.sources(), List.of(visited));
                if (trace) System.err.println("   completed src=" + texts(c.sources()) + " tgt=" + texts(c.targets()));
                ModalityFinder.Reading reading = modality.read(s, c.trigger());
                Direction direction = reading.future() ? Direction.FUTURE
                        : s.token(c.trigger()).tag().equals("VBD") || s.token(c.trigger()).tag().equals("VBN") && !infinitive(s, c.trigger())
                        ? Direction.PAST : Direction.UNKNOWN;
                EventDater.SentenceTimes st = times.computeIfAbsent(direction, d -> dater.times(s, body, article.date(), d));
                EventDate date = dater.date(s, st, c.trigger(), article.date());
                if (!date.fromText() && lastDay != null && dater.sameDayAsBefore(s, c.trigger())) date = lastDay;
                if (!date.fromText() && direction == Direction.PAST) {
                    EventDate only = dater.onlyDay(st);
                    // a day of the past week ("on Saturday"); a date further back belongs to what the clause tells
                    if (only != null && article.date() != null && only.from() != null && only.from().isBefore(article.date())
                            && !only.from().isBefore(article.date().minusDays(7))) date = only;
                }
                // "hosted the ministers", told after "signed the protocols on Saturday": the details of the news the
                // article opens with happened when it did, not on the day the article appeared
                if (!date.fromText() && direction == Direction.PAST && ledeDay != null) date = ledeDay;
                Modality m = reading.modality();
                CodedEvent repeated = done.repeats();
                if (repeated != null && !reading.negated() && !reading.auxiliary()) {
                    // "The visit comes after ...", "The discussions ... are aimed at": naming an earlier event again
                    // neither asserts it anew nor makes it a plan; only a cancellation or denial changes it
                    m = repeated.modality();
                    if (!date.fromText() || !dater.datesTriggerItself(s, st, c.trigger(), article.date())) date = repeated.date();
                }
                String code = c.pattern().code();
                if (reading.negated() && c.pattern().negatedCode() != null) {
                    code = c.pattern().negatedCode();
                    m = Modality.ASSERTED;
                }
                String intent = reading.negated() ? null : intentCodes.of(s, c.trigger(), code);
                if (intent != null) {
                    code = intent;
                    m = Modality.ASSERTED;
                }
                if (m == Modality.ASSERTED && date.fromText() && article.date() != null && date.from() != null
                        && date.from().isAfter(article.date())) {
                    m = Modality.PLANNED;
                }
                Location place = locations.locate(s, here, c, -1);
                String attributed = said == null ? null : said.pronoun() && lastAttribution != null ? lastAttribution : said.text();
                if (said != null && !said.pronoun()) lastAttribution = said.text();
                // the day of the latest event dated to the day by the text: what "the same day" points back to
                if (date.fromText() && date.isDay()) {
                    lastDay = date;
                    if (s.index() == 0) {
                        ledeDays.add(date);
                        if (direction == Direction.PAST) ledePastDays.add(date);
                    }
                    datedHere = true;
                }
                List<CodedEvent> told = new ArrayList<>(expand(article, s, c, lemma, code, m, date, place, attributed));
                told.addAll(accusedByText(article, s, st, said, told, memory));
                for (CodedEvent e : told) {
                    if (trace) System.err.println("   coded " + e.sourceKey() + ">" + e.targetKey() + " " + e.code() + " " + e.modality() + " " + e.date().value());
                    coded.add(e);
                    memory.add(e);
                }
            }
            if (s.index() == 0 && ledeDays.size() == 1 && ledePastDays.equals(ledeDays)) {
                EventDate only = ledeDays.iterator().next();
                if (article.date() != null && only.from() != null && only.from().isBefore(article.date())) ledeDay = only;
            }
            // else the last day the sentence names, whatever it dates ("tried to bring aid across on Saturday")
            if (!datedHere) {
                EventDate named = dater.lastDay(times.values());
                if (named != null) lastDay = named;
            }
        }
        List<EventRecord> out = new ArrayList<>();
        checkpoint();
        for (CodedEvent e : merger.merge(occasions.apply(coded))) out.add(records.build(article, e));
        return out;
    }

    /**
     * "a report by U.N. experts said Rwandan troops had commanded M23 operations": a text that tells of force by an
     * actor is its authors' accusation of that actor (112), dated when the text told it.
     */
    private List<CodedEvent> accusedByText(Article article, Sentence s, EventDater.SentenceTimes st, AttributionFinder.Attribution said,
                                           List<CodedEvent> events, EventAnaphora.Memory memory) {
        if (said == null || said.head() < 0 || said.head() >= s.size()) return List.of();
        List<CodedEvent> force = events.stream()
                .filter(e -> Integer.parseInt(e.root()) >= 15 && e.modality() != Modality.NEGATED && e.sourceMention() != null).toList();
        ActorMention author = force.isEmpty() ? null : anaphora.authorOf(s, said.head(), memory);
        if (author == null) return List.of();
        int told = s.tree().head(said.head());
        EventDate when = told >= 0 ? dater.date(s, st, told, article.date()) : EventDate.ofArticle(article.date());
        Actor src = resolver.resolve(author, when.from(), when.to());
        if (src == null || src.key() == null) return List.of();
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : force) {
            if (java.util.Objects.equals(e.sourceKey(), src.key())) continue;
            int from = Math.min(s.token(said.head()).begin(), e.start());
            int to = Math.max(s.token(said.head()).end(), e.end());
            CodedEvent accusation = new CodedEvent(s.index(), told >= 0 ? told : said.head(), "accuse", "112", false, author,
                    e.sourceMention(), src, e.source(), Modality.ASSERTED, when, null, null, from, to, 0.7);
            if (out.stream().noneMatch(x -> java.util.Objects.equals(x.targetKey(), accusation.targetKey()))) out.add(accusation);
        }
        return out;
    }

    /** "the agreement to be signed on June 25": a participle after "to be" tells nothing of the past. */
    private static boolean infinitive(Sentence s, int verb) {
        for (int c : s.tree().children(verb, "mark")) if (s.token(c).lowerWord().equals("to")) return true;
        return false;
    }

    /** Stops between sentences when the coding thread is interrupted (the coder's time limit per article). */
    private static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("coding interrupted");
    }

    /** One coded event per (source, target) pair; a symmetric action between listed actors is one record. */
    private List<CodedEvent> expand(Article article, Sentence s, EventCandidate c, String lemma, String code, Modality m,
                                    EventDate date, Location place, String attributed) {
        List<ActorMention> sources = c.sources();
        List<ActorMention> targets = c.targets();
        if (targets.isEmpty() && sources.size() >= 2 && (c.pattern().symmetric() || EventAnaphora.sidesOfOnePair(sources))) {
            // "The US, Russia and Switzerland met": one record for each pair of them
            List<CodedEvent> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < sources.size(); i++) {
                EventCandidate pair = c.withActors(List.of(sources.get(i)), sources.subList(i + 1, sources.size()));
                pairs.addAll(expand(article, s, pair, lemma, code, m, date, place, attributed));
            }
            return pairs;
        }
        List<CodedEvent> out = new ArrayList<>();
        if (targets.isEmpty() && c.targetToken() >= 0 && c.sentence() == s.index() && Integer.parseInt(code.substring(0, 2)) >= 15) {
            // "shelled residential districts of Kharkiv": force against a place is force against its state
            Location hit = locations.placeWithin(s, List.of(), c.targetToken());
            if (hit != null && hit.country() != null && !hit.country().equals(sources.isEmpty() ? null : sources.get(0).country())) {
                targets = List.of(stateOf(hit, s, c.targetToken()));
                if (place == null) place = hit;
            }
        }
        if (targets.isEmpty() && (Integer.parseInt(code.substring(0, 2)) >= 15 || code.startsWith("07")) && place != null && place.country() != null && !sources.isEmpty()
                && sources.get(0).country() != null && !place.country().equals(sources.get(0).country())) {
            // "Russia is conducting military exercises in Alaska": a show or use of force in another state is aimed at
            // it; "navy ships unloaded tents and medicine in Galle": aid delivered in another state is given to it
            targets = List.of(stateOf(place, s, c.trigger()));
        }
        if (targets.isEmpty() && code.startsWith("14") && !sources.isEmpty()) {
            // a demonstration with no named addressee is aimed at the government where it happens, else at its own
            String country = place != null && place.country() != null ? place.country() : sources.get(0).country();
            if (country != null && !"GOV".equals(sources.get(0).sector())) {
                targets = List.of(new ActorMention(s.index(), c.trigger(), c.trigger() + 1, c.trigger(),
                        place != null ? place.name() : s.token(c.trigger()).word(), ActorMention.Kind.STATE, country, null, "GOV", null, null));
            }
        }
        if (targets.isEmpty() && EventAnaphora.coercesPeople(code) && c.targetToken() >= 0 && !sources.isEmpty()
                && sources.get(0).country() != null) {
            // "police detained dozens": people the text does not name, of the state that detains them
            targets = List.of(new ActorMention(s.index(), c.targetToken(), c.targetToken() + 1, c.targetToken(),
                    s.token(c.targetToken()).word(), ActorMention.Kind.DESCRIPTION, sources.get(0).country(), null, "CVL", null, null));
        }
        List<ActorMention> addressees = targets.isEmpty() && nullTargetAllowed(code, c, sources) ? java.util.Collections.singletonList(null) : targets;
        for (ActorMention sm : sources) {
            for (ActorMention t : addressees) {
                ActorMention tm = domestic(code, sm, t);
                Actor src = resolver.resolve(sm, date.from(), date.to());
                Actor tgt = tm == null ? null : resolver.resolve(tm, date.from(), date.to());
                if (src == null || src.key() == null) continue;
                if (tm != null && (tgt == null || tgt.key() == null)) continue;
                // within one state only actors of different kinds act on each other (police on protesters)
                if (tgt != null && src.key().equals(tgt.key()) && (src.code() == null || src.code().equals(tgt.code()))) continue;
                // troops are hosted, not received on a visit
                if (tgt != null && finalGroup(code).equals("visit") && "MIL".equals(tgt.sector()) && code.startsWith("043")) continue;
                String finalCode = code;
                // "the ambassador was attacked by protesters": people without arms assault (18); fighting (19) is
                // armed forces' force
                if (finalCode.equals("190") && ("CVL".equals(src.sector()) || "EDU".equals(src.sector()) || "LAB".equals(src.sector()))) {
                    finalCode = "180";
                }
                if (c.pattern().thirdPlaceCode() != null && place != null && place.country() != null && tgt != null
                        && !place.country().equals(src.country()) && !place.country().equals(tgt.country())) {
                    finalCode = c.pattern().thirdPlaceCode();
                }
                int from = Math.min(s.token(c.trigger()).begin(), Math.min(spanBegin(s, sm), tm == null ? Integer.MAX_VALUE : spanBegin(s, tm)));
                int to = Math.max(s.token(c.trigger()).end(), Math.max(spanEnd(s, sm), tm == null ? Integer.MIN_VALUE : spanEnd(s, tm)));
                double confidence = 0.9 - (sm.sentence() != s.index() || tm != null && tm.sentence() != s.index() ? 0.2 : 0)
                        - (c.pattern().noun() ? 0.1 : 0) - (tm == null ? 0.1 : 0)
                        - (sm.kind() == ActorMention.Kind.PRONOUN || tm != null && tm.kind() == ActorMention.Kind.PRONOUN ? 0.1 : 0);
                out.add(new CodedEvent(s.index(), c.trigger(), lemma, finalCode, c.pattern().symmetric(), sm, tm, src, tgt, m,
                        date, place, attributed, from, to, confidence));
            }
        }
        return out;
    }

    /** The state a place lies in, as the actor at the token that names what happened there. */
    private static ActorMention stateOf(Location place, Sentence s, int token) {
        return new ActorMention(s.index(), token, token + 1, token, place.name(), ActorMention.Kind.STATE, place.country(), null, null, null, null);
    }

    private static String finalGroup(String code) {
        return code.startsWith("042") || code.startsWith("043") ? "visit" : code;
    }

    /**
     * "Saudi authorities arrested several activists", "police detained dozens": a bare role acted on by arrests,
     * bans, repression or met by protest belongs to the acting state, whatever state the article named last.
     */
    private static ActorMention domestic(String code, ActorMention source, ActorMention target) {
        boolean inward = code.startsWith("17") && !code.startsWith("174") || code.startsWith("14");
        if (target == null || !inward || source.country() == null) return target;
        if (target.kind() != ActorMention.Kind.DESCRIPTION || "pair".equals(target.office())) return target;
        return target.inCountry(source.country());
    }

    /**
     * Statements, appeals, pledges, protests and states of emergency may have no addressee ("declined to comment",
     * "appealed for calm", "pledged $500 million"); a meeting only when an organisation's own members meet ("NATO
     * ambassadors met").
     */
    private static boolean nullTargetAllowed(String code, EventCandidate c, List<ActorMention> sources) {
        if (code.startsWith("04")) {
            return !c.pattern().noun() && !c.joins() && !sources.isEmpty()
                    && sources.stream().allMatch(m -> m.orgCode() != null && m.orgCode().startsWith("IGO"));
        }
        return code.startsWith("01") || code.startsWith("02") || code.startsWith("03") || code.startsWith("14") || code.startsWith("1724");
    }

    private static ActorMention mentionAt(List<ActorMention> mentions, int sentence, int token) {
        for (ActorMention m : mentions) if (m.sentence() == sentence && m.covers(token) && m.isKnown()) return m;
        return null;
    }

    private static String texts(List<ActorMention> ms) {
        StringBuilder b = new StringBuilder("[");
        for (ActorMention m : ms) b.append(m.text()).append('/').append(m.country()).append(m.orgCode() == null ? "" : "/" + m.orgCode()).append(m.personId() == null ? "" : "/" + m.personId()).append(' ');
        return b.append(']').toString();
    }

    private static String parse(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            b.append(i).append(':').append(s.token(i).word()).append('/').append(s.token(i).tag())
                    .append('<').append(s.tree().relation(i)).append('-').append(s.tree().head(i)).append(' ');
        }
        return b.toString();
    }

    private static int spanBegin(Sentence s, ActorMention m) {
        return m.sentence() == s.index() ? s.token(m.from()).begin() : Integer.MAX_VALUE;
    }

    private static int spanEnd(Sentence s, ActorMention m) {
        return m.sentence() == s.index() ? s.token(m.to() - 1).end() : Integer.MIN_VALUE;
    }

}
