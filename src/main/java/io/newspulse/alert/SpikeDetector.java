package io.newspulse.alert;

import io.newspulse.trend.DueTable;
import io.newspulse.trend.TrendWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Turns scored windows into alerts, one per story: a series alerts when its score, article count and
 * source count all reach their thresholds and no single publisher wrote most of its articles; it then stays quiet (hysteresis) until its score falls below
 * the re-arm threshold, and a new alert also waits out the cooldown after the last one. While the story
 * is live, an escalation is raised each time its count grows by the escalation factor.
 *
 * <p>Each window is judged once, in window order, when the watermark passes its end: by then every
 * on-time article of it has been counted, whatever order parallel upstream tasks delivered the rows in. A
 * later correction updates the row in the table; it does not re-alert. A series silent for longer than
 * the cooldown is forgotten (it is armed again by default).
 *
 * <p>Keyed by series and chained to the series operator, it keeps its series in memory as that operator does ({@link
 * DueTable}, no Flink timer per row): each checkpoint writes the series changed since the last one to keyed state
 * ({@code alert-state}, and the rows {@code waiting} to be judged, which nobody changes once sent), and a restore
 * reads them back. When a series is due follows from that state; the Flink timers a savepoint of an earlier build
 * holds are dropped.
 */
public class SpikeDetector extends AbstractStreamOperator<TrendAlert>
        implements OneInputStreamOperator<TrendWindow, TrendAlert> {
    private static final long serialVersionUID = 2L;

    static final ValueStateDescriptor<AlertState> STATE = new ValueStateDescriptor<>("alert-state", AlertState.class);
    /** The newest version of each window not judged yet, by window end. */
    static final MapStateDescriptor<Long, TrendWindow> WAITING =
            new MapStateDescriptor<>("waiting", Types.LONG, TypeInformation.of(TrendWindow.class));

    private final AlertRules rules;
    private transient Map<String, Series> series;
    private transient DueTable<Series> due;
    /** Series changed since the last checkpoint, in the order they first changed. */
    private transient List<Series> changed;
    private transient ValueState<AlertState> stateState;
    private transient MapState<Long, TrendWindow> waitingState;
    private transient StreamRecord<TrendAlert> record;
    /** The due time being handled: the timestamp of the alerts it raises. */
    private transient long dueAt;
    private transient Counter alerts;
    private transient Counter escalations;

    /** One series: its alert state (null until a window is judged, and once forgotten) and its rows waiting. */
    static final class Series extends DueTable.Entry {
        final String key;
        AlertState state;
        /** By window end, oldest first. */
        final List<TrendWindow> waiting = new ArrayList<>(2);
        boolean changed;

        Series(String key) {
            this.key = key;
        }
    }

    public SpikeDetector(AlertRules rules) {
        this.rules = rules;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        series = new HashMap<>();
        due = new DueTable<>();
        changed = new ArrayList<>();
        record = new StreamRecord<>(null);
        stateState = getPartitionedState(STATE);
        waitingState = getPartitionedState(WAITING);
        if (context.isRestored()) {
            restoreSeries();
        }
    }

    @Override
    public void open() throws Exception {
        super.open();
        alerts = getMetricGroup().counter("alerts");
        escalations = getMetricGroup().counter("alertEscalations");
    }

    /** Reads this subtask's series back from keyed state; each is due at its waiting rows' ends and its cooldown. */
    private void restoreSeries() throws Exception {
        for (String key : DueTable.<String>keysIn(this, STATE.getName(), WAITING.getName())) {
            setCurrentKey(key);
            Series s = new Series(key);
            s.state = stateState.value();
            for (TrendWindow w : waitingState.values()) {
                keep(s, w);
            }
            series.put(key, s);
            for (TrendWindow w : s.waiting) {
                due.schedule(s, w.windowEnd.toEpochMilli() - 1);
            }
            if (s.state != null) {
                due.schedule(s, s.state.lastJudgedEnd + rules.cooldownMillis);
            }
        }
        DueTable.takeOverFlinkTimers(this, "user-timers"); // what they were for follows from the state
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        for (Series s : changed) {
            setCurrentKey(s.key);
            if (s.state == null) {
                stateState.clear();
            } else { // a copy: a heap state backend keeps what it is given, and the operator changes its own
                stateState.update(s.state.copy());
            }
            waitingState.clear();
            for (TrendWindow w : s.waiting) { // rows are not changed once sent: shared
                waitingState.put(w.windowEnd.toEpochMilli(), w);
            }
            s.changed = false;
        }
        changed.clear();
    }

    /** Series held in memory (for tests). */
    int seriesHeld() {
        return series.size();
    }

    private void touch(Series s) {
        if (!s.changed) {
            s.changed = true;
            changed.add(s);
        }
    }

    @Override
    public void processElement(StreamRecord<TrendWindow> element) throws Exception {
        TrendWindow w = element.getValue();
        long end = w.windowEnd.toEpochMilli();
        String key = (String) getCurrentKey();
        Series s = series.get(key);
        if (s != null && s.state != null && end <= s.state.lastJudgedEnd) {
            return; // a correction of a window already judged
        }
        if (s == null) {
            s = new Series(key);
            series.put(key, s);
        }
        keep(s, w);
        due.schedule(s, end - 1);
        touch(s);
    }

    /** Keeps {@code w} among the rows of {@code s} waiting to be judged, in place of an older version of its window. */
    private static void keep(Series s, TrendWindow w) {
        List<TrendWindow> waiting = s.waiting;
        int i = waiting.size();
        while (i > 0 && waiting.get(i - 1).windowEnd.isAfter(w.windowEnd)) {
            i--;
        }
        if (i > 0 && waiting.get(i - 1).windowEnd.equals(w.windowEnd)) {
            waiting.set(i - 1, w);
        } else {
            waiting.add(i, w);
        }
    }

    /** Judges the series due by the watermark before the watermark goes on. */
    @Override
    public void processWatermark(Watermark mark) throws Exception {
        due.advanceTo(mark.getTimestamp(), this::onDue);
        super.processWatermark(mark);
    }

    private void onDue(Series s, long timestamp) {
        touch(s);
        dueAt = timestamp;
        int judged = 0;
        for (TrendWindow w : s.waiting) {
            if (w.windowEnd.toEpochMilli() - 1 > timestamp) {
                break;
            }
            if (s.state == null) {
                s.state = new AlertState();
            }
            judge(w, s.state);
            judged++;
        }
        s.waiting.subList(0, judged).clear();
        if (judged > 0) {
            // forget a series that stays quiet for a cooldown
            due.schedule(s, s.state.lastJudgedEnd + rules.cooldownMillis);
        } else if (s.state != null && s.waiting.isEmpty() && s.state.lastJudgedEnd + rules.cooldownMillis <= timestamp) {
            s.state = null;
        }
        if (s.state == null && s.waiting.isEmpty() && !s.isDue()) {
            series.remove(s.key); // and its state at the next checkpoint: it is among the changed series
        }
    }

    private void judge(TrendWindow w, AlertState s) {
        long end = w.windowEnd.toEpochMilli();
        s.lastJudgedEnd = end;
        if (w.score == null) {
            return;
        }
        if (s.armed) {
            boolean cooled = s.lastAlertEnd == 0 || end - s.lastAlertEnd >= rules.cooldownMillis;
            if (cooled && w.score >= rules.threshold && rules.broadEnough(w.articleCount, w.sourceCount, w.topSourceArticles)) {
                output.collect(record.replace(alert(w, "new", w.topic + "|" + w.geo + "|" + w.windowEnd), dueAt));
                alerts.inc();
                s.armed = false;
                s.lastAlertEnd = end;
                s.lastAlertCount = w.articleCount;
            }
        } else if (w.score < rules.rearmThreshold) {
            s.armed = true;
        } else if (w.articleCount >= Math.ceil(s.lastAlertCount * rules.escalationFactor)
                && rules.broadEnough(w.articleCount, w.sourceCount, w.topSourceArticles)) {
            output.collect(record.replace(alert(w, "escalation", w.topic + "|" + w.geo + "|" + w.windowEnd + "|escalation"),
                    dueAt));
            escalations.inc();
            s.lastAlertEnd = end;
            s.lastAlertCount = w.articleCount;
        }
    }

    private static TrendAlert alert(TrendWindow w, String severity, String id) {
        TrendAlert a = new TrendAlert();
        a.alertId = id;
        a.topic = w.topic;
        a.geo = w.geo;
        a.windowStart = w.windowStart;
        a.windowEnd = w.windowEnd;
        a.severity = severity;
        a.score = w.score;
        a.articleCount = w.articleCount;
        a.sourceCount = w.sourceCount;
        a.share = w.share;
        a.expectedCount = w.expectedCount();
        a.headlines.addAll(w.topHeadlines);
        a.headline = w.topHeadlines.isEmpty() ? null : w.topHeadlines.get(0);
        a.topTerms.addAll(w.topTerms);
        return a;
    }
}
