package io.newspulse.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain rule a window's counts follow, for tests: one window counted directly from its mentions, in maps (the job
 * counts panes, {@link Pane}, and reads a window through them, {@link WindowPanes}): article count, distinct sources,
 * headline words, and the newest {@value Headline#KEPT} distinct headlines. A syndicated copy adds its publisher to the
 * sources but does not count as another article.
 */
public class CountedWindow {
    public long articleCount;
    /** Every source, with its original articles (0 for a source seen only with copies). */
    public Map<String, Integer> articlesBySource = new HashMap<>();
    /** Headline words of the original articles, counted. */
    public Map<String, Integer> terms = new HashMap<>();
    /** Sorted by {@link Headline#compareTo}, distinct by text, at most {@link Headline#KEPT}. */
    public List<Headline> headlines = new ArrayList<>();

    public CountedWindow() {}

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
        Headline.offer(headlines, new Headline(m.eventTimeMillis, m.headline));
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

    /** The top words of {@code terms} by {@link TermLift.Candidates#top}. */
    List<String> topTerms(java.util.function.ToDoubleFunction<String> background) {
        TermLift.Candidates candidates = new TermLift.Candidates(articleCount);
        if (articleCount >= TermLift.MIN_COUNT) {
            terms.forEach(candidates::offer);
        }
        return candidates.top(background);
    }
}
