package dyad.core.merge;

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
 * Fingerprints of an article's text, the same for the store ({@code dyad ingest}) and the Spark job, so both see the
 * same duplicates. {@link #contentHash} is the SHA-256 of the body exactly; {@link #print} the
 * SHA-256 of its normalised words (case, spacing, punctuation and accents folded), so a re-crawl that only changed
 * whitespace is known; {@link #minHash} a 128-value MinHash signature of its word 5-shingles, whose agreement
 * estimates the Jaccard similarity of two texts: the same wire story on two sites scores near 1.
 */
public final class TextPrint {

    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /** Estimated Jaccard similarity from which two texts are one source text. */
    public static final double NEAR_DUPLICATE = 0.8;

    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        SplittableRandom r = new SplittableRandom(0x5eed_dad5L);
        for (int i = 0; i < HASHES; i++) {
            A[i] = r.nextLong() | 1L;
            B[i] = r.nextLong();
        }
    }

    private TextPrint() {}

    public static String contentHash(String body) {
        return sha256(body);
    }

    public static String print(String body) {
        return sha256(String.join(" ", words(body)));
    }

    /** The normalised words of a text. */
    public static List<String> words(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : n.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The MinHash signature of the text's word 5-shingles (of the whole text when it has fewer words). */
    public static long[] minHash(String text) {
        List<String> w = words(text);
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        int k = Math.min(5, Math.max(1, w.size()));
        for (int i = 0; i + k <= Math.max(w.size(), k); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + k && j < w.size(); j++) {
                for (byte b : w.get(j).getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int f = 0; f < HASHES; f++) {
                long v = mix(A[f] * h + B[f]);
                if (v < sig[f]) sig[f] = v;
            }
        }
        return sig;
    }

    /** One bucket per band: the hash of that band's rows of the signature. */
    public static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]);
            out[b] = h;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
