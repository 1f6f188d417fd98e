package io.newspulse;

import io.newspulse.alert.AlertSinks;
import io.newspulse.config.ConfigKeys;
import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.ingest.Sources;
import io.newspulse.sink.JdbcSinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for {@code flink run}: reads the configuration, builds the real source and JDBC sinks,
 * and runs {@link Pipeline}. Arguments: {@code [--config FILE] [--key=value …]}.
 */
public final class NewsPulseJob {
    private static final Logger LOG = LoggerFactory.getLogger(NewsPulseJob.class);

    private NewsPulseJob() {}

    public static void main(String[] args) throws Exception {
        run(StreamExecutionEnvironment.getExecutionEnvironment(), loadConfig(Arrays.asList(args)));
    }

    /** {@code --config FILE} (default {@code conf/newspulse.yaml} when present) plus {@code --key=value} overrides. */
    public static JobConfig loadConfig(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        Path file = null;
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--config") && i + 1 < rest.size()) {
                file = Path.of(rest.get(i + 1));
                rest.remove(i + 1);
                rest.remove(i);
                break;
            }
            if (a.startsWith("--config=")) {
                file = Path.of(a.substring("--config=".length()));
                rest.remove(i);
                break;
            }
        }
        if (file == null && Files.isRegularFile(Path.of("conf/newspulse.yaml"))) {
            file = Path.of("conf/newspulse.yaml");
        }
        return ConfigLoader.load(file, rest, System.getenv());
    }

    public static JobExecutionResult run(StreamExecutionEnvironment env, JobConfig config) throws Exception {
        define(env, config);
        return env.execute("newspulse");
    }

    /**
     * Wires the job into {@code env} (tables created, sources and sinks attached) without running it, and
     * returns the topology's outputs (tests attach probes to them).
     */
    public static Pipeline.Outputs define(StreamExecutionEnvironment env, JobConfig config) throws Exception {
        LOG.info("Starting newspulse: {} -> {}, windows of {} sliding by {}", describeSource(config),
                config.get(ConfigKeys.JDBC_URL), human(config.get(ConfigKeys.WINDOW_SIZE)), human(config.get(ConfigKeys.WINDOW_SLIDE)));
        LOG.debug("Configuration: {}", config);
        configure(env, config);
        JdbcSinks sinks = new JdbcSinks(config);
        if (config.get(ConfigKeys.JDBC_CREATE_TABLES)) {
            sinks.createTables();
        }
        Pipeline.Outputs out = Pipeline.define(env, Sources.fromConfig(config), Sources.readers(config), config);
        attachSinks(out, sinks);
        AlertSinks.attach(out.alerts, config);
        return out;
    }

    private static String human(java.time.Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static String describeSource(JobConfig config) {
        return "kafka".equals(config.get(ConfigKeys.SOURCE_TYPE))
                ? "kafka " + config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS) + "/" + config.get(ConfigKeys.KAFKA_TOPIC)
                : "files " + config.get(ConfigKeys.SOURCE_PATH);
    }

    static void configure(StreamExecutionEnvironment env, JobConfig config) {
        // exactly-once *state* (aligned barriers): with at-least-once barriers an operator with several inputs
        // snapshots records from after the barrier, and a restore counts them twice. The sinks stay
        // at-least-once; their statements are idempotent, so a replay rewrites the same rows.
        env.enableCheckpointing(config.get(ConfigKeys.CHECKPOINT_INTERVAL).toMillis(), CheckpointingMode.EXACTLY_ONCE);
        int parallelism = config.get(ConfigKeys.PARALLELISM);
        if (parallelism > 0) {
            env.setParallelism(parallelism);
        }
    }

    /** The real outputs: JDBC tables. SQLite takes one writer per table. */
    public static void attachSinks(Pipeline.Outputs out, JdbcSinks sinks) {
        int writers = Math.min(sinks.dialect().maxWriters, out.trendWindows.getParallelism());
        out.trendWindows.sinkTo(sinks.trendWindows()).name("trend_windows").uid("sink-trend-windows")
                .setParallelism(Math.max(1, writers));
        out.alerts.sinkTo(sinks.trendAlerts()).name("trend_alerts").uid("sink-trend-alerts").setParallelism(1);
        out.rejections.sinkTo(sinks.rejectedArticles()).name("rejected_articles").uid("sink-rejected-articles")
                .setParallelism(1);
    }
}
