package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrendBaselineTest {
    private static final long HOUR = 3_600_000L;
    private final double alpha = TrendBaseline.alphaFor(24);

    /** Applies feed window {@code n} in which the series had {@code count} of {@code total} articles; returns its score. */
    private Double apply(TrendBaseline b, long n, long count, long total) {
        b.skipTo(n, alpha, 1000);
        Double score = b.score(count, total, 1.0, 5);
        b.add(n * HOUR, n, (double) count / total, alpha);
        return score;
    }

    @Test
    void halfLifeMeansHalfTheWeightAfterThatManyWindows() {
        assertThat(Math.pow(1 - TrendBaseline.alphaFor(24), 24)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noScoreUntilTheSeriesHasHistory() {
        TrendBaseline b = new TrendBaseline();
        for (int n = 1; n <= 5; n++) {
            assertThat(apply(b, n, 3, 100)).as("window %d", n).isNull();
        }
        assertThat(apply(b, 6, 3, 100)).isNotNull();
    }

    @Test
    void aNewSeriesHasTheFeedsHistoryOfZerosBehindIt() {
        TrendBaseline b = new TrendBaseline();
        // first seen in the feed's 50th window: 49 quiet windows precede it, so it is scored at once
        Double score = apply(b, 50, 12, 100);
        assertThat(score).isEqualTo(12.0);
        assertThat(b.windows).isEqualTo(50);
    }

    @Test
    void aSteadyShareScoresNearZeroAndASpikeScoresHigh() {
        TrendBaseline b = new TrendBaseline();
        for (int n = 1; n <= 200; n++) {
            apply(b, n, n % 2 == 0 ? 4 : 6, 100);
        }
        assertThat(b.mean).isCloseTo(0.05, within(0.002));
        assertThat(apply(b, 201, 5, 100)).isCloseTo(0, within(0.3));
        assertThat(apply(b, 202, 30, 100)).isGreaterThan(10);
    }

    @Test
    void volumeChangesAloneDoNotScore() {
        TrendBaseline b = new TrendBaseline();
        for (int n = 1; n <= 200; n++) {
            apply(b, n, 10, 200);
        }
        // the whole feed halves (a weekend) or doubles (growth): the series' share is unchanged
        assertThat(apply(b, 201, 5, 100)).isCloseTo(0, within(0.05));
        assertThat(apply(b, 202, 20, 400)).isCloseTo(0, within(0.05));
    }

    @Test
    void feedWindowsWithoutTheSeriesDecayTheHistoryAsZeros() {
        TrendBaseline withGap = new TrendBaseline();
        TrendBaseline explicit = new TrendBaseline();
        for (int n = 1; n <= 50; n++) {
            apply(withGap, n, 8, 100);
            apply(explicit, n, 8, 100);
        }
        for (int n = 51; n <= 60; n++) {
            apply(explicit, n, 0, 100);
        }
        Double gapScore = apply(withGap, 61, 8, 100);
        Double explicitScore = apply(explicit, 61, 8, 100);
        assertThat(withGap.mean).isCloseTo(explicit.mean, within(1e-12));
        assertThat(withGap.variance).isCloseTo(explicit.variance, within(1e-12));
        assertThat(gapScore).isCloseTo(explicitScore, within(1e-9));
        assertThat(withGap.windows).isEqualTo(61);
    }

    /** A history silent for longer than the longest gap it folds zeros for is forgotten: the series starts as new. */
    @Test
    void aLongSilenceForgetsTheHistory() {
        TrendBaseline b = new TrendBaseline();
        for (int n = 1; n <= 50; n++) {
            apply(b, n, 8, 100);
        }
        addTerms(b, Map.of("tariff", 3), 4, alpha);
        TrendBaseline atTheLimit = b.copy();
        atTheLimit.skipTo(50 + 20 + 1, alpha, 20); // 20 empty windows: folded in as zeros
        assertThat(atTheLimit.mean).isPositive().isLessThan(b.mean);
        assertThat(atTheLimit.termRate("tariff")).isPositive();

        b.skipTo(50 + 21 + 1, alpha, 20); // 21: forgotten
        TrendBaseline fresh = new TrendBaseline();
        fresh.skipTo(50 + 21 + 1, alpha, 20);
        assertThat(b).usingRecursiveComparison().ignoringFields("hashedTerms", "termHashes").isEqualTo(fresh);
        assertThat(b.termRate("tariff")).isZero();
    }

    @Test
    void anOutageDoesNotAgeTheHistory() {
        TrendBaseline b = new TrendBaseline();
        for (int n = 1; n <= 50; n++) {
            apply(b, n, 8, 100);
        }
        double mean = b.mean;
        // hours without any article in the feed have no feed window: the next window is simply number 51
        b.skipTo(51, alpha, 1000);
        assertThat(b.mean).isEqualTo(mean);
    }

    @Test
    void learnedWordsDecayAndTheNewOnesAreAdded() {
        TrendBaseline b = new TrendBaseline();
        addTerms(b, Map.of("tariff", 2), 2, 0.5);
        addTerms(b, Map.of("steel", 1), 2, 0.5);
        assertThat(b.termRate("tariff")).isCloseTo(0.25, within(1e-12));
        assertThat(b.termRate("steel")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void keepsTheMostUsualWordsAlphabeticalOnTies() {
        TrendBaseline b = new TrendBaseline();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < TrendBaseline.MAX_TERMS + 6; i++) {
            counts.put(String.format("w%02d", i), 1);
        }
        addTerms(b, counts, 1, 0.5);
        assertThat(b.termRateMap()).hasSize(TrendBaseline.MAX_TERMS).containsKey("w00").containsKey("w63").doesNotContainKey("w64");
        addTerms(b, Map.of("zebra", 1, "yak", 1), 1, 0.5); // new words outrank the decayed ones
        assertThat(b.termRateMap()).hasSize(TrendBaseline.MAX_TERMS).containsKeys("zebra", "yak")
                .doesNotContainKey("w63").doesNotContainKey("w62").containsKey("w61");
    }

    /** Whatever the number of words over the limit, the kept ones are those the plainly written rule keeps. */
    @Test
    void learningInPlaceKeepsWhatThePlainRuleKeeps() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TrendBaseline b = new TrendBaseline();
            Map<String, Double> reference = new HashMap<>();
            for (int step = 0; step < 6; step++) {
                Map<String, Integer> counts = new HashMap<>();
                // the first window fills the list; then a few new words each, or many
                int words = step == 0 ? 70 + random.nextInt(30) : random.nextInt(round % 2 == 0 ? 10 : 90);
                for (int w = 0; w < words; w++) {
                    counts.put("t" + random.nextInt(150), 1 + random.nextInt(3));
                }
                addTerms(b, counts, 4, 0.3);
                reference = sortAndKeep(reference, counts, 4, 0.3);
                assertThat(b.termRateMap()).as("round %d step %d", round, step).isEqualTo(reference);
            }
        }
    }

    /** Learns a pane's word counts given as a map. */
    private static void addTerms(TrendBaseline b, Map<String, Integer> counts, long articles, double alpha) {
        String[] words = counts.keySet().toArray(new String[0]);
        int[] n = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            n[i] = counts.get(words[i]);
        }
        b.addTerms(words, n, articles, alpha);
    }

    /** The learning rule written plainly: decay, add, sort by rate (then word), keep the first {@code MAX_TERMS}. */
    private static Map<String, Double> sortAndKeep(Map<String, Double> rates, Map<String, Integer> counts, long articles,
            double alpha) {
        Map<String, Double> next = new HashMap<>();
        rates.forEach((term, rate) -> next.put(term, rate * (1 - alpha)));
        counts.forEach((term, n) -> next.merge(term, alpha * n / articles, Double::sum));
        List<Map.Entry<String, Double>> entries = new ArrayList<>(next.entrySet());
        entries.sort((a, c) -> a.getValue().equals(c.getValue()) ? a.getKey().compareTo(c.getKey())
                : Double.compare(c.getValue(), a.getValue()));
        Map<String, Double> kept = new HashMap<>();
        for (Map.Entry<String, Double> e : entries.subList(0, Math.min(TrendBaseline.MAX_TERMS, entries.size()))) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }
}
