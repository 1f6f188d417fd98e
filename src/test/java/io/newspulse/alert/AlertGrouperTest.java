package io.newspulse.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class AlertGrouperTest {
    private static final long HOUR = 3_600_000L;

    private static TrendAlert alert(String geo, long endHour, long count) {
        TrendAlert a = new TrendAlert();
        a.topic = "trade";
        a.geo = geo;
        a.windowEnd = Instant.ofEpochMilli(endHour * HOUR);
        a.alertId = "trade|" + geo + "|" + a.windowEnd;
        a.severity = "new";
        a.articleCount = count;
        return a;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TrendAlert, TrendAlert> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new AlertGrouper(24 * HOUR)), new AlertTopicKey(), Types.STRING);
    }

    @Test
    void aBilateralStoryIsOneAlertNotThree() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendAlert, TrendAlert> h = harness()) {
            h.open();
            h.processElement(new StreamRecord<>(alert("US", 5, 14)));
            h.processElement(new StreamRecord<>(alert("CN-US", 5, 12)));
            h.processElement(new StreamRecord<>(alert("CN", 5, 13)));
            h.processElement(new StreamRecord<>(alert("JP", 5, 9)));    // another story
            h.processWatermark(new Watermark(5 * HOUR));
            h.processElement(new StreamRecord<>(alert("CN", 8, 20)));   // covered by the pair's cooldown
            h.processWatermark(new Watermark(8 * HOUR));
            assertThat(h.extractOutputValues()).extracting(a -> a.geo).containsExactlyInAnyOrder("CN-US", "JP");
        }
    }

    @Test
    void aCountryStoryLargerThanThePairStillAlerts() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendAlert, TrendAlert> h = harness()) {
            h.open();
            h.processElement(new StreamRecord<>(alert("CN-US", 5, 6)));
            h.processElement(new StreamRecord<>(alert("US", 5, 40)));
            h.processWatermark(new Watermark(5 * HOUR));
            assertThat(h.extractOutputValues()).extracting(a -> a.geo).containsExactlyInAnyOrder("CN-US", "US");
        }
    }
}
