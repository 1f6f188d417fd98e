package io.newspulse.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One row of {@code trend_windows}: a series' count in one window, and how unusual it is. */
public class TrendWindow {
    public String topic;
    public String geo;
    public Instant windowStart;
    public Instant windowEnd;
    /** Original articles (syndicated copies count once, with their source). */
    public long articleCount;
    public int sourceCount;
    /** The most original articles one publisher contributed to this window. */
    public int topSourceArticles;
    /** Original articles in the window across all series: the denominator of {@link #share}. */
    public long totalArticles;
    /** articleCount ÷ totalArticles. */
    public Double share;
    /** The window's ordinal among the feed's non-empty windows (see {@link TotalCollector}). */
    public long feedWindow;
    /** The series' expected share before this window (EWMA of its share), null before it has history. */
    public Double baseline;
    /** Standard deviation of the series' share before this window (EWM). */
    public Double baselineStd;
    /** (count − baseline·total) / (baselineStd·total + β); null until the series has enough history. */
    public Double score;
    public List<String> topHeadlines = new ArrayList<>();
    /** Words unusually frequent in this window's headlines compared with the series' past. */
    public List<String> topTerms = new ArrayList<>();

    public TrendWindow() {}

    /** The count the baseline expects in this window: baseline share × total. */
    public Double expectedCount() {
        return baseline == null ? null : baseline * totalArticles;
    }

    public String seriesKey() {
        return TrendMention.seriesKey(topic, geo);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TrendWindow)) {
            return false;
        }
        TrendWindow w = (TrendWindow) o;
        return articleCount == w.articleCount && sourceCount == w.sourceCount && totalArticles == w.totalArticles
                && topSourceArticles == w.topSourceArticles
                && feedWindow == w.feedWindow && Objects.equals(share, w.share) && Objects.equals(topTerms, w.topTerms)
                && Objects.equals(topic, w.topic)
                && Objects.equals(geo, w.geo) && Objects.equals(windowStart, w.windowStart)
                && Objects.equals(windowEnd, w.windowEnd) && Objects.equals(baseline, w.baseline)
                && Objects.equals(baselineStd, w.baselineStd) && Objects.equals(score, w.score)
                && Objects.equals(topHeadlines, w.topHeadlines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, geo, windowEnd);
    }

    @Override
    public String toString() {
        return "TrendWindow{" + seriesKey() + " @" + windowEnd + " n=" + articleCount + " src=" + sourceCount
                + " base=" + baseline + " score=" + score + "}";
    }
}
