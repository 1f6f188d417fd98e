package io.newspulse.trend;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Scores each window of a series against the series' own history ({@link TrendBaseline}) and then
 * folds the window into that history. Windows of one series arrive in event-time order (they fire on
 * the watermark); a late correction of a window re-scores it from the same baseline.
 */
public class TrendScorer extends KeyedProcessFunction<String, TrendWindow, TrendWindow> {
    private static final long serialVersionUID = 1L;

    private final long slideMillis;
    private final double alpha;
    private final double noiseFloor;
    private final int minHistory;
    private final long maxGapWindows;

    private transient ValueState<TrendBaseline> baseline;

    /**
     * @param slideMillis the window slide: one history step
     * @param halfLifeMillis the baseline's half-life
     */
    public TrendScorer(long slideMillis, long halfLifeMillis, double noiseFloor, int minHistory) {
        this.slideMillis = slideMillis;
        double halfLifeWindows = (double) halfLifeMillis / slideMillis;
        this.alpha = TrendBaseline.alphaFor(halfLifeWindows);
        this.noiseFloor = noiseFloor;
        this.minHistory = minHistory;
        // after ten half-lives of silence the estimates are ~0.1% of what they were: no need to loop further
        this.maxGapWindows = (long) Math.ceil(10 * halfLifeWindows);
    }

    @Override
    public void open(OpenContext openContext) {
        baseline = getRuntimeContext().getState(new ValueStateDescriptor<>("baseline", TrendBaseline.class));
    }

    @Override
    public void processElement(TrendWindow w, Context ctx, Collector<TrendWindow> out) throws Exception {
        TrendBaseline b = baseline.value();
        if (b == null) {
            b = new TrendBaseline();
        }
        boolean current = b.advanceTo(w.windowEnd.toEpochMilli(), slideMillis, alpha, maxGapWindows);
        if (b.windows > 0) {
            w.baseline = b.mean;
            w.baselineStd = Math.sqrt(b.variance);
        }
        w.score = b.score(w.articleCount, noiseFloor, minHistory);
        if (current) {
            b.update(w.articleCount, alpha);
            baseline.update(b);
        }
        out.collect(w);
    }
}
