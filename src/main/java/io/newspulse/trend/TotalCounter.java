package io.newspulse.trend;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts the original articles (not syndicated copies) of a window, tagged or not ({@link SeriesFanOut#COUNTED}). */
public class TotalCounter implements AggregateFunction<CountedArticle, Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long createAccumulator() {
        return 0L;
    }

    @Override
    public Long add(CountedArticle article, Long n) {
        return article.original ? n + 1 : n;
    }

    @Override
    public Long getResult(Long n) {
        return n;
    }

    @Override
    public Long merge(Long a, Long b) {
        return a + b;
    }
}
