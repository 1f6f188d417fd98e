package io.newspulse.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One series' windows, from its mentions to its scored rows, in one operator keyed by series.
 *
 * <p><b>Counting.</b> Mentions are counted per pane (one slide of event time), not per window: a mention updates one
 * pane, and a window of {@code size} is the sum of its {@code size / slide} panes, added up once when the watermark
 * passes its end (as Flink SQL's sliding windows do). A mention arriving after its window fired, but within the
 * allowed lateness, fires that window again at once; one arriving after every window it belongs to is final goes to
 * {@link #TOO_LATE}. A late article counts only in the windows that were open when the router judged it, and may wait
 * for the watermark here to come as far ({@link LateArticleRule}): the same on every run, however channels interleave.
 *
 * <p><b>Share of coverage.</b> Each window's total across all series comes from the broadcast input ({@link
 * #TOTALS}). A total is sent before the watermark that passes its window's end, so a window firing at that watermark
 * finds its total here. A total that comes later (a late article changed it, or opened a window late) corrects every
 * series' row of that window at once.
 *
 * <p><b>Scores.</b> Each window is scored against the series' own history of its share ({@link TrendBaseline}), using
 * only the windows before it. A window may still change until its allowed lateness passes, so it stays aside
 * ("open") until then and is folded into the settled history only once final. When an open window changes, it and
 * every later open window are scored again and sent again: the table ends as if every article had arrived on time,
 * however late articles and parallel channels interleave.
 *
 * <p><b>Series in memory, keyed state at checkpoints.</b> The subtask keeps its series in a hash map: per series its
 * panes and open windows ({@link SeriesWindows}), its history ({@link TrendBaseline}) and its due times (when a window
 * ends, when its last open window is final, or, for a series with nothing open, when to look whether its history can
 * be dropped: {@link #review}, a silence of ten half-lives makes it worthless). The series due at a watermark are
 * found in a table by due time ({@link DueTable}), not in Flink's timer queue, and nothing is read from keyed state per mention: each
 * checkpoint writes the series changed since the last one to keyed state ({@code series-windows}, with its due times,
 * and {@code settled}), so checkpoints, savepoints and rescaling work as for any keyed state, and a restore reads them
 * back; a series changed since is copied before the change (copy on write, as a heap state backend holds the very
 * objects written). Flink SQL's window aggregates likewise buffer in memory and write state when they must. The series
 * operator's thread spent about 45 % of its time in Flink's timer queue and state look-ups in the whole job before
 * (docs/BENCHMARKS.md, session 10). The price: series live on the JVM heap whatever the state backend.
 */
public class SeriesTrends extends AbstractStreamOperator<TrendWindow>
        implements TwoInputStreamOperator<TrendMention, WindowTotal, TrendWindow> {
    private static final long serialVersionUID = 2L;
    private static final Logger LOG = LoggerFactory.getLogger(SeriesTrends.class);

    /** Window totals by window end: the broadcast state, the same in every subtask. */
    public static final MapStateDescriptor<Long, WindowTotal> TOTALS =
            new MapStateDescriptor<>("window-totals", Types.LONG, TypeInformation.of(WindowTotal.class));
    /**
     * Totals that a late article changed at a watermark this operator had not reached when they came, by that
     * watermark and window end ({@link #waitingKey}): applied once it has ({@link #processWatermark}).
     */
    static final MapStateDescriptor<String, WindowTotal> WAITING_TOTALS =
            new MapStateDescriptor<>("waiting-window-totals", Types.STRING, TypeInformation.of(WindowTotal.class));
    /** Mentions that came after every window they belong to was final. */
    public static final OutputTag<TrendMention> TOO_LATE = new OutputTag<>("too-late", TrendMentionSerializer.TYPE);

    /** A series' panes, open windows and due times, as written at each checkpoint. */
    static final ValueStateDescriptor<SeriesWindows> WINDOWS =
            new ValueStateDescriptor<>("series-windows", SeriesWindows.class);
    /** A series' history of final windows, as written at each checkpoint. */
    static final ValueStateDescriptor<TrendBaseline> SETTLED = new ValueStateDescriptor<>("settled", TrendBaseline.class);
    /** Flink's timer service of builds that kept each due time there; read once, on a restore from their savepoints. */
    private static final String EARLIER_TIMERS = "user-timers";

    private final long sizeMillis;
    private final long slideMillis;
    private final long allowedLatenessMillis;
    private final double alpha;
    private final double noiseFloor;
    private final int minHistory;
    private final long maxGapWindows;
    /** Event time after a series' last window before its history can be forgotten (a feed window is at least a slide). */
    private final long forgetAfterMillis;
    /** Which windows a mention counts in, and when (a late one may wait for the watermark). */
    private final LateArticleRule lateArticles;

    /** The subtask's series by key. */
    private transient Map<String, Series> series;
    /** When the series are next due. */
    private transient DueTable<Series> due;
    /** Series changed since the last checkpoint, in the order they first changed. */
    private transient List<Series> changed;
    /** The series holding late mentions, by the watermark each is held until ({@link #hold}). */
    private transient TreeMap<Long, List<Series>> holding;
    /** {@link #WAITING_TOTALS} in the order they came (a few at most, nearly always none), and as checkpointed. */
    private transient List<WindowTotal> waitingTotals;
    private transient BroadcastState<String, WindowTotal> waitingTotalsState;
    private transient ValueState<SeriesWindows> windowsState;
    private transient ValueState<TrendBaseline> settledState;
    private transient TypeSerializer<SeriesWindows> windowsSerializer;
    private transient TypeSerializer<TrendBaseline> historySerializer;
    private transient BroadcastState<Long, WindowTotal> totals;
    /** The series a mention, due time or late total is being handled for. */
    private transient Series currentSeries;
    /** Rows go out with the timestamp of what made them: the mention, the due time or the total. */
    private transient Collector<TrendWindow> rows;
    private transient StreamRecord<TrendWindow> row;
    private transient long rowTimestamp;
    /** The last watermark this operator has seen from both inputs ({@link Long#MIN_VALUE} until each sent one). */
    private transient long currentWatermark;
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

    /** One series of the subtask. */
    static final class Series extends DueTable.Entry {
        final String key;
        SeriesWindows windows = new SeriesWindows();
        /** Null until a window of the series is final. */
        TrendBaseline history;
        /** Whether it is in {@link #changed}. */
        boolean changed;
        /**
         * Whether {@link #windows} and {@link #history} are the very objects keyed state holds (restored, or written at
         * the last checkpoint): a heap state backend keeps them as they are, and serializes them for that checkpoint
         * while the operator goes on, so they are copied before the operator changes them ({@link #load}).
         */
        boolean shared;

        Series(String key) {
            this.key = key;
        }

        boolean isGone() {
            return windows.isEmpty() && history == null && !isDue();
        }
    }

    /** {@link #rowTimestamp} of a row made by an input without a timestamp. */
    private static final long NO_TIMESTAMP = Long.MIN_VALUE;

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
        this.lateArticles = new LateArticleRule(sizeMillis, slideMillis, allowedLatenessMillis);
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        series = new HashMap<>();
        due = new DueTable<>();
        changed = new ArrayList<>();
        holding = new TreeMap<>();
        names = new RecentStrings(1 << 14);
        row = new StreamRecord<>(null);
        rows = new Collector<>() {
            @Override
            public void collect(TrendWindow w) {
                if (rowTimestamp == NO_TIMESTAMP) {
                    row.replace(w).eraseTimestamp();
                } else {
                    row.replace(w, rowTimestamp);
                }
                output.collect(row);
            }

            @Override
            public void close() {}
        };
        currentWatermark = Long.MIN_VALUE;
        windowsState = getPartitionedState(WINDOWS);
        settledState = getPartitionedState(SETTLED);
        windowsSerializer = WINDOWS.getSerializer().duplicate();
        historySerializer = SETTLED.getSerializer().duplicate();
        totals = context.getOperatorStateStore().getBroadcastState(TOTALS);
        waitingTotalsState = context.getOperatorStateStore().getBroadcastState(WAITING_TOTALS);
        waitingTotals = new ArrayList<>();
        for (Map.Entry<String, WindowTotal> e : waitingTotalsState.entries()) {
            waitingTotals.add(e.getValue());
        }
        checkpointedWatermark = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("series-watermark", Types.LONG));
        restoredWatermark = Long.MIN_VALUE;
        if (context.isRestored()) {
            Long lowest = null;
            for (Long w : checkpointedWatermark.get()) {
                lowest = lowest == null ? w : Math.min(lowest, w);
            }
            restoredWatermark = lowest == null ? Long.MIN_VALUE : lowest;
            restoreSeries();
        }
        seenWatermark = restoredWatermark;
    }

    /**
     * Reads this subtask's series back from keyed state. A series keeps its due times in {@code series-windows}; one
     * with only a history is due at its review; builds before this one kept due times as Flink timers, which are
     * moved here once.
     */
    private void restoreSeries() throws Exception {
        for (String key : DueTable.<String>keysIn(this, WINDOWS.getName(), SETTLED.getName())) {
            setCurrentKey(key);
            Series s = new Series(key);
            SeriesWindows w = windowsState.value();
            if (w != null) {
                w.restored();
                s.windows = w;
            }
            long[] dueTimes = w != null ? w.dueTimes : null;
            s.history = settledState.value();
            s.shared = true;
            series.put(key, s);
            if (w != null && w.held != null) {
                for (TrendMention m : w.held) {
                    holding.computeIfAbsent(m.watermark, t -> new ArrayList<>()).add(s);
                }
            }
            if (dueTimes != null) {
                for (long t : dueTimes) {
                    due.schedule(s, t);
                }
            } else if (w == null && s.history != null && s.history.reviewAt != 0) {
                due.schedule(s, s.history.reviewAt);
            }
        }
        List<DueTable.FlinkTimer> timers = DueTable.takeOverFlinkTimers(this, EARLIER_TIMERS);
        for (DueTable.FlinkTimer timer : timers) {
            Series s = series.computeIfAbsent((String) timer.key(), Series::new);
            due.schedule(s, timer.time());
            touch(s); // the next checkpoint writes its due times: the timer is gone
        }
        LOG.info("restored {} series ({} due times moved from Flink timers of an earlier build)", series.size(),
                timers.size());
    }

    /**
     * Writes the series changed since the last checkpoint to keyed state. From then on keyed state and the operator
     * share their objects until the operator next changes the series ({@link Series#shared}).
     */
    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        for (Series s : changed) {
            setCurrentKey(s.key);
            if (s.windows.isEmpty()) {
                windowsState.clear();
            } else {
                s.windows.dueTimes = s.dueTimes();
                windowsState.update(s.windows);
            }
            if (s.history == null) {
                settledState.clear();
            } else {
                settledState.update(s.history);
            }
            s.shared = true;
            s.changed = false;
        }
        changed.clear();
        checkpointedWatermark.update(List.of(seenWatermark));
    }

    /** Marks {@code s} for the next checkpoint. */
    private void touch(Series s) {
        if (!s.changed) {
            s.changed = true;
            changed.add(s);
        }
    }

    /** The operator's watermark, or the restored one while that is further on ({@link #restoredWatermark}). */
    private long watermark(long current) {
        long w = Math.max(current, restoredWatermark);
        seenWatermark = Math.max(seenWatermark, w);
        return w;
    }

    @Override
    public void processElement1(StreamRecord<TrendMention> element) throws Exception {
        long timestamp = element.hasTimestamp() ? element.getTimestamp() : NO_TIMESTAMP;
        if (!count((String) getCurrentKey(), element.getValue(), timestamp, watermark(currentWatermark))) {
            output.collect(TOO_LATE, element);
        }
    }

    /**
     * Counts the mention {@code m} of series {@code key} as of {@code watermark}, or holds it until the watermark comes
     * as far as the one it was judged against ({@link #hold}), as {@link LateArticleRule} says; false if it is too late
     * for every window.
     */
    private boolean count(String key, TrendMention m, long timestamp, long watermark) throws Exception {
        long paneEnd = lateArticles.paneEnd(m.eventTimeMillis);
        long lastWindowEnd = lateArticles.lastWindowEnd(m.eventTimeMillis);
        long firstWindowEnd = lateArticles.firstCounted(m.eventTimeMillis, Math.max(watermark, m.watermark));
        if (firstWindowEnd > lastWindowEnd) {
            return false;
        }
        if (lateArticles.waits(m.eventTimeMillis, m.watermark, watermark)) {
            hold(key, m);
            return true;
        }
        rowTimestamp = timestamp;
        load(series.computeIfAbsent(key, Series::new));
        // windows final by now, before the mention can change their panes (they are settled lazily: see onDue)
        settle(key, watermark, rows);
        long countsFrom = firstWindowEnd == paneEnd ? 0 : firstWindowEnd; // a pane of its own unless in every window
        Pane pane = current().pane(paneEnd, countsFrom);
        if (pane == null) {
            pane = current().addPane(paneEnd, countsFrom);
        }
        pane.add(m, names);

        long firstRefired = Long.MAX_VALUE;
        long lastRefired = Long.MIN_VALUE;
        for (long end = firstWindowEnd; end <= lastWindowEnd; end += slideMillis) {
            if (end - 1 > watermark) {
                // the first window still to fire: each window that fires sets the next one's due time, so for a pane
                // that is not new this is normally set already; it is not after a restore whose watermark is behind
                // the one this series had fired its windows at (rescaled subtasks had different ones): those windows
                // are then fired again, with the mention, when the watermark passes their ends
                due.schedule(currentSeries, end - 1);
                break;
            } else if (!isFinal(end, watermark)) { // fired already: fires again, corrected
                fire(end, totals);
                firstRefired = Math.min(firstRefired, end);
                lastRefired = end;
            }
        }
        if (firstRefired != Long.MAX_VALUE) {
            rescore(key, firstRefired, rows);
            // a window opened late may have no due time to settle it (its series' run of windows may be over)
            due.schedule(currentSeries, finalAt(lastRefired));
        }
        currentSeries = null;
        return true;
    }

    /** Holds the late mention {@code m} of series {@code key} until the watermark reaches the one it was judged against. */
    private void hold(String key, TrendMention m) {
        Series s = series.computeIfAbsent(key, Series::new);
        load(s);
        current().hold(m);
        holding.computeIfAbsent(m.watermark, t -> new ArrayList<>()).add(s);
        currentSeries = null;
    }

    /** Makes {@code s} the current series, ready to change. */
    private void load(Series s) {
        touch(s);
        if (s.shared) { // copy on write
            s.windows = windowsSerializer.copy(s.windows);
            s.history = s.history == null ? null : historySerializer.copy(s.history);
            s.shared = false;
        }
        currentSeries = s;
    }

    /** The current series' panes and open windows. */
    private SeriesWindows current() {
        return currentSeries.windows;
    }

    /** The current series' settled history, null if it has none yet. */
    private TrendBaseline history() {
        return currentSeries.history;
    }

    @Override
    public void processElement2(StreamRecord<WindowTotal> element) throws Exception {
        WindowTotal t = element.getValue();
        // a total is needed until its window is final here: after that no row of it fires or changes. (Not by the age of
        // the newest total: while a backlog is read, the totals can run days of event time ahead of the series' input.)
        long watermark = watermark(currentWatermark);
        for (Iterator<Map.Entry<Long, WindowTotal>> it = totals.iterator(); it.hasNext(); ) {
            if (isFinal(it.next().getKey(), watermark)) {
                it.remove();
            }
        }
        if (t.asOf > watermark && totals.contains(t.windowEnd)) {
            // a late article changed a window's total, at a watermark this operator has not reached (its other input
            // lags): the change waits for it (processWatermark), so that the windows that fire before then, and are
            // judged by the spike detector, are scored with the totals of that time on every run
            waitingTotals.removeIf(w -> waitingKey(w).equals(waitingKey(t))); // a newer total of the same time
            waitingTotals.add(t);
            waitingTotalsState.put(waitingKey(t), t);
            return;
        }
        totals.put(t.windowEnd, t);
        if (t.windowEnd - 1 <= watermark && !isFinal(t.windowEnd, watermark)) {
            // a late total: rows of this window were sent with the old total (or wait for this one)
            correct(t, element.hasTimestamp() ? element.getTimestamp() : NO_TIMESTAMP, watermark);
        }
    }

    /** Sends again, with the total {@code t}, the row of its window of every series that had another total. */
    private void correct(WindowTotal t, long timestamp, long watermark) throws Exception {
        rowTimestamp = timestamp;
        for (Series s : series.values()) {
            OpenWindow w = s.windows.openWindow(t.windowEnd);
            if (w != null && (w.feedWindow != t.feedWindow || w.totalArticles != t.total)) {
                load(s);
                settle(s.key, watermark, rows); // the windows before it that are final, as the history it is scored on
                current().openWindow(t.windowEnd).setTotal(t.total, t.feedWindow); // (w may have been copied)
                rescore(s.key, t.windowEnd, rows);
            }
        }
        currentSeries = null;
    }

    /**
     * Handles every series due by the watermark, in order of due time, before the watermark goes on downstream. What
     * waits for the watermark to come as far as a time before it, held mentions ({@link #hold}) and totals a late
     * article changed ({@link #processElement2}), is handled at that time, after the watermark of that time has gone
     * on downstream: as if it had come first.
     */
    @Override
    public void processWatermark(Watermark mark) throws Exception {
        for (long at = nextWaiting(); at != Long.MAX_VALUE && at <= mark.getTimestamp(); at = nextWaiting()) {
            if (at > currentWatermark) {
                currentWatermark = at;
                due.advanceTo(at, this::onDue);
                output.emitWatermark(new Watermark(at));
            }
            long watermark = watermark(currentWatermark);
            WindowTotal t = waitingTotal(at);
            if (t != null) {
                waitingTotals.remove(t);
                waitingTotalsState.remove(waitingKey(t));
                totals.put(t.windowEnd, t);
                correct(t, at, watermark);
                continue;
            }
            Map.Entry<Long, List<Series>> next = holding.pollFirstEntry();
            for (Series s : next.getValue()) {
                load(s);
                List<TrendMention> released = current().release(at);
                currentSeries = null;
                for (TrendMention m : released) {
                    if (!count(s.key, m, m.eventTimeMillis, watermark)) {
                        output.collect(TOO_LATE, new StreamRecord<>(m, m.eventTimeMillis));
                    }
                }
            }
        }
        currentWatermark = mark.getTimestamp();
        watermark(currentWatermark);
        due.advanceTo(currentWatermark, this::onDue);
        super.processWatermark(mark);
    }

    /** The earliest time something waits for ({@link #processWatermark}); {@link Long#MAX_VALUE} if nothing does. */
    private long nextWaiting() {
        long next = holding.isEmpty() ? Long.MAX_VALUE : holding.firstKey();
        for (WindowTotal t : waitingTotals) {
            next = Math.min(next, t.asOf);
        }
        return next;
    }

    /** The total waiting for the earliest watermark up to {@code at}; null if none. */
    private WindowTotal waitingTotal(long at) {
        WindowTotal first = null;
        for (WindowTotal t : waitingTotals) {
            if (t.asOf <= at && (first == null || t.asOf < first.asOf)) {
                first = t;
            }
        }
        return first;
    }

    /** A waiting total's key: one per window and watermark it was changed at (a later change of both replaces it). */
    private static String waitingKey(WindowTotal t) {
        return t.asOf + "@" + t.windowEnd;
    }

    /**
     * A series is due where one of its windows ends (it fires that window), or where the last window of a run of
     * windows is final. Final windows are settled lazily, at the series' next due time or mention, as nothing reads
     * them before: a series is due once per window, not twice (to fire, to settle), and a run of windows ends with
     * one due time that settles them all.
     */
    private void onDue(Series s, long timestamp) throws Exception {
        watermark(currentWatermark);
        long end = timestamp + 1;
        rowTimestamp = timestamp;
        load(s);
        settle(s.key, timestamp - 1, rows); // as if each had been settled when final, before this time
        // (with an allowed lateness that is not a whole number of slides, a settling time falls between window ends)
        if (Math.floorMod(end, slideMillis) == 0 && fire(end, totals)) {
            rescore(s.key, end, rows);
            if (!window(end + slideMillis).isEmpty()) {
                due.schedule(s, end + slideMillis - 1); // the next window's
            } else { // the run of windows ends: this one is the last to be final
                due.schedule(s, finalAt(end));
            }
        }
        settle(s.key, timestamp, rows);
        if (current().isEmpty()) {
            review(s);
            if (s.isGone()) {
                series.remove(s.key); // and its state at the next checkpoint: it is among the changed series
            }
        }
        currentSeries = null;
    }

    /**
     * A series with no window left keeps only its history, which a long silence makes worthless: once every window
     * the series could still count in would find it forgotten ({@link TrendBaseline#skipTo}), it is dropped, so state
     * follows the series that are active rather than every series ever seen. The rows are the same either way; one
     * due time at a time per series ({@link TrendBaseline#reviewAt}) looks again.
     */
    private void review(Series s) throws Exception {
        TrendBaseline h = s.history;
        long watermark = watermark(currentWatermark);
        if (h == null || h.reviewAt != 0 && h.reviewAt > watermark || watermark > Long.MAX_VALUE - forgetAfterMillis) {
            return; // nothing to keep, a review is due later, or the input has ended
        }
        if (h.reviewAt != 0) {
            // the oldest window a mention could still count in (the first not final), and so every later one
            long oldest = (Math.floorDiv(watermark + 1 - allowedLatenessMillis, slideMillis) + 1) * slideMillis;
            WindowTotal total = totals.get(oldest);
            if (total != null && h.isForgottenAt(total.feedWindow, maxGapWindows)) {
                s.history = null;
                return;
            } // else not yet, or the feed is too quiet to tell: look again later
        }
        h.reviewAt = Math.max(h.lastWindowEnd + forgetAfterMillis, watermark + slideMillis);
        due.schedule(s, h.reviewAt);
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
        OpenWindow w = current().openWindow(end);
        if (w == null) {
            w = current().addOpen(end);
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
        return WindowPanes.of(current().panes, end, sizeMillis);
    }

    /**
     * The row of the window ending at {@code end}: its {@code counts} (read from its panes), the total {@code w}
     * holds, and its scores and words (of its {@code candidates}) against {@code b}, the history before it (already
     * carried up to the window: {@link TrendBaseline#skipTo}).
     */
    private TrendWindow scoredRow(long end, OpenWindow w, WindowPanes counts, TermLift.Candidates candidates,
            TrendBaseline b, String series) {
        TrendWindow row = new TrendWindow();
        current().nameFrom(series);
        row.topic = current().topic;
        row.geo = current().geo;
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
        for (OpenWindow w : current().open) {
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
        if (current().open.isEmpty() || finalAt(current().open.get(0).end) > watermark) {
            return;
        }
        TrendBaseline b = history();
        if (b == null) {
            b = new TrendBaseline();
            currentSeries.history = b;
        }
        for (Iterator<OpenWindow> it = current().open.iterator(); it.hasNext(); ) {
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
            Pane done = current().removePanes(end - sizeMillis + slideMillis);
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
        return lateArticles.isFinal(windowEnd, watermark);
    }

    private long finalAt(long windowEnd) {
        return lateArticles.finalAt(windowEnd);
    }
}
