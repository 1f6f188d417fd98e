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
    public long articleCount;
    public int sourceCount;
    /** The series' expected count before this window (EWMA), null before it has history. */
    public Double baseline;
    public Double baselineStd;
    /** (count − baseline) / (std + β); null until the series has {@code trend.min-history} windows. */
    public Double score;
    public List<String> topHeadlines = new ArrayList<>();

    public TrendWindow() {}

    public String seriesKey() {
        return TrendMention.seriesKey(topic, geo);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TrendWindow)) {
            return false;
        }
        TrendWindow w = (TrendWindow) o;
        return articleCount == w.articleCount && sourceCount == w.sourceCount && Objects.equals(topic, w.topic)
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
