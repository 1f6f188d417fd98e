package io.newspulse.trend;

import java.io.Serializable;

/**
 * Which sliding windows a late article counts in, and when it may be counted: the rule the series operator
 * ({@link SeriesTrends}) and the window totals ({@link LateArticleHold}) share. An article is judged once, by the
 * router, against a watermark ({@link io.newspulse.ingest.Article#watermark}); where it is counted the watermark lags
 * that one by however parallel channels interleave, and the rule makes the result the same either way:
 * <ul>
 *   <li>it counts in the windows that were not final at the watermark it was judged against;
 *   <li>if the router had already passed the end of one of those windows, and that window has not fired where the
 *       article is counted, the article waits until the watermark there comes as far as the router's had: the window
 *       first fires without it, as it did where the router was, and the article then corrects it.
 * </ul>
 */
final class LateArticleRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long sizeMillis;
    private final long slideMillis;
    private final long allowedLatenessMillis;

    LateArticleRule(long sizeMillis, long slideMillis, long allowedLatenessMillis) {
        this.sizeMillis = sizeMillis;
        this.slideMillis = slideMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    /** The end of the pane (and of the first window) holding event time {@code t}. */
    long paneEnd(long t) {
        return Math.floorDiv(t, slideMillis) * slideMillis + slideMillis;
    }

    /** The end of the last window holding event time {@code t}. */
    long lastWindowEnd(long t) {
        return paneEnd(t) + sizeMillis - slideMillis;
    }

    /** When the window ending at {@code windowEnd} is final: its allowed lateness has passed. */
    long finalAt(long windowEnd) {
        return windowEnd - 1 + allowedLatenessMillis;
    }

    boolean isFinal(long windowEnd, long watermark) {
        return finalAt(windowEnd) <= watermark;
    }

    /** The end of the first window holding {@code t} not final at {@code judgedAt}; past {@link #lastWindowEnd} if none. */
    long firstCounted(long t, long judgedAt) {
        long end = paneEnd(t);
        while (end <= lastWindowEnd(t) && isFinal(end, judgedAt)) {
            end += slideMillis;
        }
        return end;
    }

    /**
     * Whether an article at {@code t}, judged against {@code judgedAt}, waits where the watermark is {@code watermark}:
     * a window it counts in has not fired there ({@code end − 1 > watermark}) though the router had passed its end.
     */
    boolean waits(long t, long judgedAt, long watermark) {
        if (judgedAt <= watermark) {
            return false;
        }
        long end = firstCounted(t, judgedAt);
        while (end <= lastWindowEnd(t) && end - 1 <= watermark) {
            end += slideMillis;
        }
        return end <= lastWindowEnd(t) && end - 1 <= judgedAt;
    }
}
