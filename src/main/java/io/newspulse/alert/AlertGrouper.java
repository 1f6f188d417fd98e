package io.newspulse.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One alert per story across series of a topic: a bilateral story ("US–China trade") also lifts each
 * country's own series, and three alerts for it would be a storm. Alerts of a topic are held until the
 * watermark passes their window; then an alert for a single country is folded into an alert for a pair
 * containing it, when the pair's count explains at least half of the country's, and for the cooldown
 * after such a pair alert. Folded alerts are counted ({@code alertsFolded}), not written.
 */
public class AlertGrouper extends KeyedProcessFunction<String, TrendAlert, TrendAlert> {
    private static final long serialVersionUID = 1L;
    static final double EXPLAINED_SHARE = 0.5;

    private final long cooldownMillis;
    private transient MapState<String, TrendAlert> held;
    /** Country → until when alerts of its own series are folded into the pair alert that covered it. */
    private transient MapState<String, Long> coveredUntil;
    private transient Counter folded;

    public AlertGrouper(long cooldownMillis) {
        this.cooldownMillis = cooldownMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        held = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("held", Types.STRING, TypeInformation.of(TrendAlert.class)));
        coveredUntil = getRuntimeContext().getMapState(new MapStateDescriptor<>("covered-until", Types.STRING, Types.LONG));
        folded = getRuntimeContext().getMetricGroup().counter("alertsFolded");
    }

    @Override
    public void processElement(TrendAlert a, Context ctx, Collector<TrendAlert> out) throws Exception {
        held.put(a.alertId, a);
        ctx.timerService().registerEventTimeTimer(a.windowEnd.toEpochMilli() - 1);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrendAlert> out) throws Exception {
        List<TrendAlert> due = new ArrayList<>();
        for (Map.Entry<String, TrendAlert> e : held.entries()) {
            if (e.getValue().windowEnd.toEpochMilli() - 1 <= timestamp) {
                due.add(e.getValue());
            }
        }
        due.sort((x, y) -> x.alertId.compareTo(y.alertId));
        List<TrendAlert> pairs = new ArrayList<>();
        for (TrendAlert a : due) {
            if (isPair(a.geo)) {
                pairs.add(a);
                out.collect(a);
                for (String country : a.geo.split("-")) {
                    long until = a.windowEnd.toEpochMilli() + cooldownMillis;
                    Long current = coveredUntil.get(country);
                    coveredUntil.put(country, current == null ? until : Math.max(current, until));
                }
            }
        }
        for (TrendAlert a : due) {
            if (!isPair(a.geo)) {
                if (explainedByPair(a, pairs) || isCovered(a)) {
                    folded.inc();
                } else {
                    out.collect(a);
                }
            }
            held.remove(a.alertId);
        }
        forgetExpired(timestamp);
    }

    private static boolean explainedByPair(TrendAlert single, List<TrendAlert> pairs) {
        for (TrendAlert p : pairs) {
            if (p.severity.equals(single.severity) && containsCountry(p.geo, single.geo)
                    && p.articleCount >= EXPLAINED_SHARE * single.articleCount) {
                return true;
            }
        }
        return false;
    }

    private boolean isCovered(TrendAlert single) throws Exception {
        Long until = coveredUntil.get(single.geo);
        return until != null && single.windowEnd.toEpochMilli() <= until;
    }

    private void forgetExpired(long now) throws Exception {
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, Long> e : coveredUntil.entries()) {
            if (e.getValue() < now) {
                expired.add(e.getKey());
            }
        }
        for (String k : expired) {
            coveredUntil.remove(k);
        }
    }

    static boolean isPair(String geo) {
        return geo.indexOf('-') > 0;
    }

    static boolean containsCountry(String pair, String country) {
        int dash = pair.indexOf('-');
        return pair.substring(0, dash).equals(country) || pair.substring(dash + 1).equals(country);
    }
}
