package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Scores each window of a series against the series' own history of its share of coverage
 * ({@link TrendBaseline}): the score of a window uses only the windows before it. A window may still change until its allowed lateness passes (a
 * late article re-fires it), so the scorer keeps such windows aside ("open") and folds a window into the
 * settled history only once it is final. When an open window changes, it and every later open window are
 * scored again and re-emitted: the table ends exactly as if every article had arrived on time, however
 * late articles and parallel channels interleave.
 */
public class TrendScorer extends KeyedProcessFunction<String, TrendWindow, TrendWindow> {
    private static final long serialVersionUID = 1L;

    private final long allowedLatenessMillis;
    private final double alpha;
    private final double noiseFloor;
    private final int minHistory;
    private final long maxGapWindows;

    /** History of the final windows. */
    private transient ValueState<TrendBaseline> settled;
    /** Windows that may still change, by window end. */
    private transient MapState<Long, TrendWindow> open;

    /**
     * @param slideMillis the window slide, to express the half-life in windows
     * @param allowedLatenessMillis how long after its end a window may still change
     * @param halfLifeMillis the baseline's half-life
     */
    public TrendScorer(long slideMillis, long allowedLatenessMillis, long halfLifeMillis, double noiseFloor, int minHistory) {
        this.allowedLatenessMillis = allowedLatenessMillis;
        double halfLifeWindows = (double) halfLifeMillis / slideMillis;
        this.alpha = TrendBaseline.alphaFor(halfLifeWindows);
        this.noiseFloor = noiseFloor;
        this.minHistory = minHistory;
        // after ten half-lives of silence the estimates are ~0.1% of what they were: no need to loop further
        this.maxGapWindows = (long) Math.ceil(10 * halfLifeWindows);
    }

    @Override
    public void open(OpenContext openContext) {
        settled = getRuntimeContext().getState(new ValueStateDescriptor<>("settled", TrendBaseline.class));
        open = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("open", Types.LONG, TypeInformation.of(TrendWindow.class)));
    }

    @Override
    public void processElement(TrendWindow w, Context ctx, Collector<TrendWindow> out) throws Exception {
        long end = w.windowEnd.toEpochMilli();
        TrendBaseline history = settled.value();
        if (history != null && end <= history.lastWindowEnd) {
            // cannot happen while the window operator and this scorer share allowed lateness; scored, not folded
            score(w, history.copy());
            out.collect(w.withoutTermCounts());
            return;
        }
        if (!open.contains(end)) {
            ctx.timerService().registerEventTimeTimer(finalAt(end));
        }
        open.put(end, w);
        rescore(history, end, out);
    }

    /**
     * Scores the open windows ending at or after {@code from} in order from the settled history, and emits them; the
     * open windows before {@code from} only carry the history forward. Those keep what was emitted for them (their
     * scores have not changed; their headline words are checked against the final history in {@link #onTimer}), so
     * the open windows always hold what the table holds.
     */
    private void rescore(TrendBaseline history, long from, Collector<TrendWindow> out) throws Exception {
        TrendBaseline b = history == null ? new TrendBaseline() : history.copy();
        for (TrendWindow w : openInOrder()) {
            long end = w.windowEnd.toEpochMilli();
            if (end >= from) {
                score(w, b);
                out.collect(w.withoutTermCounts());
                open.put(end, w); // remember what the table holds, for the final check in onTimer
            } else {
                b.skipTo(w.feedWindow, alpha, maxGapWindows);
            }
            b.add(end, w.feedWindow, share(w), alpha);
        }
    }

    /** Sets baseline, std and score of {@code w} from {@code b}, first folding in the empty windows before it. */
    private void score(TrendWindow w, TrendBaseline b) {
        b.skipTo(w.feedWindow, alpha, maxGapWindows);
        w.baseline = b.windows > 0 ? b.mean : null;
        w.baselineStd = b.windows > 0 ? Math.sqrt(b.variance) : null;
        w.score = b.score(w.articleCount, w.totalArticles, noiseFloor, minHistory);
        w.topTerms = TermLift.top(w.termCounts, w.articleCount, b);
    }

    private static double share(TrendWindow w) {
        return w.share == null ? 0 : w.share;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrendWindow> out) throws Exception {
        // windows whose lateness has passed are final: fold them into the settled history, oldest first
        TrendBaseline b = settled.value() == null ? new TrendBaseline() : settled.value();
        for (TrendWindow w : openInOrder()) {
            long end = w.windowEnd.toEpochMilli();
            if (finalAt(end) > timestamp) {
                break;
            }
            b.skipTo(w.feedWindow, alpha, maxGapWindows);
            // the words learned so far depended on timing; against the final history they do not
            List<String> finalTerms = TermLift.top(w.termCounts, w.articleCount, b);
            if (!finalTerms.equals(w.topTerms)) {
                w.topTerms = finalTerms;
                out.collect(w.withoutTermCounts());
            }
            b.add(end, w.feedWindow, share(w), alpha);
            b.addTerms(w.termCounts, w.articleCount, alpha);
            open.remove(end);
        }
        settled.update(b);
    }

    private long finalAt(long windowEnd) {
        return windowEnd - 1 + allowedLatenessMillis;
    }

    private List<TrendWindow> openInOrder() throws Exception {
        List<Map.Entry<Long, TrendWindow>> entries = new ArrayList<>();
        for (Map.Entry<Long, TrendWindow> e : open.entries()) {
            entries.add(e);
        }
        entries.sort(Map.Entry.comparingByKey()); // by window end
        List<TrendWindow> windows = new ArrayList<>(entries.size());
        for (Map.Entry<Long, TrendWindow> e : entries) {
            windows.add(e.getValue());
        }
        return windows;
    }
}
