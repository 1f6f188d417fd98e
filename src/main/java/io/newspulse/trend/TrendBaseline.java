package io.newspulse.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A series' history: the exponentially weighted mean and variance of its <em>share of coverage</em> per
 * window, updated incrementally (Finch, "Incremental calculation of weighted mean and variance"), as
 * SigniTrend does. Shares, not counts, so a weekend lull or a growing feed moves every series alike and
 * none of them trends for it. History is counted in the feed's non-empty windows ({@link WindowTotal#feedWindow}):
 * windows in which the feed had articles but this series had none count as zeros, applied when the series'
 * next window arrives; a new series starts with the feed's whole history of zeros behind it.
 */
public class TrendBaseline {
    public double mean;
    public double variance;
    /** Feed windows folded in (including those in which the series had no articles). */
    public long windows;
    /** End of the last window folded in, epoch millis; {@link Long#MIN_VALUE} before the first. */
    public long lastWindowEnd = Long.MIN_VALUE;
    /** {@link WindowTotal#feedWindow} of the last window folded in; 0 before the first. */
    public long lastFeedWindow;
    /** Usual share of the series' articles whose headline has each word (EWMA over final windows), top {@value #MAX_TERMS}. */
    public Map<String, Double> termRates = new HashMap<>();

    static final int MAX_TERMS = 64;

    public TrendBaseline() {}

    public TrendBaseline copy() {
        TrendBaseline b = new TrendBaseline();
        b.mean = mean;
        b.variance = variance;
        b.windows = windows;
        b.lastWindowEnd = lastWindowEnd;
        b.lastFeedWindow = lastFeedWindow;
        b.termRates = termRates; // read-only in copies: only the settled history learns words
        return b;
    }

    /**
     * The score of a window with {@code count} of {@code total} articles: how many spreads the count lies
     * above what the baseline share expects of this total, with {@code noiseFloor} articles of slack so a
     * handful of articles cannot make a trend. Null while the history is shorter than {@code minHistory}.
     */
    public Double score(long count, long total, double noiseFloor, int minHistory) {
        if (windows < minHistory) {
            return null;
        }
        double expected = mean * total;
        double spread = Math.sqrt(variance) * total;
        return (count - expected) / (spread + noiseFloor);
    }

    /** Folds in a zero for each feed window between the last one and {@code feedWindow} (or the feed's past, for a new series). */
    public void skipTo(long feedWindow, double alpha, long maxGapWindows) {
        if (lastFeedWindow == 0) {
            windows = Math.max(windows, feedWindow - 1); // zeros on zero estimates change nothing but the count
            return;
        }
        long empty = Math.min(feedWindow - lastFeedWindow - 1, maxGapWindows);
        for (long i = 0; i < empty; i++) {
            update(0, alpha);
        }
    }

    /** Folds one window's share into the estimates. */
    public void add(long windowEnd, long feedWindow, double share, double alpha) {
        update(share, alpha);
        lastWindowEnd = windowEnd;
        lastFeedWindow = feedWindow;
    }

    /**
     * Learns a final window's headline words; keeps the {@value #MAX_TERMS} most usual ones. Updates the map in place:
     * only the settled history (a state value, copied by the state backend before a snapshot could see it change) calls
     * this, never a {@link #copy}.
     */
    public void addTerms(Map<String, Integer> counts, long articles, double alpha) {
        termRates.replaceAll((term, rate) -> rate * (1 - alpha));
        if (articles > 0) {
            counts.forEach((term, n) -> termRates.merge(term, alpha * n / articles, Double::sum));
        }
        if (termRates.size() > MAX_TERMS) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(termRates.entrySet());
            entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                    : Double.compare(b.getValue(), a.getValue()));
            for (Map.Entry<String, Double> e : entries.subList(MAX_TERMS, entries.size())) {
                termRates.remove(e.getKey());
            }
        }
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
