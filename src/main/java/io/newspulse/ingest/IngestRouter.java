package io.newspulse.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends articles on and rejections to a side output, counting both (rejections per reason), and measures
 * the intake: pages extracted and how long extraction took, articles behind the watermark, event-time
 * position and lag (metrics listed in the README). Also rejects
 * articles that are too late for every window they belong to: decided here, right behind the source in
 * the same task, against the watermark of the records read before them, so the same input is judged the
 * same way on every run (further downstream the watermark depends on how parallel channels interleave).
 */
public class IngestRouter extends ProcessFunction<IngestResult, Article> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};

    private final long windowSizeMillis;
    private final long windowSlideMillis;
    private final long allowedLatenessMillis;

    public IngestRouter(long windowSizeMillis, long windowSlideMillis, long allowedLatenessMillis) {
        this.windowSizeMillis = windowSizeMillis;
        this.windowSlideMillis = windowSlideMillis;
        this.allowedLatenessMillis = allowedLatenessMillis;
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
        } else if (isTooLate(r.article.eventTime.toEpochMilli(), watermark)) {
            reject(tooLate(r.article, watermark), ctx);
        } else {
            accepted.inc();
            if (r.extractionNanos > 0) {
                extracted.inc();
            }
            r.article.late = r.article.eventTime.toEpochMilli() <= watermark;
            if (r.article.late) {
                late.inc();
            }
            out.collect(r.article);
        }
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

    static Rejection tooLate(Article a, long watermark) {
        return Rejection.tooLate(a.id, a.title,
                a.eventTimeBasis + " " + a.eventTime + ", but event time had reached " + Instant.ofEpochMilli(watermark),
                "watermark");
    }
}
