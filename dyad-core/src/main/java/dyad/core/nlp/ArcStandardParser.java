package dyad.core.nlp;

import dyad.core.model.DependencyTree;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * CoreNLP's neural dependency parser (its English UD model, the one its {@code depparse} annotator loads), run by dyad's
 * own decoder: the arc-standard transition system, the 48 features of Chen and Manning (2014), a greedy choice of the
 * best transition allowed. It gives CoreNLP's trees (a test compares them over the evaluation articles) at a fraction
 * of the cost: the annotator spends most of its time in a locked cache of feature sums and in string tests of transition
 * names, and builds a semantic graph dyad does not read. Thread-safe: the weights are shared, the state is per call.
 */
public final class ArcStandardParser {

    /** Features of a parser state: 18 words, their 18 tags, 12 arc labels. */
    static final int WORD_FEATURES = 18;
    static final int FEATURES = 48;

    private final ParserWeights weights;
    private final int labelCount;
    private final int shift;
    private final int nullWord;
    private final int nullTag;
    /** The feature id of each label, by its index in the model's labels. */
    private final int[] labelIds;

    private ArcStandardParser(ParserWeights weights) {
        this.weights = weights;
        this.labelCount = weights.labels.size() - 1;
        this.shift = 2 * labelCount;
        this.nullWord = weights.wordId(ParserWeights.NULL);
        this.nullTag = weights.tagId(ParserWeights.NULL);
        this.labelIds = new int[weights.labels.size()];
        for (int i = 0; i < labelIds.length; i++) labelIds[i] = weights.labelId(i);
    }

    /** The parser with CoreNLP's default English model, read from CoreNLP's models jar. */
    public static ArcStandardParser english() {
        return new ArcStandardParser(ParserWeights.load(DependencyParser.DEFAULT_MODEL));
    }

    /**
     * The tree of one tagged sentence: for each token its head (-1 for the root) and relation.
     *
     * @throws CancellationException when the thread is interrupted (the coder's time limit per article)
     */
    public DependencyTree parse(List<String> words, List<String> tags) {
        if (words.size() != tags.size()) throw new IllegalArgumentException("words and tags differ in length");
        State s = new State(words, tags);
        float[] hidden = new float[weights.hiddenSize];
        float[] scores = new float[weights.paddedTransitions];
        while (!(s.stackSize == 1 && s.next > s.n)) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("parsing interrupted");
            int t;
            if (s.stackSize < 2 || (s.stackSize == 2 && s.next <= s.n)) t = shift; // nothing else is allowed
            else {
                score(s, hidden, scores);
                t = best(s, scores);
            }
            s.apply(t);
        }
        int[] heads = new int[s.n];
        String[] relations = new String[s.n];
        for (int i = 1; i <= s.n; i++) {
            heads[i - 1] = s.head[i] - 1;
            relations[i - 1] = s.head[i] == 0 ? "root" : weights.labels.get(s.label[i]);
        }
        passiveSubjects(heads, relations);
        return new DependencyTree(heads, relations);
    }

    /**
     * The subject of a verb with a passive auxiliary is a passive subject ("Helsinki would not be intimidated"), as
     * CoreNLP's conversion to Universal Dependencies corrects the parser's labels.
     */
    private static void passiveSubjects(int[] heads, String[] relations) {
        boolean[] passive = new boolean[heads.length];
        for (int i = 0; i < heads.length; i++) if (heads[i] >= 0 && relations[i].equals("aux:pass")) passive[heads[i]] = true;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0 || !passive[heads[i]]) continue;
            if (relations[i].equals("nsubj")) relations[i] = "nsubj:pass";
            else if (relations[i].equals("csubj")) relations[i] = "csubj:pass";
        }
    }

    /** The scores of every transition in state s. */
    private void score(State s, float[] hidden, float[] scores) {
        int[] f = s.features();
        int size = weights.hiddenSize;
        Arrays.fill(hidden, 0f);
        for (int place = 0; place < FEATURES; place++) {
            int row = weights.readyRow(f[place], place);
            float[] c = row >= 0 ? weights.ready(row, f[place], place) : weights.rare(f[place], place);
            for (int j = 0; j < size; j++) hidden[j] += c[j];
        }
        float[] bias = weights.hiddenBias;
        for (int j = 0; j < size; j++) {
            float h = hidden[j] + bias[j];
            hidden[j] = h * h * h;
        }
        Arrays.fill(scores, 0f);
        float[][] out = weights.outputWeights;
        int n = weights.paddedTransitions;
        for (int j = 0; j < size; j++) {
            float h = hidden[j];
            float[] w = out[j];
            for (int t = 0; t < n; t++) scores[t] += h * w[t];
        }
    }

    /** The best-scoring transition allowed in s (the first of equals, as CoreNLP picks). */
    private int best(State s, float[] scores) {
        int best = -1;
        float top = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < weights.transitions; t++) {
            if (scores[t] > top && allowed(s, t)) {
                top = scores[t];
                best = t;
            }
        }
        return best;
    }

    /**
     * Arc-standard with one root: a left arc needs two words above the root on the stack; a right arc needs two
     * entries, and onto the root only when the buffer is empty; only the root label attaches to the root.
     */
    private boolean allowed(State s, int t) {
        if (t == shift) return s.next <= s.n;
        boolean left = t < labelCount;
        boolean rootLabel = (left ? t : t - labelCount) == 0;
        int head = left ? s.stack(0) : s.stack(1);
        if (head < 0) return false;
        if (head == 0 ? !rootLabel : rootLabel) return false;
        if (left) return s.stackSize > 2;
        return s.stackSize > 2 || (s.stackSize == 2 && s.next > s.n);
    }

    /** One parse in progress: token 0 is the root, 1..n the words. */
    private final class State {
        final int n;
        final int[] wordId;
        final int[] tagId;
        final int[] head;
        final int[] label;
        final int[] stack;
        final int[] left1;
        final int[] left2;
        final int[] right1;
        final int[] right2;
        int stackSize;
        int next = 1;
        private final int[] features = new int[FEATURES];
        private final int[] around = new int[6];

        State(List<String> words, List<String> tags) {
            n = words.size();
            wordId = new int[n + 1];
            tagId = new int[n + 1];
            head = new int[n + 1];
            label = new int[n + 1];
            Arrays.fill(head, -1);
            left1 = new int[n + 1];
            left2 = new int[n + 1];
            right1 = new int[n + 1];
            right2 = new int[n + 1];
            for (int[] a : List.of(left1, left2, right1, right2)) Arrays.fill(a, -1);
            stack = new int[n + 1];
            stack[stackSize++] = 0;
            wordId[0] = weights.wordId(ParserWeights.ROOT);
            tagId[0] = weights.tagId(ParserWeights.ROOT);
            for (int i = 1; i <= n; i++) {
                wordId[i] = weights.wordId(words.get(i - 1));
                tagId[i] = weights.tagId(tags.get(i - 1));
            }
        }

        /** The k-th entry from the top of the stack, or -1. */
        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : -1;
        }

        int buffer(int k) {
            int i = next + k;
            return i <= n ? i : -1;
        }

        /**
         * The leftmost (cnt 1) or second leftmost (cnt 2) child of k, or -1. In arc-standard a new left child is
         * always left of the others (they lie between it and the head), so the two are kept as arcs are made.
         */
        int leftChild(int k, int cnt) {
            if (k < 0 || k > n) return -1;
            return cnt == 1 ? left1[k] : left2[k];
        }

        /** The rightmost or second rightmost child of k, or -1 (a new right child is right of the others). */
        int rightChild(int k, int cnt) {
            if (k < 0 || k > n) return -1;
            return cnt == 1 ? right1[k] : right2[k];
        }

        int word(int k) {
            return k < 0 ? nullWord : wordId[k];
        }

        int tag(int k) {
            return k < 0 ? nullTag : tagId[k];
        }

        int arcLabel(int k) {
            return k <= 0 || k > n ? labelIds[0] : labelIds[label[k]];
        }

        /** Words of s3 s2 s1 b1 b2 b3, then their tags, then the children of s1 and s2, in CoreNLP's feature order. */
        int[] features() {
            int w = 0;
            int p = WORD_FEATURES;
            int l = 2 * WORD_FEATURES;
            for (int j = 2; j >= 0; j--) {
                int k = stack(j);
                features[w++] = word(k);
                features[p++] = tag(k);
            }
            for (int j = 0; j <= 2; j++) {
                int k = buffer(j);
                features[w++] = word(k);
                features[p++] = tag(k);
            }
            for (int j = 0; j <= 1; j++) {
                int k = stack(j);
                int lc = leftChild(k, 1);
                int rc = rightChild(k, 1);
                around[0] = lc;
                around[1] = rc;
                around[2] = leftChild(k, 2);
                around[3] = rightChild(k, 2);
                around[4] = leftChild(lc, 1);
                around[5] = rightChild(rc, 1);
                for (int c : around) {
                    features[w++] = word(c);
                    features[p++] = tag(c);
                    features[l++] = arcLabel(c);
                }
            }
            return features;
        }

        void apply(int t) {
            if (t == shift) {
                stack[stackSize++] = next++;
                return;
            }
            int top = stack[stackSize - 1];
            int second = stack[stackSize - 2];
            if (t < labelCount) { // left arc: the top heads the one below it
                head[second] = top;
                label[second] = t + 1;
                left2[top] = left1[top];
                left1[top] = second;
                stack[stackSize - 2] = top;
            } else {
                head[top] = second;
                label[top] = t - labelCount + 1;
                right2[second] = right1[second];
                right1[second] = top;
            }
            stackSize--;
        }
    }
}
