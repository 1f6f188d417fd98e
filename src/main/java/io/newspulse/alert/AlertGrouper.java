package io.newspulse.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One alert per story across series of a topic: a bilateral story ("US–China trade") also lifts each
 * country's own series, and three alerts for it would be a storm. Alerts of a topic are held until the
 * watermark passes their window; then an alert for a single country is folded into an alert for a pair
 * containing it when the pair's count explains at least half of the country's, in the same window or
 * (allowing the story to grow) during the cooldown after the pair alert. Folded alerts are counted
 * ({@code alertsFolded}), not written.
 */
public class AlertGrouper extends KeyedProcessFunction<String, TrendAlert, TrendAlert> {
    private static final long serialVersionUID = 1L;
    static final double EXPLAINED_SHARE = 0.5;

    private final long cooldownMillis;
    private transient MapState<String, TrendAlert> held;
    /** Country → {until when, pair count}: the last pair alert that covered the country. */
    private transient MapState<String, long[]> coveredUntil;
    private transient Counter folded;
    private transient Counter raised;

    public AlertGrouper(long cooldownMillis) {
        this.cooldownMillis = cooldownMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        held = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("held", Types.STRING, TypeInformation.of(TrendAlert.class)));
        coveredUntil = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("covered-until", Types.STRING, PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
        folded = getRuntimeContext().getMetricGroup().counter("alertsFolded");
        raised = getRuntimeContext().getMetricGroup().counter("alertsRaised");
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
            }
        }
        for (TrendAlert a : due) {
            if (isPair(a.geo) || !(explainedByPair(a, pairs) || coveredByEarlierPair(a))) {
                raised.inc();
                out.collect(a);
            } else {
                folded.inc();
            }
            held.remove(a.alertId);
        }
        for (TrendAlert p : pairs) {
            for (String country : p.geo.split("-")) {
                coveredUntil.put(country, new long[] {p.windowEnd.toEpochMilli() + cooldownMillis, p.articleCount});
            }
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

    /**
     * Within the cooldown after a pair alert, a country's own alert is the same story if the pair could
     * explain it once grown by the escalation factor's worth (pair count × 2 ≥ half the country's count).
     */
    private boolean coveredByEarlierPair(TrendAlert single) throws Exception {
        long[] cover = coveredUntil.get(single.geo);
        return cover != null && single.windowEnd.toEpochMilli() <= cover[0]
                && 2 * cover[1] >= EXPLAINED_SHARE * single.articleCount;
    }

    private void forgetExpired(long now) throws Exception {
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, long[]> e : coveredUntil.entries()) {
            if (e.getValue()[0] < now) {
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
