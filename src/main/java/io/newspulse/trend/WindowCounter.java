package io.newspulse.trend;

import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Incrementally counts a series' stories in a window (one accumulator per key and window, not a list of
 * articles): a syndicated copy adds its publisher to the sources but does not count as another article.
 */
public class WindowCounter implements AggregateFunction<TrendMention, WindowAccumulator, WindowAccumulator> {
    private static final long serialVersionUID = 1L;

    @Override
    public WindowAccumulator createAccumulator() {
        return new WindowAccumulator();
    }

    @Override
    public WindowAccumulator add(TrendMention m, WindowAccumulator acc) {
        if (m.original) {
            acc.articleCount++;
            if (m.source != null) {
                acc.articlesBySource.merge(m.source, 1, Integer::sum);
            }
            for (String term : m.terms) {
                acc.terms.merge(term, 1, Integer::sum);
            }
        }
        if (m.source != null) {
            acc.sources.add(m.source);
        }
        acc.offerHeadline(new Headline(m.eventTimeMillis, m.articleId, m.headline));
        return acc;
    }

    @Override
    public WindowAccumulator getResult(WindowAccumulator acc) {
        return acc;
    }

    @Override
    public WindowAccumulator merge(WindowAccumulator a, WindowAccumulator b) {
        a.articleCount += b.articleCount;
        a.sources.addAll(b.sources);
        b.articlesBySource.forEach((source, n) -> a.articlesBySource.merge(source, n, Integer::sum));
        b.terms.forEach((term, n) -> a.terms.merge(term, n, Integer::sum));
        b.headlines.forEach(a::offerHeadline);
        return a;
    }
}
