package io.newspulse.trend;

import io.newspulse.enrich.TaggedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Fans one tagged article out to every series it belongs to: each topic × each country, and each topic
 * × each pair of its countries (sorted, so "US–China" and "China–US" are one series: {@code CN-US}).
 * The tagger already capped the countries, so an article reaches at most topics × (n + n(n−1)/2) series.
 *
 * <p>Every article read, with series or without, also goes to {@link #COUNTED} for the window totals: the totals need
 * an article's time, whether it is an original and what it was judged against, not the article (sent whole, it was
 * copied and serialized once more per article; docs/BENCHMARKS.md, session 11).
 */
public class SeriesFanOut extends ProcessFunction<TaggedArticle, TrendMention>
        implements ResultTypeQueryable<TrendMention> {
    private static final long serialVersionUID = 1L;

    /** Every article, at its event time ({@link TotalCounter}). */
    public static final OutputTag<CountedArticle> COUNTED =
            new OutputTag<>("counted-articles", Types.POJO(CountedArticle.class));

    @Override
    public void processElement(TaggedArticle a, Context ctx, Collector<TrendMention> out) {
        ctx.output(COUNTED, new CountedArticle(a.isOriginal(), a.eventTime.toEpochMilli(), a.watermark));
        mentions(a, out);
    }

    /** Mentions go to the series operator with their own serializer ({@link TrendMentionSerializer}). */
    @Override
    public TypeInformation<TrendMention> getProducedType() {
        return TrendMentionSerializer.TYPE;
    }

    /** The article's mention of each series it belongs to. */
    public static void mentions(TaggedArticle a, Collector<TrendMention> out) {
        if (a.topics.isEmpty() || a.countries.isEmpty()) {
            return;
        }
        long time = a.eventTime.toEpochMilli();
        List<String> geos = geos(a.countries);
        for (String topic : a.topics) {
            for (String geo : geos) {
                TrendMention m = new TrendMention(topic, geo, a.articleId, a.source, a.title, time, a.isOriginal());
                m.terms = a.titleTerms;
                m.watermark = a.watermark;
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
