package io.newspulse.trend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * The sliding windows of the window totals, less those of each {@link CountedArticle} that were final when the router
 * judged it (their allowed lateness had passed by the article's {@link CountedArticle#watermark}): a late article
 * counts in the same windows of the totals as of its series ({@link SeriesTrends}), whatever the watermark where it is
 * counted.
 */
public final class JudgedSlidingWindows extends WindowAssigner<Object, TimeWindow> {
    private static final long serialVersionUID = 1L;

    private final SlidingEventTimeWindows sliding;
    private final LateArticleRule rule;

    public JudgedSlidingWindows(SlidingEventTimeWindows sliding, long allowedLatenessMillis) {
        this.sliding = sliding;
        this.rule = new LateArticleRule(sliding.getSize(), sliding.getSlide(), allowedLatenessMillis);
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        Collection<TimeWindow> windows = sliding.assignWindows(element, timestamp, context);
        long judgedAt = element instanceof CountedArticle ? ((CountedArticle) element).watermark : Long.MIN_VALUE;
        List<TimeWindow> counted = new ArrayList<>(windows.size());
        for (TimeWindow w : windows) {
            if (!rule.isFinal(w.getEnd(), judgedAt)) { // as Flink's window operator tells a late window
                counted.add(w);
            }
        }
        return counted;
    }

    @Override
    public Trigger<Object, TimeWindow> getDefaultTrigger() {
        return sliding.getDefaultTrigger();
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(ExecutionConfig executionConfig) {
        return sliding.getWindowSerializer(executionConfig);
    }

    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "JudgedSlidingWindows(" + sliding + ")";
    }
}
