package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One bucket of the MinHash band index: the originals of the last {@code horizon} that share this band. A
 * probe is answered with the earliest original in the bucket, published before it and less than {@code horizon}
 * before it, whose signature is at least {@code minSimilarity} alike; a probe with none is an original itself and
 * joins the bucket. Copies do not join: a story syndicated a thousand times keeps one entry, so each copy costs one
 * comparison rather than one per earlier copy. At most {@code maxEntries} originals stay (the oldest leave first),
 * which bounds the work per article when unrelated articles crowd one band (templated spam).
 *
 * <p>Probes are answered in event-time order, once the watermark has passed them (one already behind it, at once:
 * the probes before it are answered): copies of one story reach a bucket through parallel channels in any order, and
 * answering them as they come would sometimes make a copy the original. An article that was already late when it
 * entered the job ({@link io.newspulse.ingest.Article#late}) is the exception: whether it reaches
 * the bucket before or after the watermark passes it here depends on how parallel channels interleave, so, to give
 * the same verdicts on every run, it is answered against the earlier originals only and never joins the bucket (the
 * later articles were, or may have been, answered without it). Entries stay until the horizon and the allowed
 * lateness have passed, so a late probe finds what an on-time one would have found.
 */
public class NearDuplicateIndex extends KeyedProcessFunction<String, BandProbe, DuplicateVerdict> {
    private static final long serialVersionUID = 1L;
    private static final Comparator<BandProbe> EVENT_ORDER =
            Comparator.comparingLong((BandProbe p) -> p.eventTimeMillis).thenComparing(p -> p.articleId);

    private final long horizonMillis;
    private final long allowedLatenessMillis;
    private final double minSimilarity;
    private final int maxEntries;
    private transient ListState<BandProbe> bucket;
    private transient ListState<BandProbe> waiting;

    public NearDuplicateIndex(long horizonMillis, long allowedLatenessMillis, double minSimilarity, int maxEntries) {
        this.horizonMillis = horizonMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
        this.minSimilarity = minSimilarity;
        this.maxEntries = maxEntries;
    }

    @Override
    public void open(OpenContext openContext) {
        bucket = getRuntimeContext().getListState(new ListStateDescriptor<>("bucket", BandProbe.class));
        waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", BandProbe.class));
    }

    @Override
    public void processElement(BandProbe probe, Context ctx, Collector<DuplicateVerdict> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        if (probe.eventTimeMillis <= watermark) {
            // behind the watermark already (a late article): answered now rather than at the next watermark, so that
            // the article goes on behind the watermark it was judged against (IngestRouter), not a later one
            answer(List.of(probe), watermark, ctx.timerService(), out);
            return;
        }
        waiting.add(probe);
        ctx.timerService().registerEventTimeTimer(probe.eventTimeMillis);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicateVerdict> out) throws Exception {
        List<BandProbe> due = new ArrayList<>();
        List<BandProbe> later = new ArrayList<>();
        for (BandProbe p : waiting.get()) {
            (p.eventTimeMillis <= timestamp ? due : later).add(p);
        }
        waiting.update(later);
        due.sort(EVENT_ORDER);
        answer(due, timestamp, ctx.timerService(), out);
    }

    /** Answers the {@code due} probes, in event-time order, with the bucket as it is at {@code timestamp}. */
    private void answer(List<BandProbe> due, long timestamp, TimerService timers, Collector<DuplicateVerdict> out)
            throws Exception {

        // by the timer's time, not the watermark: at the end of a bounded input the watermark jumps to the end of time,
        // and the probes still waiting must find the entries they would have found on the way
        List<BandProbe> kept = new ArrayList<>();
        for (BandProbe e : bucket.get()) {
            if (e.eventTimeMillis + horizonMillis + allowedLatenessMillis > timestamp) {
                kept.add(e);
            }
        }
        for (BandProbe probe : due) {
            BandProbe original = null;
            for (BandProbe e : kept) {
                if (EVENT_ORDER.compare(e, probe) < 0 && e.eventTimeMillis + horizonMillis > probe.eventTimeMillis
                        && !e.articleId.equals(probe.articleId)
                        && MinHash.similarity(e.signature, probe.signature) >= minSimilarity
                        && (original == null || EVENT_ORDER.compare(e, original) < 0)) {
                    original = e;
                }
            }
            if (original == null) {
                out.collect(new DuplicateVerdict(probe.articleId, null, 0));
                if (!probe.late) {
                    kept.add(probe);
                    timers.registerEventTimeTimer(probe.eventTimeMillis + horizonMillis + allowedLatenessMillis);
                }
            } else {
                out.collect(new DuplicateVerdict(probe.articleId, original.articleId, original.eventTimeMillis));
            }
        }
        if (kept.size() > maxEntries) {
            kept.sort(EVENT_ORDER);
            kept = new ArrayList<>(kept.subList(kept.size() - maxEntries, kept.size()));
        }
        if (kept.isEmpty()) {
            bucket.clear();
        } else {
            bucket.update(kept);
        }
    }
}
