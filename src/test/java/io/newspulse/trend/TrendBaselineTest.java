package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendBaselineTest {
    private static final long HOUR = 3_600_000L;
    private final double alpha = TrendBaseline.alphaFor(24);

    /** Applies one window ending at hour {@code h} and returns its score. */
    private Double apply(TrendBaseline b, long h, long count) {
        b.skipTo(h * HOUR, HOUR, alpha, 1000);
        Double score = b.score(count, 1.0, 5);
        b.add(h * HOUR, count, alpha);
        return score;
    }

    @Test
    void halfLifeMeansHalfTheWeightAfterThatManyWindows() {
        assertThat(Math.pow(1 - TrendBaseline.alphaFor(24), 24)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noScoreUntilTheSeriesHasHistory() {
        TrendBaseline b = new TrendBaseline();
        for (int h = 1; h <= 5; h++) {
            assertThat(apply(b, h, 3)).as("window %d", h).isNull();
        }
        assertThat(apply(b, 6, 3)).isNotNull();
    }

    @Test
    void aSteadySeriesScoresNearZeroAndASpikeScoresHigh() {
        TrendBaseline b = new TrendBaseline();
        for (int h = 1; h <= 200; h++) {
            apply(b, h, h % 2 == 0 ? 4 : 6);
        }
        assertThat(b.mean).isCloseTo(5, within(0.2));
        assertThat(apply(b, 201, 5)).isCloseTo(0, within(0.3));
        assertThat(apply(b, 202, 30)).isGreaterThan(10);
    }

    @Test
    void emptyWindowsInAGapDecayTheHistoryAsZeros() {
        TrendBaseline withGap = new TrendBaseline();
        TrendBaseline explicit = new TrendBaseline();
        for (int h = 1; h <= 50; h++) {
            apply(withGap, h, 8);
            apply(explicit, h, 8);
        }
        for (int h = 51; h <= 60; h++) {
            apply(explicit, h, 0);
        }
        // the gapped series sees hour 61 next: hours 51..60 are folded in as zeros first
        Double gapScore = apply(withGap, 61, 8);
        Double explicitScore = apply(explicit, 61, 8);
        assertThat(withGap.mean).isCloseTo(explicit.mean, within(1e-9));
        assertThat(withGap.variance).isCloseTo(explicit.variance, within(1e-9));
        assertThat(gapScore).isCloseTo(explicitScore, within(1e-9));
        assertThat(withGap.windows).isEqualTo(61);
    }
}
