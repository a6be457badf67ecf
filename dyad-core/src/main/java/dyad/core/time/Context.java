package dyad.core.time;

import java.time.LocalDate;

/** What the rules see of one call of the tagger: the text, its tokens, the anchor and the direction asked for. */
final class Context {
    final String text;
    final String lower;
    final Tokens tokens;
    /** The article date, or null. */
    final LocalDate anchor;
    /** The direction the caller gave; UNKNOWN means: guess it per expression. */
    final Direction given;

    Context(String text, LocalDate anchor, Direction given) {
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
        this.tokens = new Tokens(text, lower);
        this.anchor = anchor;
        this.given = given == null ? Direction.UNKNOWN : given;
    }

    /**
     * The direction for the expression [start, end): a cue right before it ("scheduled for") first, then the
     * caller's direction, then the tense guessed from the clause.
     */
    Direction direction(int start, int end) {
        Direction strong = TenseGuesser.strongCue(tokens, start);
        if (strong != null) return strong;
        if (given != Direction.UNKNOWN) return given;
        return TenseGuesser.guess(tokens, start, end);
    }

    /** The lower-case word token ending at or before the offset (skipping punctuation only if allowed), or "". */
    String wordBefore(int offset) {
        int k = tokens.tokenAt(offset) - 1;
        return k >= 0 && tokens.isWord[k] ? tokens.word[k] : "";
    }

    /** The token (word or punctuation) right before the offset, or "". */
    String tokenBefore(int offset) {
        int k = tokens.tokenAt(offset) - 1;
        return k >= 0 ? tokens.word[k] : "";
    }

    /** The lower-case token starting at or after the offset, or "". */
    String tokenAfter(int offset) {
        int k = tokens.tokenAt(offset);
        return k < tokens.size ? tokens.word[k] : "";
    }

    /** The token after that. */
    String secondTokenAfter(int offset) {
        int k = tokens.tokenAt(offset) + 1;
        return k < tokens.size ? tokens.word[k] : "";
    }

    /** True when the token starting at or after the offset has a capital. */
    boolean capitalAfter(int offset) {
        int k = tokens.tokenAt(offset);
        return k < tokens.size && tokens.capital[k];
    }

    /** True when the word right before the offset has a capital and does not start its sentence. */
    boolean capitalWordBefore(int offset) {
        int k = tokens.tokenAt(offset) - 1;
        return k >= 0 && tokens.isWord[k] && tokens.capital[k] && tokens.start[k] != tokens.sentenceStart(offset);
    }

    char charBefore(int offset) {
        return offset > 0 ? text.charAt(offset - 1) : ' ';
    }

    char charAt(int offset) {
        return offset < text.length() ? text.charAt(offset) : ' ';
    }
}
