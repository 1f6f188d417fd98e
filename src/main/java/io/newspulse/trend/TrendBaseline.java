package io.newspulse.trend;

/**
 * A series' history as an exponentially weighted mean and variance of its count per window (one value
 * per slide), updated incrementally (Finch, "Incremental calculation of weighted mean and variance").
 * Windows in which the series had no articles count as zeros, applied when the next window arrives, so a
 * quiet series decays without a row for every empty window.
 */
public class TrendBaseline {
    public double mean;
    public double variance;
    /** Windows folded in (including the empty ones in gaps). */
    public long windows;
    /** End of the last window folded in, epoch millis; {@link Long#MIN_VALUE} before the first. */
    public long lastWindowEnd = Long.MIN_VALUE;

    public TrendBaseline() {}

    public TrendBaseline copy() {
        TrendBaseline b = new TrendBaseline();
        b.mean = mean;
        b.variance = variance;
        b.windows = windows;
        b.lastWindowEnd = lastWindowEnd;
        return b;
    }

    /** The score of {@code count} against the current estimates, or null while history is too short. */
    public Double score(long count, double noiseFloor, int minHistory) {
        if (windows < minHistory) {
            return null;
        }
        return (count - mean) / (Math.sqrt(variance) + noiseFloor);
    }

    /** Folds in a zero for every empty window between the last one and the one ending at {@code windowEnd}. */
    public void skipTo(long windowEnd, long slideMillis, double alpha, long maxGapWindows) {
        if (lastWindowEnd != Long.MIN_VALUE && windowEnd > lastWindowEnd) {
            long empty = Math.min((windowEnd - lastWindowEnd) / slideMillis - 1, maxGapWindows);
            for (long i = 0; i < empty; i++) {
                update(0, alpha);
            }
        }
    }

    /** Folds one window's count into the estimates. */
    public void add(long windowEnd, long count, double alpha) {
        update(count, alpha);
        lastWindowEnd = windowEnd;
    }

    private void update(double x, double alpha) {
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
