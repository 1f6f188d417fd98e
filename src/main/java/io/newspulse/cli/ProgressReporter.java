package io.newspulse.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;
import org.apache.flink.metrics.reporter.Scheduled;

/**
 * Prints one line of progress per interval during a local run: articles read and the rate, rejected and
 * duplicate articles, alerts, and how far event time has got. A Flink metric reporter, so it reads the
 * same metrics a cluster's reporters export; {@code run --progress=0} turns it off.
 */
public final class ProgressReporter implements MetricReporter, Scheduled {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Metrics summed over all subtasks, by name. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of(
            "articlesIn", "articlesRejected", "articlesDuplicate", "articlesNearDuplicate", "alertsRaised");

    /** The reporters of this JVM's local cluster, so the run can print the final line once the job has ended. */
    private static final java.util.Set<ProgressReporter> OPEN = ConcurrentHashMap.newKeySet();

    private final Map<Counter, String> counters = new ConcurrentHashMap<>();
    private final Map<Gauge<?>, String> watermarks = new ConcurrentHashMap<>();
    /** What counters held when their task ended, so totals do not drop at the end of a run. */
    private final Map<String, Long> retired = new ConcurrentHashMap<>();
    private final PrintStream out;
    private Map<String, Long> lastTotals = Map.of();
    private long lastNanos;
    private long lastWatermark = -1;
    /** The furthest event time a finished subtask had reached (its gauge is gone with it); -1 before any. */
    private long finishedWatermark = -1;

    public ProgressReporter() {
        this(System.err);
    }

    ProgressReporter(PrintStream out) {
        this.out = out;
    }

    /** Registered as {@code metrics.reporter.progress.factory.class} by the {@code run} command. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new ProgressReporter();
        }
    }

    @Override
    public void open(MetricConfig config) {
        lastNanos = System.nanoTime();
        OPEN.add(this);
    }

    /** The last line, when the run ends: the final totals even if the last interval had not come round. */
    @Override
    public void close() {
        OPEN.remove(this);
        print(true);
    }

    /**
     * Prints the final totals now (the cluster closes its reporters asynchronously, possibly after the
     * command has exited). Printing twice is harmless: an unchanged line is not repeated.
     */
    static void finish() {
        for (ProgressReporter r : OPEN) {
            r.print(true);
        }
    }

    @Override
    public synchronized void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (metric instanceof Counter && COUNTED.contains(name)) {
            counters.put((Counter) metric, name);
        } else if (metric instanceof Gauge && name.equals("eventTimeWatermark")) {
            watermarks.put((Gauge<?>) metric, name);
        }
    }

    @Override
    public synchronized void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        if (metric instanceof Counter && counters.remove(metric) != null) {
            retired.merge(name, ((Counter) metric).getCount(), Long::sum);
        } else if (metric instanceof Gauge && watermarks.remove(metric) != null) {
            Object v = ((Gauge<?>) metric).getValue();
            if (v instanceof Long) {
                finishedWatermark = Math.max(finishedWatermark, (Long) v);
            }
        }
    }

    @Override
    public void report() {
        print(false);
    }

    private synchronized void print(boolean last) {
        Map<String, Long> totals = new HashMap<>(retired);
        counters.forEach((counter, name) -> totals.merge(name, counter.getCount(), Long::sum));
        long watermark = lowestWatermark();
        long in = totals.getOrDefault("articlesIn", 0L);
        if (in == 0 || totals.equals(lastTotals) && watermark == lastWatermark) {
            return; // nothing read yet, or nothing moved: say nothing rather than repeat the same line
        }
        long now = System.nanoTime();
        double rate = (in - lastTotals.getOrDefault("articlesIn", 0L)) / Math.max(1e-9, (now - lastNanos) / 1e9);
        out.println(line(in, rate, totals, watermark) + (last ? " (final)" : ""));
        lastTotals = totals;
        lastNanos = now;
        lastWatermark = watermark;
    }

    /**
     * The slowest running subtask's watermark: event time the whole job has reached; once every subtask has finished,
     * the furthest any of them reached; -1 before any.
     */
    private long lowestWatermark() {
        long lowest = Long.MAX_VALUE;
        for (Gauge<?> g : watermarks.keySet()) {
            Object v = g.getValue();
            if (v instanceof Long && (Long) v >= 0) {
                lowest = Math.min(lowest, (Long) v);
            }
        }
        if (lowest != Long.MAX_VALUE) {
            return lowest;
        }
        return watermarks.isEmpty() ? Math.max(finishedWatermark, lastWatermark) : -1;
    }

    static String line(long in, double rate, Map<String, Long> totals, long watermark) {
        return String.format(Locale.ROOT, "newspulse: %,d articles read (%,.0f/s), %,d rejected, %,d duplicates, "
                        + "%,d syndicated copies, %,d alerts; event time %s",
                in, rate, totals.getOrDefault("articlesRejected", 0L), totals.getOrDefault("articlesDuplicate", 0L),
                totals.getOrDefault("articlesNearDuplicate", 0L), totals.getOrDefault("alertsRaised", 0L),
                watermark < 0 ? "not started" : TIME.format(Instant.ofEpochMilli(watermark)) + " UTC");
    }
}
