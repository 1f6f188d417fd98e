package io.newspulse.enrich;

import java.util.Arrays;

/**
 * MinHash signatures of a text's word 3-shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two texts. A syndicated copy (new headline, another dateline, an
 * attribution line) keeps most shingles (similarity ≈ 0.8–1), two independent articles on one subject few.
 * The signature is split into {@value #BANDS} bands of {@value #ROWS} rows for locality-sensitive lookup:
 * texts of similarity 0.8 share a band with probability 1 − (1 − 0.8⁴)⁸ ≈ 0.999, texts of 0.3 with ≈ 0.06.
 *
 * <p>The signature is made by one-permutation hashing (Li, Owen and Zhang 2012): each shingle is hashed once;
 * the hash's top bits choose one of the {@value #SIZE} positions and the rest compete for that position's minimum.
 * A position no shingle reached borrows the value of a filled one ("densification",
 * Shrivastava 2017), so short texts keep a full signature. The estimate is that of {@value #SIZE}
 * independent hash functions at one hash per shingle instead of {@value #SIZE}.
 */
public final class MinHash {
    public static final int BANDS = 8;
    public static final int ROWS = 4;
    /**
     * Positions of a signature. The bands use the first {@code BANDS × ROWS}; the similarity check reads all, so
     * its estimate has the spread of 64 hash functions (±0.06 at Jaccard 0.5) rather than 32 (±0.09): two
     * stories that share a long passage (Jaccard ≈ 0.5) are rarely taken for copies at the 0.7 threshold.
     * One-permutation hashing makes the extra positions free per shingle; they cost 128 bytes per kept original.
     */
    public static final int SIZE = 64;
    static final int SHINGLE = 3;
    private static final int POSITION_BITS = Integer.numberOfTrailingZeros(SIZE);
    private static final int EMPTY = Integer.MAX_VALUE;

    private MinHash() {}

    public static int[] of(String text) {
        return of(Tokenizer.tokenize(text));
    }

    /** The signature of a tokenized text; every position is {@link Integer#MAX_VALUE} for a text without words. */
    public static int[] of(Tokens tokens) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, EMPTY);
        int n = tokens.size();
        if (n == 0) {
            return sig;
        }
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0;
            for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
                h = (h + tokens.hash(k)) * 0x9E3779B97F4A7C15L; // the word's hash, from the tokenizer
            }
            h = mix(h);
            int position = (int) (h >>> (64 - POSITION_BITS));
            int value = (int) h & 0x7FFF_FFFE; // never EMPTY
            if (value < sig[position]) {
                sig[position] = value;
            }
        }
        densify(sig);
        return sig;
    }

    /**
     * Fills each empty position with the value of a filled one, probing positions in an order fixed by the empty
     * position alone ("optimal densification", Shrivastava 2017): two texts that both miss a position borrow from
     * the same place, so equal positions still mean shared shingles.
     */
    private static void densify(int[] sig) {
        int[] filled = null;
        for (int p = 0; p < SIZE; p++) {
            if (sig[p] != EMPTY) {
                continue;
            }
            if (filled == null) {
                filled = sig.clone();
            }
            long probe = p;
            int donor;
            do {
                probe = mix(probe + 0x9E3779B97F4A7C15L);
                donor = filled[(int) (probe >>> (64 - POSITION_BITS))];
            } while (donor == EMPTY);
            sig[p] = donor;
        }
    }

    /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int n = Math.min(a.length, b.length); // a signature restored from an older version may be shorter
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return n == 0 ? 0 : (double) same / n;
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
