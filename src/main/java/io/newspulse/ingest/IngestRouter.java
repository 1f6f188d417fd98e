package io.newspulse.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends articles on and rejections to a side output, counting both (rejections per reason), and measures
 * the intake: pages extracted and how long extraction took, articles behind the watermark, event-time
 * position and lag (metrics listed in the README).
 *
 * <p>Judges each article's lateness here, right behind the source in the same task, against the later of the
 * watermark and its own split's watermark (Kafka partition, file: the newest event time read from the split before
 * it, less the out-of-orderness), and notes that time on the article ({@link Article#watermark}):
 * <ul>
 *   <li>an article too late for every window it belongs to is rejected;
 *   <li>one behind its split's watermark is marked {@link Article#late};
 *   <li>one whose first windows were final by then counts only in the later ones, wherever it is counted.
 * </ul>
 * The split's watermark depends only on the split's content, not on which task reads which split or how fast, and the
 * newest time per split is checkpointed: the same input is judged the same way on every run, at any parallelism and
 * after a restore. Further downstream the watermark depends on how parallel channels interleave, and decides nothing
 * more about a late article ({@code LateArticleRule}). Only an article whose split sat idle (or began) while the others
 * moved event time on is judged against the job's watermark, which depends on timing.
 */
public class IngestRouter extends ProcessFunction<IngestResult, Article> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};

    private final long windowSizeMillis;
    private final long windowSlideMillis;
    private final long allowedLatenessMillis;
    private final long outOfOrdernessMillis;

    /**
     * Splits remembered at most, the least recently read forgotten first: a folder of page files is a split per page,
     * and a forgotten split that was read to its end (a page, a finished file) has nothing more to judge.
     */
    static final int MAX_SPLITS = 4096;

    /** Newest event time read per split; union state, so that after rescaling every task knows every split. */
    private transient ListState<Tuple2<String, Long>> checkpointedProgress;
    private transient Map<String, Long> newestBySplit;

    public IngestRouter(long windowSizeMillis, long windowSlideMillis, long allowedLatenessMillis,
            long outOfOrdernessMillis) {
        this.windowSizeMillis = windowSizeMillis;
        this.windowSlideMillis = windowSlideMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
        this.outOfOrdernessMillis = outOfOrdernessMillis;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedProgress = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>("split-progress", Types.TUPLE(Types.STRING, Types.LONG)));
        newestBySplit = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > MAX_SPLITS;
            }
        };
        for (Tuple2<String, Long> p : checkpointedProgress.get()) {
            newestBySplit.merge(p.f0, p.f1, Math::max);
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        List<Tuple2<String, Long>> progress = new ArrayList<>(newestBySplit.size());
        newestBySplit.forEach((split, newest) -> progress.add(Tuple2.of(split, newest)));
        checkpointedProgress.update(progress);
    }

    private transient Counter received;
    private transient Counter accepted;
    private transient Counter extracted;
    private transient Counter late;
    private transient Histogram extractionMicros;
    private transient Map<String, Counter> rejectedByReason;
    private transient long watermark;

    @Override
    public void open(OpenContext openContext) {
        MetricGroup metrics = getRuntimeContext().getMetricGroup();
        received = metrics.counter("articlesIn");
        accepted = metrics.counter("articlesAccepted");
        extracted = metrics.counter("articlesExtracted");
        late = metrics.counter("articlesLate");
        extractionMicros = metrics.histogram("extractionTimeMicros", new DescriptiveStatisticsHistogram(1000));
        rejectedByReason = new HashMap<>();
        watermark = Long.MIN_VALUE;
        metrics.gauge("eventTimeWatermark", (Gauge<Long>) () -> watermark == Long.MIN_VALUE ? -1L : watermark);
        metrics.gauge("watermarkLagMillis",
                (Gauge<Long>) () -> watermark == Long.MIN_VALUE ? -1L : System.currentTimeMillis() - watermark);
    }

    @Override
    public void processElement(IngestResult r, Context ctx, Collector<Article> out) {
        received.inc();
        watermark = ctx.timerService().currentWatermark();
        if (r.extractionNanos > 0) {
            extractionMicros.update(r.extractionNanos / 1000);
        }
        if (r.isRejected()) {
            reject(r.rejection, ctx);
            return;
        }
        long eventTime = r.article.eventTime.toEpochMilli();
        String split = r.split == null ? "" : r.split;
        Long newest = newestBySplit.get(split);
        // the split's own watermark: what its articles alone had moved event time to before this one
        long splitWatermark = newest == null ? Long.MIN_VALUE : newest - outOfOrdernessMillis - 1;
        long judgedAt = Math.max(watermark, splitWatermark);
        if (isTooLate(eventTime, judgedAt)) {
            reject(tooLate(r.article, judgedAt, splitWatermark > watermark ? split : null), ctx);
            return;
        }
        if (newest == null || eventTime > newest) {
            newestBySplit.put(split, eventTime);
        }
        accepted.inc();
        if (r.extractionNanos > 0) {
            extracted.inc();
        }
        r.article.late = eventTime <= splitWatermark;
        if (r.article.late) {
            late.inc();
        }
        r.article.watermark = judgedAt;
        out.collect(r.article);
    }

    /** True when even the last window holding {@code eventTime} has closed and its allowed lateness passed. */
    boolean isTooLate(long eventTime, long watermark) {
        long lastWindowEnd = Math.floorDiv(eventTime, windowSlideMillis) * windowSlideMillis + windowSizeMillis;
        return lastWindowEnd - 1 + allowedLatenessMillis <= watermark;
    }

    private void reject(Rejection rejection, Context ctx) {
        rejectedByReason.computeIfAbsent(rejection.reason,
                reason -> getRuntimeContext().getMetricGroup().addGroup("reason", reason).counter("articlesRejected"))
                .inc();
        ctx.output(REJECTED, rejection);
    }

    /** The rejection of {@code a}, judged at {@code judgedAt}: the watermark, or {@code split}'s own if not null. */
    static Rejection tooLate(Article a, long judgedAt, String split) {
        return Rejection.tooLate(a.id, a.title, a.eventTimeBasis + " " + a.eventTime + ", but event time had reached "
                + Instant.ofEpochMilli(judgedAt) + (split == null ? "" : " in " + split), "watermark");
    }
}
