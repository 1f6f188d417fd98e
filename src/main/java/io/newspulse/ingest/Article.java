package io.newspulse.ingest;

import java.time.Instant;

/** One extracted article, before tagging. A Flink POJO: public no-arg constructor and fields. */
public class Article {
    /** Stable identity: canonical URL when known, else the envelope's url or id. */
    public String id;
    public String url;
    public String title;
    public String body;
    /** Publisher or site name; for aggregator pages the original publisher when the page names it. */
    public String publisher;
    public String author;
    /** The language the source declares (envelope {@code language}, else the page's {@code <html lang>}); null if none. */
    public String language;
    /** Feed or crawler the record came through (envelope {@code source}), may be null. */
    public String feed;
    public Instant publishedAt;
    public Instant fetchedAt;
    /** The time the article is counted at: published time, else fetch time, else the record's time. */
    public Instant eventTime;
    /** Which of those {@link #eventTime} is: {@code published}, {@code fetched} or {@code ingested}. */
    public String eventTimeBasis;
    /**
     * True when the article is further behind the newest article of its split (Kafka partition, file) than the
     * watermark's out-of-orderness allows (but within the allowed lateness, else it is rejected): set by the router
     * from the split's content alone, so it is the same on every run and at any parallelism, and later stages can
     * treat late articles alike however parallel channels interleave.
     */
    public boolean late;
    /**
     * The event time the router judged the article against: the later of the watermark it had and the article's split's
     * own (the newest time read from the split before it, less the out-of-orderness). The windows whose allowed
     * lateness had passed by then do not count the article, however far the watermark has come where it is counted: a
     * late article counts in the same windows on every run and at any parallelism. {@link Long#MIN_VALUE} until judged.
     */
    public long watermark = Long.MIN_VALUE;

    public Article() {}

    /** Who counts as a distinct source for breadth: the publisher, else the URL's host. */
    public String sourceName() {
        if (publisher != null && !publisher.isBlank()) {
            return publisher.trim();
        }
        return UrlUtil.host(url != null ? url : id);
    }

    @Override
    public String toString() {
        return "Article{" + id + ", '" + title + "', " + publisher + ", " + eventTime + "}";
    }
}
