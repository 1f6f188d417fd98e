package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;

/** One article counted in one series: a (topic, geo) pair, where geo is a country or a sorted pair. */
public class TrendMention {
    public String topic;
    /** {@code CN}, or a sorted pair {@code CN-US}. */
    public String geo;
    public String articleId;
    public String source;
    public String headline;
    public long eventTimeMillis;
    /** False for a syndicated copy: it adds its source to the window, not its count. */
    public boolean original = true;
    /**
     * What the article was judged against ({@link io.newspulse.ingest.Article#watermark}): the windows final by then do
     * not count it.
     */
    public long watermark = Long.MIN_VALUE;
    /** Content words of the headline. */
    public List<String> terms = new ArrayList<>();

    public TrendMention() {}

    public TrendMention(String topic, String geo, String articleId, String source, String headline, long eventTimeMillis,
            boolean original) {
        this.topic = topic;
        this.geo = geo;
        this.articleId = articleId;
        this.source = source;
        this.headline = headline;
        this.eventTimeMillis = eventTimeMillis;
        this.original = original;
    }

    /** The series key: {@code topic|geo}. */
    public String seriesKey() {
        return seriesKey(topic, geo);
    }

    public static String seriesKey(String topic, String geo) {
        return topic + "|" + geo;
    }

    @Override
    public String toString() {
        return "TrendMention{" + seriesKey() + ", " + articleId + "}";
    }
}
