package io.newspulse.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of one series in one pane (one slide of event time) or, panes added together, in one window:
 * article count, distinct sources, headline words, and the newest {@value #MAX_HEADLINES} distinct headlines.
 * Everything in it is independent of arrival order and of how panes are grouped, so a replay yields the same row.
 * A syndicated copy adds its publisher to the sources but does not count as another article.
 */
public class WindowAccumulator {
    public static final int MAX_HEADLINES = 3;

    public long articleCount;
    /**
     * Every source, with its original articles (0 for a source seen only with copies): the distinct sources are its
     * keys, and one publisher's volume is not breadth.
     */
    public Map<String, Integer> articlesBySource = new HashMap<>();
    /** Headline words of the original articles, counted. */
    public Map<String, Integer> terms = new HashMap<>();
    /** Sorted by {@link Headline#compareTo}, distinct by text, at most {@link #MAX_HEADLINES}. */
    public List<Headline> headlines = new ArrayList<>();

    public WindowAccumulator() {}

    /** Counts one mention. */
    public void add(TrendMention m) {
        if (m.original) {
            articleCount++;
            if (m.source != null) {
                articlesBySource.merge(m.source, 1, Integer::sum);
            }
            for (String term : m.terms) {
                terms.merge(term, 1, Integer::sum);
            }
        } else if (m.source != null) {
            articlesBySource.putIfAbsent(m.source, 0);
        }
        offerHeadline(new Headline(m.eventTimeMillis, m.headline));
    }

    /** How many distinct sources had an article (original or copy). */
    int sourceCount() {
        return articlesBySource.size();
    }

    /** The most original articles any one publisher contributed. */
    int topSourceArticles() {
        int top = 0;
        for (int n : articlesBySource.values()) {
            top = Math.max(top, n);
        }
        return top;
    }

    void offerHeadline(Headline h) {
        offerHeadline(headlines, h);
    }

    /**
     * Offers {@code h} to {@code headlines} (sorted by {@link Headline#compareTo}, distinct by text, at most {@link
     * #MAX_HEADLINES}).
     */
    static void offerHeadline(List<Headline> headlines, Headline h) {
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
