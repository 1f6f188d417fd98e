package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.junit.jupiter.api.Test;

class TrendScorerHarnessTest {
    private static final long HOUR = 3_600_000L;

    private static TrendWindow window(String geo, long endHour, long count) {
        TrendWindow w = new TrendWindow();
        w.topic = "trade";
        w.geo = geo;
        w.windowEnd = Instant.ofEpochMilli(endHour * HOUR);
        w.windowStart = w.windowEnd.minusSeconds(6 * 3600);
        w.articleCount = count;
        w.sourceCount = (int) count;
        return w;
    }

    @Test
    void keepsOneBaselinePerSeriesAndScoresASpike() throws Exception {
        TrendScorer scorer = new TrendScorer(HOUR, 24 * HOUR, 1.0, 10);
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(scorer), new TrendWindowKey(), Types.STRING)) {
            h.open();
            for (int i = 1; i <= 300; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, 2)));
                h.processElement(new StreamRecord<>(window("JP", i, 20)));
            }
            h.processElement(new StreamRecord<>(window("CN-US", 301, 20)));
            h.processElement(new StreamRecord<>(window("JP", 301, 20)));

            List<TrendWindow> out = h.extractOutputValues();
            assertThat(h.numKeyedStateEntries()).isEqualTo(2);
            List<TrendWindow> last = out.stream().filter(w -> w.windowEnd.equals(Instant.ofEpochMilli(301 * HOUR)))
                    .collect(Collectors.toList());
            TrendWindow us = last.stream().filter(w -> w.geo.equals("CN-US")).findFirst().orElseThrow();
            TrendWindow jp = last.stream().filter(w -> w.geo.equals("JP")).findFirst().orElseThrow();
            assertThat(us.score).isGreaterThan(5);
            assertThat(us.baseline).isBetween(1.5, 2.5);
            assertThat(jp.score).isBetween(-0.5, 0.5);
            assertThat(out.get(0).score).as("no score before trend.min-history").isNull();
        }
    }

    @Test
    void baselineSurvivesASnapshotAndRestore() throws Exception {
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState snapshot;
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 30; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, 3)));
            }
            snapshot = h.snapshot(1, 1);
        }
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(new StreamRecord<>(window("CN-US", 31, 3)));
            TrendWindow w = restored.extractOutputValues().get(0);

            TrendBaseline uninterrupted = new TrendBaseline();
            double alpha = TrendBaseline.alphaFor(24);
            for (int i = 1; i <= 30; i++) {
                uninterrupted.advanceTo(i * HOUR, HOUR, alpha, 1000);
                uninterrupted.update(3, alpha);
            }
            assertThat(w.baseline).isEqualTo(uninterrupted.mean).isGreaterThan(1.0);
            assertThat(w.score).isNotNull();
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TrendScorer(HOUR, 24 * HOUR, 1.0, 10)), new TrendWindowKey(), Types.STRING);
    }
}
