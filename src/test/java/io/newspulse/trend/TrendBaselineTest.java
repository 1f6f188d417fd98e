package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendBaselineTest {
    private static final long HOUR = 3_600_000L;
    private final double alpha = TrendBaseline.alphaFor(24);

    /** Applies one window ending at hour {@code h} and returns its score. */
    private Double apply(TrendBaseline b, long h, long count) {
        b.advanceTo(h * HOUR, HOUR, alpha, 1000);
        Double score = b.score(count, 1.0, 5);
        b.update(count, alpha);
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

    @Test
    void aCorrectionOfTheLastWindowIsScoredFromTheSameBaselineAndReplacesIt() {
        TrendBaseline b = new TrendBaseline();
        for (int h = 1; h <= 30; h++) {
            apply(b, h, 2);
        }
        double meanBefore = b.mean;
        Double first = apply(b, 31, 10);
        Double corrected = apply(b, 31, 12);   // a late article raised the same window's count

        TrendBaseline clean = new TrendBaseline();
        for (int h = 1; h <= 30; h++) {
            apply(clean, h, 2);
        }
        Double direct = apply(clean, 31, 12);
        assertThat(corrected).isEqualTo(direct);
        assertThat(corrected).isGreaterThan(first);
        assertThat(b.mean).isEqualTo(clean.mean).isGreaterThan(meanBefore);
        assertThat(b.windows).isEqualTo(31);
    }

    @Test
    void anOlderCorrectionIsScoredButLeavesTheHistoryAlone() {
        TrendBaseline b = new TrendBaseline();
        for (int h = 1; h <= 30; h++) {
            apply(b, h, 2);
        }
        double mean = b.mean;
        assertThat(b.advanceTo(25 * HOUR, HOUR, alpha, 1000)).isFalse();
        assertThat(b.mean).isEqualTo(mean);
        assertThat(b.lastWindowEnd).isEqualTo(30 * HOUR);
    }
}
