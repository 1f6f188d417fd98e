package io.newspulse.trend;

import io.newspulse.enrich.TaggedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Fans one tagged article out to every series it belongs to: each topic × each country, and each topic
 * × each pair of its countries (sorted, so "US–China" and "China–US" are one series: {@code CN-US}).
 * The tagger already capped the countries, so an article reaches at most topics × (n + n(n−1)/2) series.
 */
public class SeriesFanOut implements FlatMapFunction<TaggedArticle, TrendMention> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(TaggedArticle a, Collector<TrendMention> out) {
        if (a.topics.isEmpty() || a.countries.isEmpty()) {
            return;
        }
        long time = a.eventTime.toEpochMilli();
        List<String> geos = geos(a.countries);
        for (String topic : a.topics) {
            for (String geo : geos) {
                TrendMention m = new TrendMention(topic, geo, a.articleId, a.source, a.title, time, a.isOriginal());
                m.terms = a.titleTerms;
                out.collect(m);
            }
        }
    }

    /** Each country, then each sorted pair. */
    static List<String> geos(List<String> countries) {
        List<String> sorted = new ArrayList<>(countries);
        Collections.sort(sorted);
        List<String> geos = new ArrayList<>(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                geos.add(sorted.get(i) + "-" + sorted.get(j));
            }
        }
        return geos;
    }
}
