package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class TrendScorerHarnessTest {
    private static final long HOUR = 3_600_000L;
    private static final long LATENESS = 3 * HOUR;

    private static TrendWindow window(String geo, long endHour, long count) {
        TrendWindow w = new TrendWindow();
        w.topic = "trade";
        w.geo = geo;
        w.windowEnd = Instant.ofEpochMilli(endHour * HOUR);
        w.windowStart = w.windowEnd.minusSeconds(6 * 3600);
        w.articleCount = count;
        w.sourceCount = (int) count;
        w.totalArticles = 100;
        w.share = count / 100.0;
        w.feedWindow = endHour;
        return w;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TrendScorer(HOUR, LATENESS, 24 * HOUR, 1.0, 10)), new TrendWindowKey(), Types.STRING);
    }

    /** The last row emitted per series and window: what the upsert leaves in the table. */
    private static Map<String, TrendWindow> table(List<TrendWindow> emitted) {
        Map<String, TrendWindow> t = new LinkedHashMap<>();
        emitted.forEach(w -> t.put(w.seriesKey() + "@" + w.windowEnd, w));
        return t;
    }

    @Test
    void keepsOneHistoryPerSeriesAndScoresASpike() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 300; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, 2)));
                h.processElement(new StreamRecord<>(window("JP", i, 20)));
                h.processWatermark(new Watermark(i * HOUR));
            }
            h.processElement(new StreamRecord<>(window("CN-US", 301, 20)));
            h.processElement(new StreamRecord<>(window("JP", 301, 20)));

            Map<String, TrendWindow> t = table(h.extractOutputValues());
            TrendWindow us = t.get("trade|CN-US@" + Instant.ofEpochMilli(301 * HOUR));
            TrendWindow jp = t.get("trade|JP@" + Instant.ofEpochMilli(301 * HOUR));
            assertThat(us.score).isGreaterThan(5);
            assertThat(us.baseline).as("baseline share").isBetween(0.015, 0.025);
            assertThat(jp.score).isBetween(-0.5, 0.5);
            assertThat(t.get("trade|JP@" + Instant.ofEpochMilli(HOUR)).score).as("no score before trend.min-history").isNull();
        }
    }

    @Test
    void lateCorrectionsLeaveTheSameTableAsOnTimeArrival() throws Exception {
        List<TrendWindow> onTime;
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 40; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, i == 30 || i == 31 ? 9 : 2)));
                h.processWatermark(new Watermark(i * HOUR));
            }
            onTime = new ArrayList<>(h.extractOutputValues());
        }
        List<TrendWindow> late;
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 40; i++) {
                // windows 30 and 31 first fire with part of their articles, the rest arrives two hours late
                h.processElement(new StreamRecord<>(window("CN-US", i, i == 30 || i == 31 ? 4 : 2)));
                if (i == 33) {
                    h.processElement(new StreamRecord<>(window("CN-US", 30, 9)));
                    h.processElement(new StreamRecord<>(window("CN-US", 31, 9)));
                }
                h.processWatermark(new Watermark(i * HOUR));
            }
            late = new ArrayList<>(h.extractOutputValues());
            assertThat(h.numKeyedStateEntries()).as("final windows leave the open set").isLessThanOrEqualTo(1 + 1 + 3);
        }
        assertThat(late.size()).isGreaterThan(onTime.size());
        assertThat(table(late)).isEqualTo(table(onTime));
    }

    /**
     * A window's headline words are first chosen against the history settled when it fires, and checked again when
     * it is final; the table must end with the final choice. "tariff" heads every window: as the history learns it,
     * it stops setting later windows apart (with a one-hour half-life, five windows learned put it at 97 %).
     */
    @Test
    void headlineWordsInTheTableAreThoseOfTheFinalHistory() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TrendScorer(HOUR, LATENESS, HOUR, 1.0, 10)), new TrendWindowKey(), Types.STRING)) {
            h.open();
            for (int i = 1; i <= 12; i++) {
                TrendWindow w = window("US", i, 5);
                w.termCounts.put("tariff", 5);
                h.processElement(new StreamRecord<>(w));
                h.processWatermark(new Watermark(i * HOUR));
            }
            Map<String, TrendWindow> t = table(h.extractOutputValues());
            assertThat(t.get("trade|US@" + Instant.ofEpochMilli(HOUR)).topTerms).containsExactly("tariff");
            for (int i = 6; i <= 9; i++) { // final by the last watermark, and long past the word's novelty
                assertThat(t.get("trade|US@" + Instant.ofEpochMilli(i * HOUR)).topTerms).as("window %d", i).isEmpty();
            }
        }
    }

    @Test
    void historySurvivesASnapshotAndRestore() throws Exception {
        OperatorSubtaskState snapshot;
        List<TrendWindow> uninterrupted;
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 31; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, 3 + i % 2)));
                h.processWatermark(new Watermark(i * HOUR));
            }
            uninterrupted = h.extractOutputValues();
        }
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> h = harness()) {
            h.open();
            for (int i = 1; i <= 30; i++) {
                h.processElement(new StreamRecord<>(window("CN-US", i, 3 + i % 2)));
                h.processWatermark(new Watermark(i * HOUR));
            }
            snapshot = h.snapshot(1, 1);
        }
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendWindow> restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(new StreamRecord<>(window("CN-US", 31, 3 + 31 % 2)));
            TrendWindow w = restored.extractOutputValues().get(0);
            assertThat(w).isEqualTo(uninterrupted.get(uninterrupted.size() - 1));
            assertThat(w.score).isNotNull();
        }
    }
}
