package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressReporter reporter = new ProgressReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    private final UnregisteredMetricsGroup group = new UnregisteredMetricsGroup();

    private String printed() {
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    @Test
    void sumsSubtasksKeepsTotalsOfFinishedTasksAndStaysQuietWhenNothingMoves() {
        reporter.open(new MetricConfig());
        SimpleCounter in1 = new SimpleCounter();
        SimpleCounter in2 = new SimpleCounter();
        SimpleCounter rejected = new SimpleCounter();
        long[] watermark1 = {Instant.parse("2025-08-20T14:05:00Z").toEpochMilli()};
        long[] watermark2 = {-1};
        reporter.notifyOfAddedMetric(in1, "articlesIn", group);
        reporter.notifyOfAddedMetric(in2, "articlesIn", group);
        reporter.notifyOfAddedMetric(rejected, "articlesRejected", group);
        reporter.notifyOfAddedMetric(new SimpleCounter(), "numRecordsIn", group);
        Gauge<Long> gauge1 = () -> watermark1[0];
        Gauge<Long> gauge2 = () -> watermark2[0];
        reporter.notifyOfAddedMetric(gauge1, "eventTimeWatermark", group);
        reporter.notifyOfAddedMetric(gauge2, "eventTimeWatermark", group);

        reporter.report();
        assertThat(printed()).as("nothing read yet").isEmpty();

        in1.inc(1200);
        in2.inc(34);
        rejected.inc(5);
        reporter.report();
        assertThat(printed()).startsWith("newspulse: 1,234 articles read (")
                .contains("5 rejected", "event time 2025-08-20 14:05 UTC");

        reporter.report();
        assertThat(printed()).as("nothing moved").isEmpty();

        watermark2[0] = Instant.parse("2025-08-20T13:00:00Z").toEpochMilli();
        reporter.report();
        assertThat(printed()).as("the slowest subtask sets the event time").contains("event time 2025-08-20 13:00 UTC");

        reporter.notifyOfRemovedMetric(in1, "articlesIn", group);
        in2.inc(6);
        // the tasks finish (their gauges go with them) after reading on further than the last report saw
        watermark1[0] = Instant.parse("2025-08-24T22:00:00Z").toEpochMilli();
        watermark2[0] = Instant.parse("2025-08-21T09:00:00Z").toEpochMilli();
        reporter.notifyOfRemovedMetric(gauge1, "eventTimeWatermark", group);
        reporter.notifyOfRemovedMetric(gauge2, "eventTimeWatermark", group);
        reporter.close();
        assertThat(printed()).as("a finished task's count stays in the total").startsWith("newspulse: 1,240 articles read")
                .as("the event time the finished tasks reached").contains("event time 2025-08-24 22:00 UTC")
                .endsWith("(final)" + System.lineSeparator());
    }
}
