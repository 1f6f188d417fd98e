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

    /** @param background the usual share of articles whose headline has a word (0 for an unknown word) */
    public static List<String> top(Map<String, Integer> counts, long articles, ToDoubleFunction<String> background) {
        Candidates candidates = new Candidates(articles, background);
        if (articles >= MIN_COUNT) { // else no word can be in MIN_COUNT articles (most windows of most series)
            counts.forEach(candidates::offer);
        }
        return candidates.top();
    }

    /** A window's words offered one at a time with their article counts; {@link #top} picks the distinctive ones. */
    static final class Candidates {
        private final long articles;
        private final ToDoubleFunction<String> background;
        private final List<Map.Entry<String, Double>> lifted = new ArrayList<>();

        Candidates(long articles, ToDoubleFunction<String> background) {
            this.articles = articles;
            this.background = background;
        }

        /** A word in {@code count} of the window's articles (each word offered once). */
        void offer(String word, int count) {
            double share = (double) count / articles;
            if (count < MIN_COUNT || share < MIN_LIFT) { // a usual share is never negative: no look-up needed
                return;
            }
            double lift = share - background.applyAsDouble(word);
            if (lift >= MIN_LIFT) {
                lifted.add(Map.entry(word, lift));
            }
        }

        /** The {@value #TOP} words of highest lift, alphabetical on ties. */
        List<String> top() {
            lifted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                    : Double.compare(b.getValue(), a.getValue()));
            List<String> top = new ArrayList<>();
            for (int i = 0; i < Math.min(TOP, lifted.size()); i++) {
                top.add(lifted.get(i).getKey());
            }
            return top;
        }
    }
}
