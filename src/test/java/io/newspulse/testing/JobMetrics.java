package io.newspulse.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;

/** One job's metrics as an {@link InMemoryReporter} retained them, summed over subtasks. */
public final class JobMetrics {
    /** Identifier → metric; identifiers may repeat across operators of the same name, so all are kept. */
    private final List<Map.Entry<String, Metric>> metrics = new ArrayList<>();

    public JobMetrics(InMemoryReporter reporter, JobID jobId) {
        reporter.getMetricsByGroup().forEach((group, byName) -> {
            if (jobId.toString().equals(group.getAllVariables().get("<job_id>"))) {
                byName.forEach((name, m) -> metrics.add(Map.entry(group.getMetricIdentifier(name), m)));
            }
        });
    }

    /** The sum of the counters whose identifier ends with {@code suffix} (e.g. {@code .articlesIn}). */
    public long sum(String suffix) {
        return sum("", suffix);
    }

    /** The same, for the operators whose identifier also contains {@code operator}. */
    public long sum(String operator, String suffix) {
        return metrics.stream()
                .filter(e -> e.getKey().endsWith(suffix) && e.getKey().contains(operator) && e.getValue() instanceof Counter)
                .mapToLong(e -> ((Counter) e.getValue()).getCount()).sum();
    }

    /** How many values the histograms whose identifier ends with {@code suffix} recorded. */
    public long histogramCount(String suffix) {
        return metrics.stream().filter(e -> e.getKey().endsWith(suffix) && e.getValue() instanceof Histogram)
                .mapToLong(e -> ((Histogram) e.getValue()).getCount()).sum();
    }

    public boolean has(String suffix) {
        return metrics.stream().anyMatch(e -> e.getKey().endsWith(suffix));
    }
}
