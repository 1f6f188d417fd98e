package io.newspulse.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.trend.TrendWindow;
import io.newspulse.trend.TrendWindowKey;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
    private static final long HOUR = 3_600_000L;
    private static final AlertRules RULES = new AlertRules(3.0, 1.0, 5, 3, 24 * HOUR, 2.0, 0.5);

    private static TrendWindow window(long endHour, double score, long count, int sources) {
        TrendWindow w = new TrendWindow();
        w.topic = "trade";
        w.geo = "CN-US";
        w.windowEnd = Instant.ofEpochMilli(endHour * HOUR);
        w.windowStart = w.windowEnd.minusSeconds(6 * 3600);
        w.score = score;
        w.articleCount = count;
        w.sourceCount = sources;
        w.topSourceArticles = (int) Math.ceil((double) count / sources);
        w.topHeadlines.add("US and China trade barbs " + endHour);
        return w;
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new SpikeDetector(RULES), new TrendWindowKey(), Types.STRING);
    }

    /** Feeds window {@code h} and moves event time past its end, as the upstream windows do. */
    private static void feed(KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h, TrendWindow w)
            throws Exception {
        h.processElement(new StreamRecord<>(w, w.windowEnd.toEpochMilli() - 1));
        h.processWatermark(new Watermark(w.windowEnd.toEpochMilli() - 1));
    }

    @Test
    void alertsOnceWhenTradeCoverageOfChinaSpikesAndStaysHigh() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            feed(h, window(1, 0.2, 1, 1));
            feed(h, window(2, 4.5, 12, 8));
            feed(h, window(3, 5.0, 15, 9));
            feed(h, window(4, 3.2, 16, 9));

            List<TrendAlert> alerts = h.extractOutputValues();
            assertThat(alerts).extracting(a -> a.alertId).containsExactly("trade|CN-US|1970-01-01T02:00:00Z");
            assertThat(alerts.get(0).severity).isEqualTo("new");
            assertThat(alerts.get(0).headline).isEqualTo("US and China trade barbs 2");
        }
    }

    @Test
    void needsEnoughArticlesAndSources() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            feed(h, window(1, 9.0, 4, 4));   // too few articles
            feed(h, window(2, 9.0, 30, 1));  // one publisher alone
            TrendWindow spam = window(3, 9.0, 30, 4);
            spam.topSourceArticles = 24;      // one prolific publisher and three others
            feed(h, spam);
            assertThat(h.extractOutputValues()).isEmpty();
        }
    }

    @Test
    void reArmsOnlyAfterTheScoreFellAndTheCooldownPassed() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            feed(h, window(1, 4.0, 10, 5));
            feed(h, window(2, 0.5, 3, 3));   // falls below the re-arm threshold
            feed(h, window(3, 4.0, 10, 5));  // armed, but within the 24 h cooldown
            feed(h, window(30, 4.0, 10, 5)); // a day later: a new story
            assertThat(h.extractOutputValues()).extracting(a -> a.windowEnd)
                    .containsExactly(Instant.ofEpochMilli(HOUR), Instant.ofEpochMilli(30 * HOUR));
        }
    }

    @Test
    void escalatesWhenALiveStoryDoubles() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            feed(h, window(1, 4.0, 10, 5));
            feed(h, window(2, 5.0, 19, 8));
            feed(h, window(3, 6.0, 20, 9));
            feed(h, window(4, 6.0, 39, 12));
            feed(h, window(5, 6.5, 40, 12));
            assertThat(h.extractOutputValues()).extracting(a -> a.severity + "@" + a.windowEnd.toEpochMilli() / HOUR)
                    .containsExactly("new@1", "escalation@3", "escalation@5");
        }
    }

    @Test
    void judgesWindowsInOrderOnceEventTimePassesThem() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            // parallel upstream tasks deliver window 3 before window 2; a later correction of 2 is ignored
            h.processElement(new StreamRecord<>(window(3, 4.0, 10, 5)));
            h.processElement(new StreamRecord<>(window(2, 4.5, 12, 6)));
            h.processWatermark(new Watermark(3 * HOUR - 1));
            h.processElement(new StreamRecord<>(window(2, 9.0, 30, 9)));
            h.processWatermark(new Watermark(4 * HOUR - 1));
            assertThat(h.extractOutputValues()).extracting(a -> a.windowEnd.toEpochMilli() / HOUR + ":" + a.articleCount)
                    .containsExactly("2:12");
        }
    }

    @Test
    void aQuietSeriesIsForgottenAfterTheCooldown() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h = harness()) {
            h.open();
            feed(h, window(1, 4.0, 10, 5));
            h.snapshot(1, 1); // keyed state is written at checkpoints
            assertThat(h.numKeyedStateEntries()).isGreaterThan(0);
            h.processWatermark(new Watermark(30 * HOUR));
            assertThat(((SpikeDetector) h.getOperator()).seriesHeld()).as("forgotten in memory").isZero();
            h.snapshot(2, 2);
            assertThat(h.numKeyedStateEntries()).as("and in state").isZero();
        }
    }
}
