package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SeriesTrends} keeps of a window that fired and may still change: its count, its share of the window's
 * total, and what was last sent for it (scores, headline words). Sources, headlines and headline-word counts are not
 * kept: they are added up again from the panes, which stay until the window is final, whenever the row is sent again.
 */
public class OpenWindow {
    public long articleCount;
    /** The window's total across all series; with {@link #feedWindow}, 0 while the total has not come yet. */
    public long totalArticles;
    public long feedWindow;
    public Double share;
    public Double baseline;
    public Double baselineStd;
    public Double score;
    /** The headline words last sent, checked against the final history when the window is final. */
    public List<String> topTerms = new ArrayList<>();

    public OpenWindow() {}

    boolean hasTotal() {
        return feedWindow > 0;
    }

    /** The window's total and ordinal; the share follows from them and {@link #articleCount}. */
    void setTotal(long total, long feedWindow) {
        this.totalArticles = total;
        this.feedWindow = feedWindow;
        this.share = total > 0 ? (double) articleCount / total : 0.0;
    }
}
