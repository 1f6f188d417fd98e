package io.newspulse.trend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Running totals of one series in one window: article count, distinct sources, and the newest
 * {@value #MAX_HEADLINES} distinct headlines. Everything in it is independent of arrival order, so a
 * replay yields the same row.
 */
public class WindowAccumulator {
    public static final int MAX_HEADLINES = 3;

    public long articleCount;
    public Set<String> sources = new HashSet<>();
    /** Sorted by {@link Headline#compareTo}, distinct by text, at most {@link #MAX_HEADLINES}. */
    public List<Headline> headlines = new ArrayList<>();

    public WindowAccumulator() {}

    void offerHeadline(Headline h) {
        if (h.text == null || h.text.isBlank()) {
            return;
        }
        for (int i = 0; i < headlines.size(); i++) {
            Headline kept = headlines.get(i);
            if (kept.text.equals(h.text)) {
                if (h.compareTo(kept) < 0) {
                    headlines.set(i, h);
                    headlines.sort(null);
                }
                return;
            }
        }
        headlines.add(h);
        headlines.sort(null);
        if (headlines.size() > MAX_HEADLINES) {
            headlines.remove(headlines.size() - 1);
        }
    }
}
