package io.newspulse.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Sends articles on and rejections to a side output, counting both (rejections per reason). */
public class IngestRouter extends ProcessFunction<IngestResult, Article> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};

    private transient Counter accepted;
    private transient Map<String, Counter> rejectedByReason;

    @Override
    public void open(OpenContext openContext) {
        accepted = getRuntimeContext().getMetricGroup().counter("articlesAccepted");
        rejectedByReason = new HashMap<>();
    }

    @Override
    public void processElement(IngestResult r, Context ctx, Collector<Article> out) {
        if (r.isRejected()) {
            rejectedByReason.computeIfAbsent(r.rejection.reason,
                    reason -> getRuntimeContext().getMetricGroup().addGroup("reason", reason).counter("articlesRejected"))
                    .inc();
            ctx.output(REJECTED, r.rejection);
        } else {
            accepted.inc();
            out.collect(r.article);
        }
    }
}
