package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The words that set a window apart: headline words whose share of the window's articles exceeds their
 * usual share in the series' past by the most. A word needs at least {@value #MIN_COUNT} articles and a
 * lift of {@value #MIN_LIFT}, so one headline does not make a term.
 */
public final class TermLift {
    static final int MIN_COUNT = 2;
    static final double MIN_LIFT = 0.1;
    public static final int TOP = 5;

    private TermLift() {}

    /** The words of a window against a series' learned words. */
    public static List<String> top(Map<String, Integer> counts, long articles, TrendBaseline history) {
        return top(counts, articles, history::termRate);
    }

    /** @param background the usual share of articles whose headline has a word (0 for an unknown word) */
    public static List<String> top(Map<String, Integer> counts, long articles, ToDoubleFunction<String> background) {
        if (articles < MIN_COUNT) { // no word can be in MIN_COUNT articles (most windows of most series)
            return new ArrayList<>();
        }
        List<Map.Entry<String, Double>> lifted = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < MIN_COUNT) {
                continue;
            }
            double lift = (double) e.getValue() / articles - background.applyAsDouble(e.getKey());
            if (lift >= MIN_LIFT) {
                lifted.add(Map.entry(e.getKey(), lift));
            }
        }
        lifted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Double.compare(b.getValue(), a.getValue()));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, lifted.size()); i++) {
            top.add(lifted.get(i).getKey());
        }
        return top;
    }
}
