package io.newspulse.trend;

import io.newspulse.ingest.Rejection;
import java.time.Instant;
import io.newspulse.ingest.RejectReason;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/**
 * Turns a mention that arrived after all its windows closed (and their allowed lateness passed) into a
 * {@code too_late} rejection. One article yields one row: the id is the article's, and replays or the
 * article's other series write the same id again.
 */
public class TooLateRejection extends RichMapFunction<TrendMention, Rejection> {
    private static final long serialVersionUID = 1L;
    private transient Counter rejected;

    @Override
    public void open(OpenContext openContext) {
        rejected = getRuntimeContext().getMetricGroup().addGroup("reason", RejectReason.TOO_LATE.code())
                .counter("articlesRejected");
    }

    @Override
    public Rejection map(TrendMention m) {
        rejected.inc();
        return Rejection.tooLate(m.articleId, m.headline,
                "published " + Instant.ofEpochMilli(m.eventTimeMillis) + ", after its windows closed", "window");
    }
}
