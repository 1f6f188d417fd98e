package io.newspulse.extract;

import io.newspulse.enrich.Tokenizer;
import io.newspulse.enrich.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * How close an extracted body is to a reference body: precision, recall and F1 over word 4-gram shingles
 * (as multisets), the measure public extraction benchmarks use.
 */
public final class ExtractionScore {
    static final int N = 4;

    public final double precision;
    public final double recall;

    private ExtractionScore(double precision, double recall) {
        this.precision = precision;
        this.recall = recall;
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static ExtractionScore of(String extracted, String reference) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(reference);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int overlap = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double) overlap / gotTotal;
        double r = wantTotal == 0 ? (gotTotal == 0 ? 1 : 0) : (double) overlap / wantTotal;
        return new ExtractionScore(p, r);
    }

    static Map<String, Integer> shingles(String text) {
        Tokens tokens = Tokenizer.tokenize(text);
        Map<String, Integer> out = new HashMap<>();
        if (tokens.size() < N) {
            if (!tokens.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < tokens.size(); i++) {
                    sb.append(tokens.lower(i)).append(' ');
                }
                out.merge(sb.toString(), 1, Integer::sum);
            }
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + N; k++) {
                sb.append(tokens.lower(k)).append(' ');
            }
            out.merge(sb.toString(), 1, Integer::sum);
        }
        return out;
    }
}
