package io.newspulse.trend;

/**
 * What the window totals need of an article ({@link SeriesFanOut#COUNTED}): whether it is an original, and the
 * watermark it was judged against ({@link io.newspulse.ingest.Article#watermark}), which says which of its windows it
 * counts in ({@link JudgedSlidingWindows}), and when ({@link LateArticleHold}).
 */
public class CountedArticle {
    /** False for a syndicated copy: it opens its windows but adds nothing to their totals. */
    public boolean original;
    public long eventTimeMillis;
    public long watermark = Long.MIN_VALUE;

    public CountedArticle() {}

    public CountedArticle(boolean original, long eventTimeMillis, long watermark) {
        this.original = original;
        this.eventTimeMillis = eventTimeMillis;
        this.watermark = watermark;
    }
}
