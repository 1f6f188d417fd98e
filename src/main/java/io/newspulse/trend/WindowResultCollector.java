package io.newspulse.trend;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Attaches the series and window bounds to a window's counts. Fires again, corrected, for late articles. */
public class WindowResultCollector extends ProcessWindowFunction<WindowAccumulator, TrendWindow, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String seriesKey, Context ctx, Iterable<WindowAccumulator> counts, Collector<TrendWindow> out) {
        WindowAccumulator acc = counts.iterator().next();
        int bar = seriesKey.indexOf('|');
        TrendWindow w = new TrendWindow();
        w.topic = seriesKey.substring(0, bar);
        w.geo = seriesKey.substring(bar + 1);
        w.windowStart = java.time.Instant.ofEpochMilli(ctx.window().getStart());
        w.windowEnd = java.time.Instant.ofEpochMilli(ctx.window().getEnd());
        w.articleCount = acc.articleCount;
        w.sourceCount = acc.sources.size();
        w.topSourceArticles = acc.topSourceArticles();
        w.termCounts = new java.util.HashMap<>(acc.terms);
        for (Headline h : acc.headlines) {
            w.topHeadlines.add(h.text);
        }
        out.collect(w);
    }
}
