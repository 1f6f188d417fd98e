package io.newspulse.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Original articles per publisher: one publisher's volume is not breadth. */
    public Map<String, Integer> articlesBySource = new HashMap<>();
    /** Headline words of the original articles, counted. */
    public Map<String, Integer> terms = new HashMap<>();
    /** Sorted by {@link Headline#compareTo}, distinct by text, at most {@link #MAX_HEADLINES}. */
    public List<Headline> headlines = new ArrayList<>();

    public WindowAccumulator() {}

    /** The most original articles any one publisher contributed. */
    int topSourceArticles() {
        int top = 0;
        for (int n : articlesBySource.values()) {
            top = Math.max(top, n);
        }
        return top;
    }

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
