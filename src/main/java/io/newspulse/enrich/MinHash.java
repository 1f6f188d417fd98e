package io.newspulse.enrich;

import io.newspulse.enrich.Tokenizer.Token;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of a text's word 3-shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two texts. A syndicated copy (new headline, another dateline, an
 * attribution line) keeps most shingles (similarity ≈ 0.8–1), two independent articles on one subject few.
 * The signature is split into {@value #BANDS} bands of {@value #ROWS} rows for locality-sensitive lookup:
 * texts of similarity 0.8 share a band with probability 1 − (1 − 0.8⁴)⁸ ≈ 0.999, texts of 0.3 with ≈ 0.06.
 */
public final class MinHash {
    public static final int BANDS = 8;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;
    static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private MinHash() {}

    public static int[] of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int n = tokens.size();
        int shingles = n == 0 ? 0 : Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's lower-case words
            for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
                String w = tokens.get(k).lower;
                for (int c = 0; c < w.length(); c++) {
                    h ^= w.charAt(c);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int s = 0; s < SIZE; s++) {
                int v = (int) (mix(h ^ SEEDS[s]) >>> 33);
                if (v < sig[s]) {
                    sig[s] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The key of one band: its index and a hash of its rows. */
    public static String bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + sig[band * ROWS + r]);
        }
        return band + ":" + Long.toHexString(h);
    }

    /** Finalizer of MurmurHash3. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec3L;
        h ^= h >>> 33;
        return h;
    }
}
