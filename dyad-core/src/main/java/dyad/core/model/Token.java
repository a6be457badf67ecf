package dyad.core.model;

/** A token: its index in the sentence, surface word, lemma, Penn POS tag and character offsets into the body. */
public record Token(int index, String word, String lemma, String tag, int begin, int end) {

    public boolean isVerb() { return tag.startsWith("VB"); }

    public boolean isNoun() { return tag.startsWith("NN"); }

    public boolean isProperNoun() { return tag.startsWith("NNP"); }

    public String lowerWord() { return word.toLowerCase(java.util.Locale.ROOT); }

    public String lowerLemma() { return lemma.toLowerCase(java.util.Locale.ROOT); }
}
