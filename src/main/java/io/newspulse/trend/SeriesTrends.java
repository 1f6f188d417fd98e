package io.newspulse.trend;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One series' windows, from its mentions to its scored rows, in one keyed operator.
 *
 * <p><b>Counting.</b> Mentions are counted per pane (one slide of event time), not per window: a mention updates one
 * pane, and a window of {@code size} is the sum of its {@code size / slide} panes, added up once when the watermark
 * passes its end (as Flink SQL's sliding windows do). A mention arriving after its window fired, but within the
 * allowed lateness, fires that window again at once; one arriving after every window it belongs to is final goes to
 * {@link #TOO_LATE}.
 *
 * <p><b>Share of coverage.</b> Each window's total across all series comes from the broadcast input ({@link
 * #TOTALS}). A total is sent before the watermark that passes its window's end, so a window firing on its timer finds
 * its total here. A total that comes later (a late article changed it, or opened a window late) corrects every series'
 * row of that window at once.
 *
 * <p><b>Scores.</b> Each window is scored against the series' own history of its share ({@link TrendBaseline}), using
 * only the windows before it. A window may still change until its allowed lateness passes, so it stays aside
 * ("open") until then and is folded into the settled history only once final. When an open window changes, it and
 * every later open window are scored again and sent again: the table ends as if every article had arrived on time,
 * however late articles and parallel channels interleave.
 *
 * <p><b>State.</b> Per series: its panes and open windows in one value ({@link SeriesWindows}), its history
 * ({@link TrendBaseline}), and a timer: at the next window's end, where its last open window is final, or, for a
 * series with nothing open, when to look whether its history can be dropped ({@link #review}): a silence of ten
 * half-lives makes it worthless.
 */
public class SeriesTrends extends KeyedBroadcastProcessFunction<String, TrendMention, WindowTotal, TrendWindow>
        implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SeriesTrends.class);

    /** Window totals by window end: the broadcast state, the same in every subtask. */
    public static final MapStateDescriptor<Long, WindowTotal> TOTALS =
            new MapStateDescriptor<>("window-totals", Types.LONG, TypeInformation.of(WindowTotal.class));
    /** Mentions that came after every window they belong to was final. */
    public static final OutputTag<TrendMention> TOO_LATE = new OutputTag<>("too-late") {};

    /** A series' panes and open windows. */
    static final ValueStateDescriptor<SeriesWindows> WINDOWS =
            new ValueStateDescriptor<>("series-windows", SeriesWindows.class);

    private final long sizeMillis;
    private final long slideMillis;
    private final long allowedLatenessMillis;
    private final double alpha;
    private final double noiseFloor;
    private final int minHistory;
    private final long maxGapWindows;
    /** Event time after a series' last window before its history can be forgotten (a feed window is at least a slide). */
    private final long forgetAfterMillis;

    /** The series' panes and open windows (one value, read once per mention or timer). */
    private transient ValueState<SeriesWindows> windows;
    /** History of the final windows. */
    private transient ValueState<TrendBaseline> settled;
    /** The current series' panes and open windows while a mention, timer or late total is handled. */
    private transient SeriesWindows current;
    /** The current series' history (null if it has none yet), read at most once per mention, timer or late total. */
    private transient TrendBaseline history;
    private transient boolean historyRead;
    private transient boolean historyChanged;
    /**
     * The watermark of the checkpoint this subtask was restored from: the lowest any subtask had (union state, so
     * that a rescaled job knows it too). A restored operator's own watermark starts at {@link Long#MIN_VALUE} until
     * every input has sent one, and a mention arriving before that must not take windows that have fired for windows
     * still to fire (a late article would then not correct them), nor windows already final for open ones.
     */
    private transient long restoredWatermark;
    /**
     * The newest watermark this subtask has seen, checkpointed as its watermark (after a stop with {@code --drain},
     * the end of event time, as the router keeps it: a job resumed from that savepoint takes every article as too late).
     */
    private transient long seenWatermark;
    private transient ListState<Long> checkpointedWatermark;
    /** Sources and headline words as the panes keep them: one instance of each, compared at once ({@link Pane#add}). */
    private transient RecentStrings names;

    /**
     * @param sizeMillis the window size, a multiple of the slide
     * @param slideMillis the window slide: one pane
     * @param allowedLatenessMillis how long after its end a window may still change
     * @param halfLifeMillis the baseline's half-life
     */
    public SeriesTrends(long sizeMillis, long slideMillis, long allowedLatenessMillis, long halfLifeMillis,
            double noiseFloor, int minHistory) {
        if (sizeMillis <= 0 || slideMillis <= 0 || sizeMillis % slideMillis != 0) {
            throw new IllegalArgumentException("window size " + sizeMillis + " ms must be a positive multiple of the slide "
                    + slideMillis + " ms");
        }
        this.sizeMillis = sizeMillis;
        this.slideMillis = slideMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
        double halfLifeWindows = (double) halfLifeMillis / slideMillis;
        this.alpha = TrendBaseline.alphaFor(halfLifeWindows);
        this.noiseFloor = noiseFloor;
        this.minHistory = minHistory;
        // after ten half-lives of silence the estimates are ~0.1% of what they were: no need to loop further
        this.maxGapWindows = (long) Math.ceil(10 * halfLifeWindows);
        this.forgetAfterMillis = (maxGapWindows + 1) * slideMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        windows = getRuntimeContext().getState(WINDOWS);
        settled = getRuntimeContext().getState(new ValueStateDescriptor<>("settled", TrendBaseline.class));
        names = new RecentStrings(1 << 14);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedWatermark = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("series-watermark", Types.LONG));
        restoredWatermark = Long.MIN_VALUE;
        if (context.isRestored()) {
            Long lowest = null;
            for (Long w : checkpointedWatermark.get()) {
                lowest = lowest == null ? w : Math.min(lowest, w);
            }
            restoredWatermark = lowest == null ? Long.MIN_VALUE : lowest;
        }
        seenWatermark = restoredWatermark;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointedWatermark.update(List.of(seenWatermark));
    }

    /** The operator's watermark, or the restored one while that is further on ({@link #restoredWatermark}). */
    private long watermark(long current) {
        long w = Math.max(current, restoredWatermark);
        seenWatermark = Math.max(seenWatermark, w);
        return w;
    }

    @Override
    public void processElement(TrendMention m, ReadOnlyContext ctx, Collector<TrendWindow> out) throws Exception {
        long watermark = watermark(ctx.timerService().currentWatermark());
        long paneEnd = Math.floorDiv(m.eventTimeMillis, slideMillis) * slideMillis + slideMillis;
        long lastWindowEnd = paneEnd + sizeMillis - slideMillis;
        if (isFinal(lastWindowEnd, watermark)) {
            ctx.output(TOO_LATE, m);
            return;
        }
        load();
        // windows final by now, before the mention can change their panes (they are settled lazily: see onTimer)
        settle(ctx.getCurrentKey(), watermark, out);
        Pane pane = current.pane(paneEnd);
        boolean newPane = pane == null;
        if (newPane) {
            pane = current.addPane(paneEnd);
        }
        pane.add(m, names);

        long firstRefired = Long.MAX_VALUE;
        long lastRefired = Long.MIN_VALUE;
        for (long end = paneEnd; end <= lastWindowEnd; end += slideMillis) {
            if (end - 1 > watermark) {
                // the first window still to fire: each window that fires sets the next one's timer, so for a pane that
                // is not new this timer is normally set already (and not set twice); it is not after a restore whose
                // watermark is behind the one this series had fired its windows at (rescaled subtasks had different
                // ones): those windows are then fired again, with the mention, when the watermark passes their ends
                ctx.timerService().registerEventTimeTimer(end - 1);
                break;
            } else if (!isFinal(end, watermark)) { // fired already: fires again, corrected
                fire(end, ctx.getBroadcastState(TOTALS));
                firstRefired = Math.min(firstRefired, end);
                lastRefired = end;
            }
        }
        if (firstRefired != Long.MAX_VALUE) {
            rescore(ctx.getCurrentKey(), firstRefired, out);
            // a window opened late may have no timer to settle it (its series' run of windows may be over)
            ctx.timerService().registerEventTimeTimer(finalAt(lastRefired));
        }
        store();
    }

    /** Reads the current series' panes and open windows into {@link #current}. */
    private void load() throws Exception {
        current = windows.value();
        if (current == null) {
            current = new SeriesWindows();
        } else {
            current.restored();
        }
    }

    /** Writes {@link #current} back (a series with nothing open keeps only its history), and the history if changed. */
    private void store() throws Exception {
        if (current.isEmpty()) {
            windows.clear();
        } else {
            windows.update(current);
        }
        current = null;
        storeHistory();
    }

    /** The current series' settled history, null if it has none yet. */
    private TrendBaseline history() throws Exception {
        if (!historyRead) {
            history = settled.value();
            historyRead = true;
        }
        return history;
    }

    /** Writes the current series' history back if {@link #settle} changed it. */
    private void storeHistory() throws Exception {
        if (historyChanged) {
            settled.update(history);
        }
        history = null;
        historyRead = false;
        historyChanged = false;
    }

    @Override
    public void processBroadcastElement(WindowTotal t, Context ctx, Collector<TrendWindow> out) throws Exception {
        BroadcastState<Long, WindowTotal> totals = ctx.getBroadcastState(TOTALS);
        totals.put(t.windowEnd, t);
        // a total is needed until its window is final here: after that no row of it fires or changes. (Not by the age of
        // the newest total: while a backlog is read, the totals can run days of event time ahead of the series' input.)
        long watermark = watermark(ctx.currentWatermark());
        for (Iterator<Map.Entry<Long, WindowTotal>> it = totals.iterator(); it.hasNext(); ) {
            if (isFinal(it.next().getKey(), watermark)) {
                it.remove();
            }
        }
        if (t.windowEnd - 1 <= watermark) {
            // a late total: rows of this window were sent with the old total (or wait for this one)
            ctx.applyToKeyedState(WINDOWS, (series, state) -> {
                current = state.value();
                if (current != null) {
                    current.restored();
                }
                OpenWindow w = current == null || isFinal(t.windowEnd, watermark) ? null : current.openWindow(t.windowEnd);
                if (w != null && (w.feedWindow != t.feedWindow || w.totalArticles != t.total)) {
                    settle(series, watermark, out); // the windows before it that are final, as the history it is scored on
                    w.setTotal(t.total, t.feedWindow);
                    rescore(series, t.windowEnd, out);
                    state.update(current);
                }
                current = null;
                storeHistory();
            });
        }
    }

    /**
     * A timer falls where a window of the series ends (it fires that window), or where the last window of a run of
     * windows is final. Final windows are settled lazily, at the series' next timer or mention, as nothing reads them
     * before: a series has one timer per window, not two (one to fire, one to settle), and a run of windows ends with
     * one timer that settles them all.
     */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrendWindow> out) throws Exception {
        watermark(ctx.timerService().currentWatermark());
        long end = timestamp + 1;
        String series = ctx.getCurrentKey();
        load();
        settle(series, timestamp - 1, out); // as if each had been settled when final, before this timer
        // (with an allowed lateness that is not a whole number of slides, a settling timer falls between window ends)
        if (Math.floorMod(end, slideMillis) == 0 && fire(end, ctx.getBroadcastState(TOTALS))) {
            rescore(series, end, out);
            if (!window(end + slideMillis).isEmpty()) {
                ctx.timerService().registerEventTimeTimer(end + slideMillis - 1); // the next window's
            } else { // the run of windows ends: this one is the last to be final
                ctx.timerService().registerEventTimeTimer(finalAt(end));
            }
        }
        settle(series, timestamp, out);
        if (current.isEmpty()) {
            review(ctx);
        }
        store();
    }

    /**
     * A series with no window left keeps only its history, which a long silence makes worthless: once every window
     * the series could still count in would find it forgotten ({@link TrendBaseline#skipTo}), it is dropped, so state
     * follows the series that are active rather than every series ever seen. The rows are the same either way; one
     * timer at a time per series ({@link TrendBaseline#reviewAt}) looks again.
     */
    private void review(OnTimerContext ctx) throws Exception {
        TrendBaseline h = history();
        long watermark = watermark(ctx.timerService().currentWatermark());
        if (h == null || h.reviewAt != 0 && h.reviewAt > watermark || watermark > Long.MAX_VALUE - forgetAfterMillis) {
            return; // nothing to keep, a review is due later, or the input has ended
        }
        if (h.reviewAt != 0) {
            // the oldest window a mention could still count in (the first not final), and so every later one
            long oldest = (Math.floorDiv(watermark + 1 - allowedLatenessMillis, slideMillis) + 1) * slideMillis;
            WindowTotal total = ctx.getBroadcastState(TOTALS).get(oldest);
            if (total != null && h.isForgottenAt(total.feedWindow, maxGapWindows)) {
                settled.clear();
                history = null;
                historyChanged = false;
                return;
            } // else not yet, or the feed is too quiet to tell: look again later
        }
        h.reviewAt = Math.max(h.lastWindowEnd + forgetAfterMillis, watermark + slideMillis);
        ctx.timerService().registerEventTimeTimer(h.reviewAt);
        historyChanged = true;
    }

    /**
     * Opens (or updates) the window ending at {@code end} with its count and, if known, its total; it stays open
     * until final. False if the series has no article in that window (the timer was only for settling).
     */
    private boolean fire(long end, ReadOnlyBroadcastState<Long, WindowTotal> totals) throws Exception {
        WindowPanes counted = window(end);
        if (counted.isEmpty()) {
            return false;
        }
        OpenWindow w = current.openWindow(end);
        if (w == null) {
            w = current.addOpen(end);
        }
        w.articleCount = counted.articleCount();
        WindowTotal total = totals.get(end);
        if (total != null) {
            w.setTotal(total.total, total.feedWindow);
        } // else the window keeps the total it has (restored from a subtask whose watermark was further on and had
          // forgotten it: it has not changed) or waits for it (processBroadcastElement)
        return true;
    }

    /** The window ending at {@code end}, read through the current series' panes (empty if it had no article). */
    private WindowPanes window(long end) {
        return WindowPanes.of(current.panes, end, sizeMillis);
    }

    /**
     * The row of the window ending at {@code end}: its {@code counts} (read from its panes), the total {@code w}
     * holds, and its scores and words (of its {@code candidates}) against {@code b}, the history before it (already
     * carried up to the window: {@link TrendBaseline#skipTo}).
     */
    private TrendWindow scoredRow(long end, OpenWindow w, WindowPanes counts, TermLift.Candidates candidates,
            TrendBaseline b, String series) {
        TrendWindow row = new TrendWindow();
        current.nameFrom(series);
        row.topic = current.topic;
        row.geo = current.geo;
        row.windowStart = Instant.ofEpochMilli(end - sizeMillis);
        row.windowEnd = Instant.ofEpochMilli(end);
        row.articleCount = w.articleCount;
        row.sourceCount = counts.sourceCount();
        row.topSourceArticles = counts.topSourceArticles();
        row.topHeadlines = counts.headlines();
        row.totalArticles = w.totalArticles;
        row.feedWindow = w.feedWindow;
        row.share = w.share();
        row.baseline = b.windows > 0 ? b.mean : null;
        row.baselineStd = b.windows > 0 ? Math.sqrt(b.variance) : null;
        row.score = b.score(w.articleCount, w.totalArticles, noiseFloor, minHistory);
        row.topTerms = candidates.top(b::termRate);
        return row;
    }

    /**
     * Scores the open windows ending at or after {@code from} in order from the settled history, and emits them; the
     * open windows before {@code from} only carry the history forward. Each open window keeps the headline words last
     * sent for it (checked against the final history in {@link #settle}); its scores need no keeping, as the history
     * before it is the same when it is final (any change before it scores it again). A window still waiting for its
     * total is left out.
     */
    private void rescore(String series, long from, Collector<TrendWindow> out) throws Exception {
        TrendBaseline settledSoFar = history();
        TrendBaseline b = settledSoFar == null ? new TrendBaseline() : settledSoFar.copy();
        for (OpenWindow w : current.open) {
            long end = w.end;
            if (!w.hasTotal()) {
                continue;
            }
            b.skipTo(w.feedWindow, alpha, maxGapWindows);
            if (end >= from) {
                WindowPanes counts = window(end);
                TermLift.Candidates candidates = counts.termCandidates(w.articleCount);
                TrendWindow row = scoredRow(end, w, counts, candidates, b, series);
                // what the table holds, and what it was chosen from, for the check in settle (a window of fewer
                // articles has no words to check, and keeps nothing: most windows of most series)
                w.topTerms = row.topTerms;
                boolean check = w.articleCount >= TermLift.MIN_COUNT;
                w.termWords = check ? candidates.words() : null;
                w.termCounts = check ? candidates.counts() : null;
                out.collect(row);
            }
            b.add(end, w.feedWindow, w.share(), alpha);
        }
    }

    /**
     * Folds the windows whose allowed lateness has passed by {@code watermark} into the settled history, oldest first,
     * and drops the panes no open window needs any more.
     */
    private void settle(String series, long watermark, Collector<TrendWindow> out) throws Exception {
        if (current.open.isEmpty() || finalAt(current.open.get(0).end) > watermark) {
            return;
        }
        TrendBaseline b = history();
        if (b == null) {
            b = new TrendBaseline();
            history = b;
        }
        historyChanged = true; // the first open window is final (above): it is folded in
        for (Iterator<OpenWindow> it = current.open.iterator(); it.hasNext(); ) {
            OpenWindow w = it.next();
            long end = w.end;
            if (finalAt(end) > watermark) {
                break;
            }
            it.remove();
            if (w.hasTotal()) {
                settleWindow(series, end, w, b, out);
            } else { // its total never came: the window-total operator dropped the window as too late
                LOG.warn("{} window ending {} is final without a window total; not scored", series,
                        Instant.ofEpochMilli(end));
            }
            // the window's oldest pane is in no later window: a pane is dropped when the last window holding it is final,
            // and only then, when no late article can change it, are its headline words learned
            Pane done = current.removePane(end - sizeMillis + slideMillis);
            if (done != null && done.articleCount > 0) {
                b.addTerms(done.words, done.wordCounts, done.articleCount, alpha);
            }
        }
    }

    /**
     * Folds the final window ending at {@code end} into {@code b}, sending its row again if its headline words change
     * (the words learned so far depended on timing; against the final history they do not). A window of fewer than
     * {@link TermLift#MIN_COUNT} articles has no words either way.
     */
    private void settleWindow(String series, long end, OpenWindow w, TrendBaseline b, Collector<TrendWindow> out) {
        b.skipTo(w.feedWindow, alpha, maxGapWindows);
        if (w.articleCount >= TermLift.MIN_COUNT) {
            TermLift.Candidates candidates = termCandidates(w);
            if (!candidates.top(b::termRate).equals(w.topTerms)) {
                out.collect(scoredRow(end, w, window(end), candidates, b, series));
            }
        }
        b.add(end, w.feedWindow, w.share(), alpha);
    }

    /**
     * The candidate words of an open window: as kept when it was last scored, else (state written before windows kept
     * them) read again from its panes.
     */
    private TermLift.Candidates termCandidates(OpenWindow w) {
        return w.termWords != null && w.termCounts != null
                ? TermLift.Candidates.of(w.termWords, w.termCounts, w.articleCount)
                : window(w.end).termCandidates(w.articleCount);
    }

    private boolean isFinal(long windowEnd, long watermark) {
        return finalAt(windowEnd) <= watermark;
    }

    private long finalAt(long windowEnd) {
        return windowEnd - 1 + allowedLatenessMillis;
    }
}
