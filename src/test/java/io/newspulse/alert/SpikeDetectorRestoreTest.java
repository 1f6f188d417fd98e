package io.newspulse.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.testing.SnapshotFiles;
import io.newspulse.trend.TrendWindow;
import io.newspulse.trend.TrendWindowKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OperatorSnapshotUtil;
import org.junit.jupiter.api.Test;

/**
 * The spike detector restored from a snapshot taken while rows wait to be judged and a story is live goes on as if it
 * had never stopped: the same alerts, at the same windows. One snapshot was written by the session-9 build, which kept
 * a Flink timer per waiting row (by {@link #writeSnapshot} with {@code NEWSPULSE_WRITE_SNAPSHOT=PATH}); one by this
 * build.
 */
class SpikeDetectorRestoreTest {
    private static final long HOUR = 3_600_000L;
    private static final AlertRules RULES = new AlertRules(3.0, 1.0, 5, 3, 24 * HOUR, 2.0, 0.5);
    private static final Path SESSION_9 = Path.of("src/test/resources/snapshots/spike-detector-session9.snapshot");
    private static final String[] GEOS = {"CN-US", "FR", "JP"};

    private static KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new SpikeDetector(RULES), new TrendWindowKey(), Types.STRING);
    }

    /** Window {@code hour} of series {@code g}: a story on CN-US from hour 3, doubling by hours 5 and 9; FR spikes once. */
    private static TrendWindow window(int g, int hour) {
        TrendWindow w = new TrendWindow();
        w.topic = "trade";
        w.geo = GEOS[g];
        w.windowEnd = Instant.ofEpochMilli(hour * HOUR);
        w.windowStart = w.windowEnd.minusSeconds(6 * 3600);
        long count = g == 0 && hour >= 3 ? 6L * (hour - 1) : g == 1 && hour == 7 ? 20 : 2;
        w.score = count > 10 ? 4.0 + hour : 0.5;
        w.articleCount = count;
        w.sourceCount = (int) Math.min(count, 8);
        w.topSourceArticles = (int) Math.ceil((double) count / w.sourceCount);
        w.topHeadlines.add(w.geo + " story " + hour);
        return w;
    }

    /** Rows of hours 1 to 6; the watermark only to hour 4, so the rows of hours 5 and 6 wait. */
    private static void firstPart(KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h) throws Exception {
        for (int hour = 1; hour <= 6; hour++) {
            for (int g = 0; g < GEOS.length; g++) {
                h.processElement(new StreamRecord<>(window(g, hour), hour * HOUR - 1));
            }
            if (hour <= 4) {
                h.processWatermark(new Watermark(hour * HOUR - 1));
            }
        }
    }

    /** Hours 7 to 12 with rows, then a day of quiet: the rows waiting are judged, and the series forgotten. */
    private static void secondPart(KeyedOneInputStreamOperatorTestHarness<String, TrendWindow, TrendAlert> h) throws Exception {
        for (int hour = 7; hour <= 12; hour++) {
            for (int g = 0; g < GEOS.length; g++) {
                h.processElement(new StreamRecord<>(window(g, hour), hour * HOUR - 1));
            }
            h.processWatermark(new Watermark(hour * HOUR - 1));
        }
        h.processWatermark(new Watermark(60 * HOUR));
    }

    private static List<String> alerts(List<TrendAlert> alerts) {
        List<String> ids = new ArrayList<>();
        alerts.forEach(a -> ids.add(a.alertId + " " + a.articleCount));
        return ids;
    }

    private static List<String> uninterrupted() throws Exception {
        try (var h = harness()) {
            h.open();
            firstPart(h);
            secondPart(h);
            return alerts(h.extractOutputValues());
        }
    }

    private static List<String> resumed(OperatorSubtaskState snapshot) throws Exception {
        try (var h = harness()) {
            h.initializeState(snapshot);
            h.open();
            h.processWatermark(new Watermark(6 * HOUR - 1));
            assertThat(alerts(h.extractOutputValues())).as("rows waiting at the snapshot, judged on the watermark alone")
                    .contains("trade|CN-US|1970-01-01T05:00:00Z|escalation 24");
            secondPart(h);
            assertThat(((SpikeDetector) h.getOperator()).seriesHeld()).as("quiet series forgotten").isZero();
            return alerts(h.extractOutputValues());
        }
    }

    @Test
    void aSnapshotOfThisBuildGoesOnAsIfNeverStopped() throws Exception {
        List<String> before;
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            firstPart(h);
            before = alerts(h.extractOutputValues());
            snapshot = h.snapshot(1, 1);
        }
        List<String> all = new ArrayList<>(before);
        all.addAll(resumed(snapshot));
        assertThat(before).as("an alert before the snapshot").isNotEmpty();
        assertThat(all).isEqualTo(uninterrupted()).hasSizeGreaterThan(before.size());
    }

    /** The session-9 build kept a Flink timer per waiting row: the rows are judged from the state alone. */
    @Test
    void aSnapshotOfTheSession9BuildGoesOnAsIfNeverStopped() throws Exception {
        List<String> expected = uninterrupted();
        List<String> before;
        try (var h = harness()) {
            h.open();
            firstPart(h);
            before = alerts(h.extractOutputValues());
        }
        List<String> all = new ArrayList<>(before);
        all.addAll(resumed(OperatorSnapshotUtil.readStateHandle(SESSION_9.toString())));
        assertThat(all).isEqualTo(expected);
    }

    /** Writes the snapshot of the first part to {@code NEWSPULSE_WRITE_SNAPSHOT=PATH} (skipped without it). */
    @Test
    void writeSnapshot() throws Exception {
        Path path = SnapshotFiles.requested();
        try (var h = harness()) {
            h.open();
            firstPart(h);
            SnapshotFiles.write(h.snapshot(1, 1), path);
        }
    }
}
