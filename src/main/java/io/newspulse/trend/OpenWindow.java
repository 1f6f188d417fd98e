package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SeriesTrends} keeps of a window that fired and may still change: its count, the window's total, and
 * the headline words last sent for it. Sources, headlines and headline-word counts are not kept: they are added up
 * again from the panes, which stay until the window is final, whenever the row is sent again; nor are its scores,
 * which follow from the history before it.
 */
public class OpenWindow {
    /** The window's end, epoch millis. */
    public long end;
    public long articleCount;
    /** The window's total across all series; with {@link #feedWindow}, 0 while the total has not come yet. */
    public long totalArticles;
    public long feedWindow;
    /** The headline words last sent, checked against the final history when the window is final. */
    public List<String> topTerms = new ArrayList<>();
    /**
     * The window's candidate headline words and their article counts ({@link TermLift.Candidates}), kept from its last
     * scoring for that check, as the window's articles do not change without scoring it again; null if not known.
     */
    public String[] termWords;
    public int[] termCounts;

    public OpenWindow() {}

    boolean hasTotal() {
        return feedWindow > 0;
    }

    void setTotal(long total, long feedWindow) {
        this.totalArticles = total;
        this.feedWindow = feedWindow;
    }

    /** The window's share of all articles in it (0 while its total has not come). */
    double share() {
        return totalArticles > 0 ? (double) articleCount / totalArticles : 0.0;
    }
}
