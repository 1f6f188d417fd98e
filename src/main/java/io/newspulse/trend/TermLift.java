package io.newspulse.trend;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The words of a window that can set it apart, whatever the history: those in at least {@value #MIN_COUNT} of its
     * articles and in a share of them of at least {@value #MIN_LIFT} (a usual share is never negative, so the lift is
     * never more than the share). They depend on the window's articles alone; which of them stand out ({@link #top})
     * depends on the history, so a window keeps them to be judged again when its history is final.
     */
    static final class Candidates {
        private static final String[] NO_WORDS = new String[0];

        private final long articles;
        private String[] words = NO_WORDS;
        private int[] counts = new int[0];
        private int size;

        Candidates(long articles) {
            this.articles = articles;
        }

        /** The candidates a window kept ({@link #words()}, {@link #counts()}) of its {@code articles} articles. */
        static Candidates of(String[] words, int[] counts, long articles) {
            Candidates c = new Candidates(articles);
            c.words = words;
            c.counts = counts;
            c.size = words.length;
            return c;
        }

        /** A word in {@code count} of the window's articles (each word offered once). */
        void offer(String word, int count) {
            if (count < MIN_COUNT || (double) count / articles < MIN_LIFT) {
                return;
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, Math.max(4, 2 * size));
                counts = Arrays.copyOf(counts, words.length);
            }
            words[size] = word;
            counts[size++] = count;
        }

        String[] words() {
            return size == words.length ? words : Arrays.copyOf(words, size);
        }

        int[] counts() {
            return size == counts.length ? counts : Arrays.copyOf(counts, size);
        }

        /**
         * The {@value #TOP} words of highest lift of at least {@value #MIN_LIFT} against {@code background} (the usual
         * share of articles whose headline has a word, 0 for an unknown word), alphabetical on ties.
         */
        List<String> top(ToDoubleFunction<String> background) {
            if (size == 0) { // most windows of most series
                return new ArrayList<>();
            }
            List<Map.Entry<String, Double>> lifted = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                double lift = (double) counts[i] / articles - background.applyAsDouble(words[i]);
                if (lift >= MIN_LIFT) {
                    lifted.add(Map.entry(words[i], lift));
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
}
