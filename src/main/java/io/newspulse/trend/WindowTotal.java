package io.newspulse.trend;

/** All original articles in one window (the denominator of every series' share), and the window's ordinal. */
public class WindowTotal {
    public long windowEnd;
    public long total;
    /** 1 for the first window of the feed that had articles, 2 for the next such window, … */
    public long feedWindow;
    /**
     * The watermark of the window totals when this total was sent: past the window's end for a total a late article
     * changed (where the series operator waits for it, {@link SeriesTrends}); 0 in state of earlier builds.
     */
    public long asOf;

    public WindowTotal() {}

    public WindowTotal(long windowEnd, long total, long feedWindow) {
        this.windowEnd = windowEnd;
        this.total = total;
        this.feedWindow = feedWindow;
    }
}
