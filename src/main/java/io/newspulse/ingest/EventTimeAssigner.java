package io.newspulse.ingest;

import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssigner;

/**
 * Event time is the article's published time (else fetch time, else the record's time: see
 * {@link Article#eventTimeBasis}). Rejections carry no event time, so they never move the watermark.
 */
public class EventTimeAssigner implements SerializableTimestampAssigner<IngestResult> {
    private static final long serialVersionUID = 1L;

    @Override
    public long extractTimestamp(IngestResult r, long recordTimestamp) {
        return r.isRejected() ? TimestampAssigner.NO_TIMESTAMP : r.article.eventTime.toEpochMilli();
    }
}
