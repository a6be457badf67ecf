package dyad.core.time;

import java.util.Set;

/**
 * Guesses the tense of the clause around a temporal expression from the words near it: the nearest tense cue wins
 * ("will", "is expected to", "planning" look ahead; "was", "said", "-ed" verbs, "met" look back). No part-of-speech
 * tagger: lexical cues only, so it is fast and never sure; UNKNOWN when nothing speaks.
 */
final class TenseGuesser {
    private TenseGuesser() {
    }

    private static final Set<String> FUTURE = Set.of(
            "will", "shall", "would", "wo", "going", "gonna", "plan", "plans", "planned", "planning", "schedule",
            "scheduled", "slated", "due", "expected", "expect", "expects", "expecting", "intend", "intends",
            "intended", "intending", "aim", "aims", "aimed", "aiming", "hope", "hopes", "upcoming", "forthcoming",
            "coming", "next", "tomorrow", "may", "might", "could", "should", "must", "postponed", "delayed",
            "rescheduled", "deadline", "expires", "expire", "begins", "starts", "ends", "opens", "closes",
            "resumes", "convenes", "reconvenes", "lapses", "prepare", "prepares", "preparing", "set");

    /** Words that make a following participle future: "will be held", "to be published", "is due to be signed". */
    private static final Set<String> MODALS = Set.of(
            "will", "shall", "would", "to", "due", "going", "may", "might", "could", "should", "must", "can");

    /** Base verbs that, after "to", make an infinitive about what is still to come ("to run through June"). */
    private static final Set<String> BASE_VERBS = Set.of(
            "be", "run", "take", "hold", "meet", "visit", "start", "begin", "end", "open", "close", "travel",
            "launch", "continue", "resume", "remain", "sign", "vote", "publish", "release", "become", "make",
            "come", "go", "return", "complete", "finish", "expire", "last", "attend", "host", "announce", "decide",
            "discuss", "leave", "arrive", "seek", "present", "deliver", "introduce", "enter", "reach");

    private static final Set<String> PAST = Set.of(
            "was", "were", "had", "did", "been", "said", "told", "ago", "last", "earlier", "previously", "since",
            "yesterday", "met", "took", "held", "won", "began", "fled", "left", "came", "went", "made", "gave",
            "got", "found", "saw", "became", "ran", "led", "sent", "struck", "fought", "lost", "paid", "brought",
            "thought", "bought", "spoke", "wrote", "stood", "built", "rose", "fell", "sold", "kept", "broke",
            "chose", "drove", "knew", "grew", "threw", "flew", "drew", "shot", "spent", "heard", "felt", "meant",
            "sought", "taught", "caught", "swore", "tore", "hid", "shook", "sank", "stole", "froze", "dealt", "laid",
            "arose", "withdrew", "overthrew", "stuck", "ate", "sat", "slept", "wept", "lent", "bent", "fed", "bled",
            "forgot", "forgave", "undertook", "overtook", "understood", "upheld", "withheld", "beaten", "begun",
            "taken", "given", "seen", "written", "spoken", "chosen", "driven", "known", "grown", "thrown", "flown",
            "drawn", "fallen", "risen", "broken", "stolen", "frozen", "forgotten", "hidden", "gone", "done");

    private static final Set<String> NOT_VERBS = Set.of(
            "need", "feed", "speed", "seed", "bed", "red", "shed", "hundred", "indeed", "proceed", "succeed",
            "exceed", "breed", "greed", "bleed", "embed", "weed", "steed", "heed", "deed", "creed", "sacred",
            "naked", "wicked", "rugged", "ragged", "kindred", "hatred", "wretched");

    /** Every cue word with its kind, for one look-up per word. */
    private static final java.util.Map<String, Byte> KIND = kinds();
    private static final byte IS_FUTURE = 1;
    private static final byte IS_PAST = 2;
    private static final byte IS_NOT_VERB = 3;

    private static java.util.Map<String, Byte> kinds() {
        java.util.Map<String, Byte> m = new java.util.HashMap<>();
        NOT_VERBS.forEach(w -> m.put(w, IS_NOT_VERB));
        PAST.forEach(w -> m.put(w, IS_PAST));
        FUTURE.forEach(w -> m.put(w, IS_FUTURE));
        return java.util.Map.copyOf(m);
    }

    /** How many word tokens apart a cue may stand from the expression. */
    private static final int REACH = 14;

    /** Tokens that end a clause for the guess: it never looks across them. */
    private static boolean hardStop(Tokens t, int k) {
        String w = t.word[k];
        if (w.equals("-") || w.equals("\u2013")) {
            // a dash between blanks ends a clause; a hyphen inside a word ("three-day") does not
            return (k == 0 || t.end[k - 1] < t.start[k]) && (k + 1 >= t.size || t.start[k + 1] > t.end[k]);
        }
        return w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("(") || w.equals(")")
                || w.equals("[") || w.equals("]");
    }

    /**
     * A cue right before the expression that decides its direction whatever the clause says: "scheduled for Sunday",
     * "postponed until Saturday", "due on May 3", "expected in June" look ahead even in a past-tense clause.
     */
    static Direction strongCue(Tokens t, int exprStart) {
        int k = t.tokenAt(exprStart) - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 2 && t.isWord[k] && isPreposition(t.word[k])) {
            k--;
            skipped++;
        }
        if (k < 0 || skipped == 0 || !t.isWord[k]) return null;
        return switch (t.word[k]) {
            case "scheduled", "slated", "set", "planned", "due", "postponed", "delayed", "rescheduled", "expected",
                 "deadline", "pushed", "moved", "adjourned" -> Direction.FUTURE;
            default -> null;
        };
    }

    private static boolean isPreposition(String w) {
        return switch (w) {
            case "for", "on", "until", "till", "to", "in", "by", "back", "the" -> true;
            default -> false;
        };
    }

    /** The guessed direction of the clause around the expression [start, end). */
    static Direction guess(Tokens t, int start, int end) {
        int first = t.tokenAt(start);
        int last = t.tokenAt(end);
        int sentenceFirst = t.tokenAt(t.sentenceStart(start));
        int sentenceEnd = t.tokenAt(t.sentenceEnd(start));

        Direction left = null;
        int leftDistance = Integer.MAX_VALUE;
        int distance = 0;
        for (int k = first - 1; k >= sentenceFirst && distance <= REACH; k--) {
            if (hardStop(t, k)) break;
            if (!t.isWord[k]) continue;
            distance++;
            Direction d = cue(t, k);
            if (d != null) {
                left = d;
                leftDistance = distance;
                break;
            }
        }
        Direction right = null;
        int rightDistance = Integer.MAX_VALUE;
        distance = 0;
        boolean pastComma = false;
        for (int k = last; k < sentenceEnd && distance <= REACH; k++) {
            String w = t.word[k];
            if (hardStop(t, k)) break;
            if (w.equals(",")) {
                if (left != null) break;
                pastComma = true;
                continue;
            }
            if (!t.isWord[k]) continue;
            distance++;
            Direction d = cue(t, k);
            if (d != null) {
                right = d;
                rightDistance = distance + (pastComma ? 2 : 0);
                break;
            }
        }
        if (left == null && right == null) return Direction.UNKNOWN;
        if (right == null) return left;
        if (left == null) return right;
        return leftDistance <= rightDistance + 1 ? left : right;
    }

    /** The direction the word at k points to, or null. */
    private static Direction cue(Tokens t, int k) {
        String w = t.word[k];
        if (w.endsWith("'ll") || w.endsWith("\u2019ll")) return Direction.FUTURE;
        if (w.equals("to") && k + 1 < t.size && BASE_VERBS.contains(t.word[k + 1])) return Direction.FUTURE;
        Byte kind = KIND.get(w);
        if (kind != null && kind == IS_FUTURE) {
            if (w.equals("set") && !(k + 1 < t.size && (t.word[k + 1].equals("to") || t.word[k + 1].equals("for")))) {
                return null;
            }
            return Direction.FUTURE;
        }
        boolean past = (kind != null && kind == IS_PAST)
                || (kind == null && !t.capital[k] && w.length() > 4 && w.endsWith("ed"));
        if (!past) return null;
        if (k >= 2 && t.word[k - 1].equals("be")
                && (MODALS.contains(t.word[k - 2]) || (k >= 3 && MODALS.contains(t.word[k - 3])))) {
            return Direction.FUTURE;
        }
        return Direction.PAST;
    }
}
