package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ShareJoinerTest {
    private static final long HOUR = 3_600_000L;

    private static TrendWindow row(String geo, long count) {
        TrendWindow w = new TrendWindow();
        w.topic = "trade";
        w.geo = geo;
        w.windowEnd = Instant.ofEpochMilli(10 * HOUR);
        w.windowStart = w.windowEnd.minusSeconds(6 * 3600);
        w.articleCount = count;
        return w;
    }

    @Test
    void rowsWaitForTheirTotalAndFollowItsCorrections() throws Exception {
        try (KeyedTwoInputStreamOperatorTestHarness<Long, TrendWindow, WindowTotal, TrendWindow> h =
                new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(new ShareJoiner(2 * HOUR)),
                        new WindowEndKey.OfRow(), new WindowEndKey.OfTotal(), Types.LONG)) {
            h.open();
            h.processElement1(new StreamRecord<>(row("CN-US", 5)));
            assertThat(h.extractOutputValues()).isEmpty();

            h.processElement2(new StreamRecord<>(new WindowTotal(10 * HOUR, 50, 7)));
            h.processElement1(new StreamRecord<>(row("JP", 10)));
            assertThat(h.extractOutputValues()).extracting(w -> w.geo + " " + w.share + " " + w.feedWindow)
                    .containsExactly("CN-US 0.1 7", "JP 0.2 7");

            // a late article raises the total: every row of the window is sent again
            h.processElement2(new StreamRecord<>(new WindowTotal(10 * HOUR, 100, 7)));
            assertThat(h.extractOutputValues()).hasSize(4);
            assertThat(h.extractOutputValues().subList(2, 4)).extracting(w -> w.share).containsExactlyInAnyOrder(0.05, 0.1);

            h.processBothWatermarks(new Watermark(12 * HOUR));
            assertThat(h.numKeyedStateEntries()).as("state dropped once the window is final").isZero();
        }
    }
}
