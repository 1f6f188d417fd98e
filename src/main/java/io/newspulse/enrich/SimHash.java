package io.newspulse.enrich;

import io.newspulse.enrich.Tokenizer.Token;
import java.util.List;

/**
 * 64-bit SimHash (Charikar) of a text's word 3-shingles: near-identical texts (a syndicated copy with a
 * new headline, a trimmed paragraph, a changed dateline) differ in a few bits, independent texts in
 * about half of them.
 */
public final class SimHash {
    static final int SHINGLE = 3;

    private SimHash() {}

    public static long of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int[] votes = new int[64];
        int n = tokens.size();
        int features = 0;
        for (int i = 0; i + SHINGLE <= n || (i == 0 && n > 0); i++) {
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
            h = mix(h);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
            features++;
            if (n < SHINGLE) {
                break;
            }
        }
        long hash = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                hash |= 1L << b;
            }
        }
        return features == 0 ? 0 : hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Finalizer of MurmurHash3: spreads FNV's weak low bits over all 64. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec3L;
        h ^= h >>> 33;
        return h;
    }
}
