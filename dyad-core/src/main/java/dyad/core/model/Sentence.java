package dyad.core.model;

import java.util.List;

/**
 * A sentence with its tokens and its dependency tree (Universal Dependencies relations, as CoreNLP gives them).
 * {@code begin}/{@code end} are character offsets into the article body.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, DependencyTree tree) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** The body text of tokens [from, to). */
    public String text(String body, int from, int to) {
        return body.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
