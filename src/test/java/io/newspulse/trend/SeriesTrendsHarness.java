package io.newspulse.trend;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/** A test harness for {@link SeriesTrends}: mentions keyed by series, totals broadcast, watermarks on both inputs. */
class SeriesTrendsHarness extends KeyedTwoInputStreamOperatorTestHarness<String, TrendMention, WindowTotal, TrendWindow> {
    private long checkpointId;

    SeriesTrendsHarness(SeriesTrends operator, int maxParallelism, int parallelism, int subtask) throws Exception {
        super(operator, new SeriesKey(), null, Types.STRING, maxParallelism, parallelism, subtask);
    }

    SeriesTrendsHarness(SeriesTrends operator) throws Exception {
        this(operator, 1, 1, 0);
    }

    void processElement(TrendMention m, long timestamp) throws Exception {
        processElement1(m, timestamp);
    }

    void processBroadcastElement(WindowTotal t, long timestamp) throws Exception {
        processElement2(t, timestamp);
    }

    /** The watermark {@code t} on both inputs. */
    void watermark(long t) throws Exception {
        processBothWatermarks(new Watermark(t));
    }

    /** Takes a checkpoint, so keyed state holds what the operator has in memory. */
    void checkpoint() throws Exception {
        checkpointId++;
        snapshot(checkpointId, checkpointId);
    }
}
