package dyad.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * The weights of the neural transition parser that CoreNLP ships (Chen and Manning 2014: 48 features of the parser's
 * state, each an embedding; a hidden layer with a cubic activation; one score per transition), read from CoreNLP's own
 * model file in its text format: a header of sizes, one embedding per word, tag and label, the hidden layer's weights
 * one input column per line, its bias, the output weights one hidden unit per line, then the features CoreNLP found
 * most frequent in training. Immutable once loaded; shared by every thread.
 *
 * <p>What a feature adds to the hidden layer depends only on the feature and its place, so for the frequent ones that
 * sum is computed once, the first time a sentence needs it, and kept ({@link #ready}); that, and not a cache behind a
 * lock, is what makes parsing cheap.
 */
final class ParserWeights {

    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    /** Word features whose contribution is kept once used (4 KB each, 200 MB at most); rarer ones go to {@link #rare}. */
    private static final int READY_WORD_FEATURES = 50_000;

    final int embeddingSize;
    final int hiddenSize;
    final int features;
    final int transitions;
    /** The transitions rounded up to a multiple of 16: the row length of {@link #outputWeights}, for whole vector steps. */
    final int paddedTransitions;
    /** Label names in the model's order; index 0 is {@link #NULL}, then the root label, then the others. */
    final List<String> labels;
    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    private final Map<String, Integer> labelIds;
    /** Embeddings, one row of embeddingSize per id (words, then tags, then labels). */
    private final float[][] embeddings;
    /** Hidden-layer weights, one row of hiddenSize per input column (feature place * embeddingSize + k). */
    private final float[][] hiddenWeights;
    final float[] hiddenBias;
    /**
     * Output weights, one row of paddedTransitions per hidden unit (zeros past the transitions). Every weight table is
     * an array of rows so that the inner loops index two arrays alike, which is what lets the JIT vectorise them.
     */
    final float[][] outputWeights;
    /** For (id * features + place): the row of {@link #ready} holding its contribution, or -1. */
    private final int[] readyRow;
    private final AtomicReferenceArray<float[]> ready;
    /**
     * The rarer features' contributions, direct-mapped by key: a newer one in the same slot replaces the older (no
     * lock, no order to keep); enough for the names and words an article or a day of news repeats.
     */
    private final AtomicReferenceArray<Rare> rare = new AtomicReferenceArray<>(RARE_SLOTS);

    /** Slots of {@link #rare}, a power of two (16 MB of contributions at most). */
    private static final int RARE_SLOTS = 1 << 12;

    private record Rare(long key, float[] contribution) {}

    private ParserWeights(Header h, Map<String, Integer> wordIds, Map<String, Integer> tagIds, Map<String, Integer> labelIds,
                          List<String> labels, float[][] embeddings, float[][] hiddenWeights, float[] hiddenBias,
                          float[][] outputWeights, int[] frequent) {
        this.embeddingSize = h.embeddingSize;
        this.hiddenSize = h.hiddenSize;
        this.features = h.features;
        this.transitions = transitions(labels.size());
        this.paddedTransitions = padded(transitions);
        this.labels = List.copyOf(labels);
        this.wordIds = wordIds;
        this.tagIds = tagIds;
        this.labelIds = labelIds;
        this.embeddings = embeddings;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        int ids = embeddings.length;
        this.readyRow = new int[ids * features];
        Arrays.fill(readyRow, -1);
        // every tag and label feature (there are few), then the frequent word features in the model's order
        List<Integer> keys = new ArrayList<>();
        for (int place = ArcStandardParser.WORD_FEATURES; place < features; place++) {
            boolean tagPlace = place < 2 * ArcStandardParser.WORD_FEATURES;
            int first = tagPlace ? wordIds.size() : wordIds.size() + tagIds.size();
            int count = tagPlace ? tagIds.size() : labelIds.size();
            for (int id = first; id < first + count; id++) keys.add(id * features + place);
        }
        int words = 0;
        for (int key : frequent) {
            if (words == READY_WORD_FEATURES) break;
            if (key < 0 || key >= readyRow.length || key % features >= ArcStandardParser.WORD_FEATURES) continue;
            keys.add(key);
            words++;
        }
        int row = 0;
        for (int key : keys) if (readyRow[key] < 0) readyRow[key] = row++;
        this.ready = new AtomicReferenceArray<>(row);
    }

    /** Loads a model in CoreNLP's text format (gzipped when the name ends in .gz) from the class path. */
    static ParserWeights load(String resource) {
        ClassLoader loader = ParserWeights.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("parser model not on the class path: " + resource);
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser model " + resource, e);
        }
    }

    private static ParserWeights read(BufferedReader in) throws IOException {
        Header h = Header.read(in);
        int ids = h.words + h.tags + h.labels;
        float[][] embeddings = new float[ids][h.embeddingSize];
        Map<String, Integer> wordIds = new HashMap<>(h.words * 2);
        Map<String, Integer> tagIds = new HashMap<>();
        Map<String, Integer> labelIds = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (int id = 0; id < ids; id++) {
            String line = in.readLine();
            if (line == null) throw new IOException("parser model ends inside its embeddings");
            int space = line.indexOf(' ');
            String name = line.substring(0, space);
            if (id < h.words) wordIds.put(name, id);
            else if (id < h.words + h.tags) tagIds.put(name, id);
            else {
                labelIds.put(name, id);
                labels.add(name);
            }
            parseFloats(line, space + 1, embeddings[id], h.embeddingSize);
        }
        int columns = h.embeddingSize * h.features;
        float[][] hiddenWeights = new float[columns][h.hiddenSize];
        for (int c = 0; c < columns; c++) parseFloats(line(in), 0, hiddenWeights[c], h.hiddenSize);
        float[] bias = new float[h.hiddenSize];
        parseFloats(line(in), 0, bias, h.hiddenSize);
        int transitions = transitions(h.labels);
        float[][] output = new float[h.hiddenSize][padded(transitions)];
        for (int j = 0; j < h.hiddenSize; j++) parseFloats(line(in), 0, output[j], transitions);
        int[] frequent = new int[h.preComputed];
        int n = 0;
        for (String line = in.readLine(); line != null && n < frequent.length; line = in.readLine()) {
            for (String t : line.trim().split(" +")) if (!t.isEmpty() && n < frequent.length) frequent[n++] = Integer.parseInt(t);
        }
        return new ParserWeights(h, wordIds, tagIds, labelIds, labels, embeddings, hiddenWeights, bias, output,
                Arrays.copyOf(frequent, n));
    }

    /** A left and a right arc for every label but {@link #NULL}, and the shift. */
    private static int transitions(int labels) {
        return 2 * (labels - 1) + 1;
    }

    private static int padded(int n) {
        return (n + 15) / 16 * 16;
    }

    private static String line(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) throw new IOException("parser model ends early");
        return line;
    }

    /** Reads count space-separated floats of line from position from into out. */
    private static void parseFloats(String line, int from, float[] out, int count) throws IOException {
        int i = from;
        int len = line.length();
        for (int k = 0; k < count; k++) {
            while (i < len && line.charAt(i) == ' ') i++;
            int start = i;
            while (i < len && line.charAt(i) != ' ') i++;
            if (start == i) throw new IOException("parser model line has " + k + " numbers, not " + count);
            out[k] = Float.parseFloat(line.substring(start, i));
        }
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    /** The id of the label with this index in {@link #labels}. */
    int labelId(int labelIndex) {
        return labelIds.get(labels.get(labelIndex));
    }

    /** The row kept for feature id at place, or -1 for a feature too rare to keep. */
    int readyRow(int id, int place) {
        return readyRow[id * features + place];
    }

    /**
     * The contribution of feature id at place, kept in its row: computed by the first thread that needs it (two may
     * compute the same row at once; both get equal arrays), read by all.
     */
    float[] ready(int row, int id, int place) {
        float[] c = ready.get(row);
        if (c == null) {
            c = contribution(id, place);
            ready.set(row, c);
        }
        return c;
    }

    /** The contribution of a feature too rare to keep a row for, from the slot of its key when it is still there. */
    float[] rare(int id, int place) {
        long key = (long) id * features + place;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 52) & (RARE_SLOTS - 1);
        Rare r = rare.get(slot);
        if (r != null && r.key() == key) return r.contribution();
        float[] c = contribution(id, place);
        rare.set(slot, new Rare(key, c));
        return c;
    }

    /** What feature id at place adds to the hidden layer. */
    float[] contribution(int id, int place) {
        float[] out = new float[hiddenSize];
        float[] e = embeddings[id];
        for (int k = 0; k < embeddingSize; k++) {
            float x = e[k];
            float[] w = hiddenWeights[place * embeddingSize + k];
            for (int j = 0; j < hiddenSize; j++) out[j] += x * w[j];
        }
        return out;
    }

    private record Header(int words, int tags, int labels, int embeddingSize, int hiddenSize, int features, int preComputed) {
        static Header read(BufferedReader in) throws IOException {
            Map<String, Integer> v = new HashMap<>();
            for (int i = 0; i < 7; i++) {
                String line = line(in);
                int eq = line.indexOf('=');
                if (eq < 0) throw new IOException("parser model header line without '=': " + line);
                v.put(line.substring(0, eq).trim(), Integer.parseInt(line.substring(eq + 1).trim()));
            }
            for (String k : List.of("dict", "pos", "label", "embeddingSize", "hiddenSize", "numTokens", "preComputed")) {
                if (!v.containsKey(k)) throw new IOException("parser model header lacks " + k);
            }
            if (v.get("numTokens") != ArcStandardParser.FEATURES) {
                throw new IOException("parser model has " + v.get("numTokens") + " features, not " + ArcStandardParser.FEATURES);
            }
            return new Header(v.get("dict"), v.get("pos"), v.get("label"), v.get("embeddingSize"), v.get("hiddenSize"),
                    v.get("numTokens"), v.get("preComputed"));
        }
    }
}
