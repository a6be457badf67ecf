package dyad.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fingerprints the store keeps of each article (dyad-store's {@code TextPrint}, computed the same way so that
 * the job and {@code dyad ingest} see the same duplicates): the SHA-256 of the body, the SHA-256 of its normalised
 * words, and a 128-value MinHash of its word 5-shingles cut into 32 bands of 4 for locality-sensitive hashing.
 * A test (src/test-store) checks them against the store's own whenever the store module is built beside this one.
 * They belong in dyad-core once both modules share them.
 */
final class TextPrints {

    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /** Estimated Jaccard similarity from which two texts are one source text (the store's threshold). */
    static final double NEAR_DUPLICATE = 0.8;

    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        SplittableRandom seed = new SplittableRandom(0x5eed_dad5L);
        for (int i = 0; i < HASHES; i++) {
            MUL[i] = seed.nextLong() | 1L;
            ADD[i] = seed.nextLong();
        }
    }

    private TextPrints() {}

    /** SHA-256 of the body exactly: the article's key in the store. */
    static String contentHash(String body) {
        return sha256(body);
    }

    /** SHA-256 of the normalised words: case, spacing, punctuation and accents do not count. */
    static String print(String body) {
        return sha256(String.join(" ", words(body)));
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** The MinHash signature of the word 5-shingles (one shingle of all the words when there are fewer). */
    static long[] minHash(String text) {
        List<String> w = words(text);
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        int k = Math.min(5, Math.max(1, w.size()));
        int last = Math.max(w.size(), k);
        for (int i = 0; i + k <= last; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words, each followed by a space
            for (int j = i; j < i + k && j < w.size(); j++) {
                for (byte b : w.get(j).getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int f = 0; f < HASHES; f++) {
                long v = mix(MUL[f] * h + ADD[f]);
                if (v < sig[f]) sig[f] = v;
            }
        }
        return sig;
    }

    /** One bucket per band of the signature. */
    static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]);
            out[b] = h;
        }
        return out;
    }

    /** The share of signature positions two texts agree on: their estimated Jaccard similarity. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            if (a[i] == b[i]) same++;
        }
        return a.length == 0 ? 0 : (double) same / a.length;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
