package io.newspulse.trend;

/**
 * What the window totals need of an article ({@link SeriesFanOut#COUNTED}): whether it is an original, and the
 * watermark it was judged against ({@link io.newspulse.ingest.Article#watermark}), which says which of its windows it
 * counts in ({@link JudgedSlidingWindows}). Its time is the record's timestamp.
 */
public class CountedArticle {
    /** False for a syndicated copy: it opens its windows but adds nothing to their totals. */
    public boolean original;
    public long watermark = Long.MIN_VALUE;

    public CountedArticle() {}

    public CountedArticle(boolean original, long watermark) {
        this.original = original;
        this.watermark = watermark;
    }
}
