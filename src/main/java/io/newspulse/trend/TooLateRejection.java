package io.newspulse.trend;

import io.newspulse.ingest.Rejection;
import java.time.Instant;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Turns a mention that arrived after all its windows closed (and their allowed lateness passed) into a
 * {@code too_late} rejection. One article yields one row: the id is the article's, and replays or the
 * article's other series write the same id again.
 */
public class TooLateRejection implements MapFunction<TrendMention, Rejection> {
    private static final long serialVersionUID = 1L;

    @Override
    public Rejection map(TrendMention m) {
        return Rejection.tooLate(m.articleId, m.headline,
                "published " + Instant.ofEpochMilli(m.eventTimeMillis) + ", after its windows closed", "window");
    }
}
