package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One bucket of the SimHash band index: the articles of the last {@code horizon} whose hash has this
 * band value. A probe is answered with the earliest article in the bucket within {@code maxDistance} bits
 * (its original), then joins the bucket. Entries leave by event-time timer when the horizon passes.
 */
public class NearDuplicateIndex extends KeyedProcessFunction<String, BandProbe, DuplicateVerdict> {
    private static final long serialVersionUID = 1L;

    private final long horizonMillis;
    private final int maxDistance;
    private transient ListState<BandProbe> bucket;

    public NearDuplicateIndex(long horizonMillis, int maxDistance) {
        this.horizonMillis = horizonMillis;
        this.maxDistance = maxDistance;
    }

    @Override
    public void open(OpenContext openContext) {
        bucket = getRuntimeContext().getListState(new ListStateDescriptor<>("bucket", BandProbe.class));
    }

    @Override
    public void processElement(BandProbe probe, Context ctx, Collector<DuplicateVerdict> out) throws Exception {
        BandProbe original = null;
        for (BandProbe e : bucket.get()) {
            if (!e.articleId.equals(probe.articleId) && SimHash.distance(e.simhash, probe.simhash) <= maxDistance
                    && (original == null || isEarlier(e, original))) {
                original = e;
            }
        }
        if (original != null && isEarlier(probe, original)) {
            original = null; // the probe itself is older: it is the original, whatever arrived first
        }
        out.collect(original == null
                ? new DuplicateVerdict(probe.articleId, null, 0)
                : new DuplicateVerdict(probe.articleId, original.articleId, original.eventTimeMillis));
        bucket.add(probe);
        ctx.timerService().registerEventTimeTimer(probe.eventTimeMillis + horizonMillis);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicateVerdict> out) throws Exception {
        List<BandProbe> kept = new ArrayList<>();
        for (BandProbe e : bucket.get()) {
            if (e.eventTimeMillis + horizonMillis > timestamp) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            bucket.clear();
        } else {
            bucket.update(kept);
        }
    }

    private static boolean isEarlier(BandProbe a, BandProbe b) {
        return a.eventTimeMillis != b.eventTimeMillis ? a.eventTimeMillis < b.eventTimeMillis : a.articleId.compareTo(b.articleId) < 0;
    }
}
