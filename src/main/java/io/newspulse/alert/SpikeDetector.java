package io.newspulse.alert;

import io.newspulse.trend.TrendWindow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns scored windows into alerts, one per story: a series alerts when its score, article count and
 * source count all reach their thresholds and no single publisher wrote most of its articles; it then stays quiet (hysteresis) until its score falls below
 * the re-arm threshold, and a new alert also waits out the cooldown after the last one. While the story
 * is live, an escalation is raised each time its count grows by the escalation factor.
 *
 * <p>Each window is judged once, in window order, when the watermark passes its end: by then every
 * on-time article of it has been counted, whatever order parallel upstream tasks delivered the rows in. A
 * later correction updates the row in the table; it does not re-alert. A series silent for longer than
 * the cooldown has its state dropped (it is armed again by default).
 */
public class SpikeDetector extends KeyedProcessFunction<String, TrendWindow, TrendAlert> {
    private static final long serialVersionUID = 1L;

    private final AlertRules rules;
    private transient ValueState<AlertState> state;
    /** The newest version of each window not judged yet, by window end. */
    private transient MapState<Long, TrendWindow> waiting;
    private transient Counter alerts;
    private transient Counter escalations;

    public SpikeDetector(AlertRules rules) {
        this.rules = rules;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("alert-state", AlertState.class));
        waiting = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("waiting", Types.LONG, TypeInformation.of(TrendWindow.class)));
        alerts = getRuntimeContext().getMetricGroup().counter("alerts");
        escalations = getRuntimeContext().getMetricGroup().counter("alertEscalations");
    }

    @Override
    public void processElement(TrendWindow w, Context ctx, Collector<TrendAlert> out) throws Exception {
        long end = w.windowEnd.toEpochMilli();
        AlertState s = state.value();
        if (s != null && end <= s.lastJudgedEnd) {
            return; // a correction of a window already judged
        }
        waiting.put(end, w);
        ctx.timerService().registerEventTimeTimer(end - 1);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrendAlert> out) throws Exception {
        List<Long> due = new ArrayList<>();
        for (Long end : waiting.keys()) {
            if (end - 1 <= timestamp) {
                due.add(end);
            }
        }
        Collections.sort(due);
        AlertState s = state.value();
        for (Long end : due) {
            if (s == null) {
                s = new AlertState();
            }
            judge(waiting.get(end), s, out);
            waiting.remove(end);
        }
        if (!due.isEmpty()) {
            state.update(s);
            // forget a series that stays quiet for a cooldown (timers at the same time coalesce)
            ctx.timerService().registerEventTimeTimer(s.lastJudgedEnd + rules.cooldownMillis);
        } else if (s != null && waiting.isEmpty() && s.lastJudgedEnd + rules.cooldownMillis <= timestamp) {
            state.clear();
        }
    }

    private void judge(TrendWindow w, AlertState s, Collector<TrendAlert> out) {
        long end = w.windowEnd.toEpochMilli();
        s.lastJudgedEnd = end;
        if (w.score == null) {
            return;
        }
        if (s.armed) {
            boolean cooled = s.lastAlertEnd == 0 || end - s.lastAlertEnd >= rules.cooldownMillis;
            if (cooled && w.score >= rules.threshold && rules.broadEnough(w.articleCount, w.sourceCount, w.topSourceArticles)) {
                out.collect(alert(w, "new", w.topic + "|" + w.geo + "|" + w.windowEnd));
                alerts.inc();
                s.armed = false;
                s.lastAlertEnd = end;
                s.lastAlertCount = w.articleCount;
            }
        } else if (w.score < rules.rearmThreshold) {
            s.armed = true;
        } else if (w.articleCount >= Math.ceil(s.lastAlertCount * rules.escalationFactor)
                && rules.broadEnough(w.articleCount, w.sourceCount, w.topSourceArticles)) {
            out.collect(alert(w, "escalation", w.topic + "|" + w.geo + "|" + w.windowEnd + "|escalation"));
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
