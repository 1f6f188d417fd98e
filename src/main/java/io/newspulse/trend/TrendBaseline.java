package io.newspulse.trend;

import java.util.Arrays;
import java.util.HashMap;
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
    /**
     * Learned headline words, at most {@value #MAX_TERMS}, in no particular order; {@link #termRates} holds the usual
     * share of the series' articles whose headline has each (EWMA over the series' panes, each learned once no late
     * article can change it: every article counts once). Two arrays rather than a map: a learned pane decays every
     * rate, and on arrays that is a loop over doubles, not a boxed value per word.
     */
    public String[] terms = new String[0];
    /** The rate of each of {@link #terms}, index for index. */
    public double[] termRates = new double[0];
    /**
     * When the series' operator next looks whether this history can be forgotten (a timer of that series), epoch
     * millis; 0 if none is due. Kept with the history so that a series has one such timer at a time.
     */
    public long reviewAt;

    static final int MAX_TERMS = 64;

    /**
     * The hash codes of {@link #hashedTerms} (the words they were taken of), to find a word by a scan of one small
     * int array rather than by comparing it with words scattered over the heap. Not state: rebuilt when the words
     * change (or arrive anew from a state backend).
     */
    private transient String[] hashedTerms;
    private transient int[] termHashes;

    public TrendBaseline() {}

    public TrendBaseline copy() {
        TrendBaseline b = new TrendBaseline();
        b.mean = mean;
        b.variance = variance;
        b.windows = windows;
        b.lastWindowEnd = lastWindowEnd;
        b.lastFeedWindow = lastFeedWindow;
        b.reviewAt = reviewAt;
        b.terms = terms; // read-only in copies: only the settled history learns words
        b.termRates = termRates;
        b.hashedTerms = hashedTerms;
        b.termHashes = termHashes;
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

    /**
     * Folds in a zero for each feed window between the last one and {@code feedWindow} (or the feed's past, for a new
     * series). After more than {@code maxGapWindows} of silence the history is forgotten and the series starts again
     * as a new one: its estimates would be within a fraction of a percent of zero anyway, and the words it learned
     * belong to another time.
     */
    public void skipTo(long feedWindow, double alpha, long maxGapWindows) {
        if (isForgottenAt(feedWindow, maxGapWindows)) {
            mean = 0;
            variance = 0;
            windows = 0;
            lastWindowEnd = Long.MIN_VALUE;
            lastFeedWindow = 0;
            terms = new String[0];
            termRates = new double[0];
        }
        if (lastFeedWindow == 0) {
            windows = Math.max(windows, feedWindow - 1); // zeros on zero estimates change nothing but the count
            return;
        }
        long empty = Math.min(feedWindow - lastFeedWindow - 1, maxGapWindows);
        for (long i = 0; i < empty; i++) {
            update(0, alpha);
        }
    }

    /** Whether a window numbered {@code feedWindow} finds this history forgotten ({@link #skipTo}). */
    public boolean isForgottenAt(long feedWindow, long maxGapWindows) {
        return lastFeedWindow != 0 && feedWindow - lastFeedWindow - 1 > maxGapWindows;
    }

    /** Folds one window's share into the estimates. */
    public void add(long windowEnd, long feedWindow, double share, double alpha) {
        update(share, alpha);
        lastWindowEnd = windowEnd;
        lastFeedWindow = feedWindow;
    }

    /** The usual share of the series' articles whose headline has {@code term}; 0 for a word not learned. */
    public double termRate(String term) {
        int i = indexOf(term);
        return i >= 0 ? termRates[i] : 0.0;
    }

    /** Where {@code term} is in {@link #terms}, or −1. */
    private int indexOf(String term) {
        if (hashedTerms != terms) {
            int[] hashes = new int[terms.length];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = terms[i].hashCode();
            }
            termHashes = hashes;
            hashedTerms = terms;
        }
        int h = term.hashCode();
        for (int i = 0; i < termHashes.length; i++) {
            if (termHashes[i] == h && terms[i].equals(term)) {
                return i;
            }
        }
        return -1;
    }

    /** The learned words and their rates, as a map (for tests and reports). */
    public Map<String, Double> termRateMap() {
        Map<String, Double> map = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            map.put(terms[i], termRates[i]);
        }
        return map;
    }

    /**
     * Learns a final pane's headline words: every rate decays by {@code 1 − alpha}, each word of the pane adds
     * {@code alpha × its articles ÷ articles}, and the {@value #MAX_TERMS} highest rates are kept (alphabetical on ties).
     * Decays in place: only the settled history (a state value, copied by the state backend before a snapshot could
     * see it change) calls this, never a {@link #copy}.
     */
    public void addTerms(String[] words, int[] counts, long articles, double alpha) {
        for (int i = 0; i < termRates.length; i++) {
            termRates[i] = termRates[i] * (1 - alpha);
        }
        if (articles <= 0 || words.length == 0) {
            return;
        }
        int[] added = null; // indexes into words of those not learned yet
        int adding = 0;
        for (int k = 0; k < words.length; k++) {
            int i = indexOf(words[k]);
            if (i >= 0) {
                termRates[i] = termRates[i] + alpha * counts[k] / articles;
            } else {
                if (added == null) {
                    added = new int[words.length - k];
                }
                added[adding++] = k;
            }
        }
        if (added != null) {
            learn(words, counts, added, adding, articles, alpha);
        }
    }

    /**
     * Adds the first {@code adding} of the words {@code added} points at (not yet learned) after the learned ones,
     * then, over {@value #MAX_TERMS}, drops the weakest one at a time (lowest rate, the alphabetically last on ties):
     * the few words a pane brings are found by a scan of the rates, without sorting and without comparing the learned
     * words themselves (which lie all over the heap).
     */
    private void learn(String[] paneWords, int[] counts, int[] added, int adding, long articles, double alpha) {
        int learned = terms.length;
        int n = learned + adding;
        String[] words = Arrays.copyOf(terms, n);
        double[] rates = Arrays.copyOf(termRates, n);
        int[] hashes = Arrays.copyOf(termHashes, n); // indexOf has just made termHashes match terms
        for (int k = 0; k < adding; k++) {
            String word = paneWords[added[k]];
            words[learned + k] = word;
            rates[learned + k] = alpha * counts[added[k]] / articles;
            hashes[learned + k] = word.hashCode();
        }
        if (n > MAX_TERMS) {
            boolean[] dropped = new boolean[n];
            for (int d = n - MAX_TERMS; d > 0; d--) {
                int weakest = -1;
                for (int i = 0; i < n; i++) {
                    if (!dropped[i] && (weakest < 0 || rates[i] < rates[weakest]
                            || rates[i] == rates[weakest] && words[i].compareTo(words[weakest]) > 0)) {
                        weakest = i;
                    }
                }
                dropped[weakest] = true;
            }
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (!dropped[i]) {
                    words[kept] = words[i];
                    rates[kept] = rates[i];
                    hashes[kept++] = hashes[i];
                }
            }
            words = Arrays.copyOf(words, MAX_TERMS);
            rates = Arrays.copyOf(rates, MAX_TERMS);
            hashes = Arrays.copyOf(hashes, MAX_TERMS);
        }
        terms = words;
        termRates = rates;
        termHashes = hashes;
        hashedTerms = words;
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
