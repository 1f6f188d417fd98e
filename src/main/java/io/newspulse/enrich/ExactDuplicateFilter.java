package io.newspulse.enrich;

import io.newspulse.ingest.Article;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes the first copy of each article id and drops later ones within the horizon (a re-fetched or
 * re-sent article is one article). The memory of an id is cleared by an event-time timer, so a replay of
 * history forgets exactly as the live run did. Near-duplicates under other URLs are a later stage's job.
 */
public class ExactDuplicateFilter extends KeyedProcessFunction<String, Article, Article> {
    private static final long serialVersionUID = 1L;

    private final long horizonMillis;
    private transient ValueState<Long> forgetAt;
    private transient Counter duplicates;

    public ExactDuplicateFilter(long horizonMillis) {
        this.horizonMillis = horizonMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        forgetAt = getRuntimeContext().getState(new ValueStateDescriptor<>("forgetAt", Long.class));
        duplicates = getRuntimeContext().getMetricGroup().counter("articlesDuplicate");
    }

    @Override
    public void processElement(Article a, Context ctx, Collector<Article> out) throws Exception {
        if (forgetAt.value() != null) {
            duplicates.inc();
            return;
        }
        long at = a.eventTime.toEpochMilli() + horizonMillis;
        forgetAt.update(at);
        ctx.timerService().registerEventTimeTimer(at);
        out.collect(a);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Article> out) throws Exception {
        forgetAt.clear();
    }
}
