package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One bucket of the MinHash band index: the articles of the last {@code horizon} that share this band. A
 * probe is answered with the earliest article in the bucket whose signature is at least {@code minSimilarity}
 * alike (its original), then joins the bucket. Entries leave by event-time timer when the horizon passes.
 */
public class NearDuplicateIndex extends KeyedProcessFunction<String, BandProbe, DuplicateVerdict> {
    private static final long serialVersionUID = 1L;

    private final long horizonMillis;
    private final double minSimilarity;
    private transient ListState<BandProbe> bucket;

    public NearDuplicateIndex(long horizonMillis, double minSimilarity) {
        this.horizonMillis = horizonMillis;
        this.minSimilarity = minSimilarity;
    }

    @Override
    public void open(OpenContext openContext) {
        bucket = getRuntimeContext().getListState(new ListStateDescriptor<>("bucket", BandProbe.class));
    }

    @Override
    public void processElement(BandProbe probe, Context ctx, Collector<DuplicateVerdict> out) throws Exception {
        BandProbe original = null;
        for (BandProbe e : bucket.get()) {
            if (!e.articleId.equals(probe.articleId) && MinHash.similarity(e.signature, probe.signature) >= minSimilarity
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
