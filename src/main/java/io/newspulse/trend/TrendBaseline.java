package io.newspulse.trend;

/**
 * A series' history as an exponentially weighted mean and variance of its count per window (one value
 * per slide), updated incrementally (Finch, "Incremental calculation of weighted mean and variance").
 * Windows in which the series had no articles count as zeros, applied when the next row arrives, so a
 * quiet series decays without a row for every empty window. Keeps the estimates from before the last
 * window, so a late correction of that window is scored and applied again from the same starting point.
 */
public class TrendBaseline {
    public double mean;
    public double variance;
    /** Windows observed (including the empty ones in gaps). */
    public long windows;
    /** End of the last window applied, epoch millis; {@link Long#MIN_VALUE} before the first. */
    public long lastWindowEnd = Long.MIN_VALUE;
    public double meanBefore;
    public double varianceBefore;
    public long windowsBefore;

    public TrendBaseline() {}

    /** The score of {@code count} against the current estimates, or null while history is too short. */
    public Double score(long count, double noiseFloor, int minHistory) {
        if (windows < minHistory) {
            return null;
        }
        return (count - mean) / (Math.sqrt(variance) + noiseFloor);
    }

    /**
     * Moves the estimates to just before the window ending at {@code windowEnd}: undoes the last update
     * when this is a correction of the last window, or applies a zero for every empty window in between.
     *
     * @return false when the window is older than the last one applied (a correction that is scored but
     *     no longer changes the history)
     */
    public boolean advanceTo(long windowEnd, long slideMillis, double alpha, long maxGapWindows) {
        if (windowEnd == lastWindowEnd) {
            mean = meanBefore;
            variance = varianceBefore;
            windows = windowsBefore;
            return true;
        }
        if (lastWindowEnd != Long.MIN_VALUE && windowEnd < lastWindowEnd) {
            return false;
        }
        if (lastWindowEnd != Long.MIN_VALUE) {
            long empty = Math.min((windowEnd - lastWindowEnd) / slideMillis - 1, maxGapWindows);
            for (long i = 0; i < empty; i++) {
                update(0, alpha);
            }
        }
        meanBefore = mean;
        varianceBefore = variance;
        windowsBefore = windows;
        lastWindowEnd = windowEnd;
        return true;
    }

    /** Folds one window's count into the estimates. */
    public void update(double x, double alpha) {
        double diff = x - mean;
        double increment = alpha * diff;
        mean += increment;
        variance = (1 - alpha) * (variance + diff * increment);
        windows++;
    }

    /** α for a half-life given in windows: after {@code halfLifeWindows} updates a value weighs half. */
    public static double alphaFor(double halfLifeWindows) {
        return 1 - Math.pow(0.5, 1 / halfLifeWindows);
    }
}
