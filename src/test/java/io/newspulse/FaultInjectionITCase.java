package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.JobProgress;
import io.newspulse.testing.KafkaProcess;
import io.newspulse.testing.OrderedFeed;
import io.newspulse.testing.Ports;
import io.newspulse.testing.Tables;
import io.newspulse.trend.TrendWindow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into a running job that reads Kafka and writes PostgreSQL (checkpoints every 200 ms,
 * parallelism 2): a task that throws mid-stream, PostgreSQL gone for 20 seconds, the Kafka broker killed and
 * restarted. After each the
 * job restarts from its checkpoint, and its tables end identical, row for row, to a failure-free run's.
 */
class FaultInjectionITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final String TOPIC = "articles";

    @TempDir
    static Path dir;

    private static EmbeddedKafka kafka;
    private static List<String> feed;
    private static int port;
    private static EmbeddedPostgres postgres;
    private static List<Map<String, Object>> referenceWindows;
    private static List<Map<String, Object>> referenceAlerts;
    private static List<Map<String, Object>> referenceRejects;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        feed = OrderedFeed.days(8);
        kafka.createTopic(TOPIC, 2);
        kafka.send(TOPIC, 2, feed);
        port = Ports.free();
        postgres = startPostgres();
        runToTheEnd("reference", kafka.bootstrapServers(), TOPIC, null, null);
        referenceWindows = windows("reference");
        referenceAlerts = query("reference", ALERTS);
        referenceRejects = query("reference", REJECTS);
        assertThat(referenceWindows).hasSizeGreaterThan(500);
        assertThat(referenceAlerts).isNotEmpty();
    }

    /** The same server on the same port and data directory every time, so a restart keeps the tables. */
    private static EmbeddedPostgres startPostgres() throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aTaskThatThrowsMidStreamLeavesTheSameTables(@InjectMiniCluster MiniCluster cluster) throws Exception {
        FailOnce.armed.set(true);
        FailOnce.seen.set(0);
        JobClient job = runToTheEnd("task_failure", kafka.bootstrapServers(), TOPIC, cluster, null);
        assertThat(FailOnce.armed).as("the fault fired").isFalse();
        assertRestarted(cluster, job);
        assertSameTablesAsTheReference("task_failure");
    }

    @Test
    void postgresGoneForTwentySecondsLeavesTheSameTables(@InjectMiniCluster MiniCluster cluster) throws Exception {
        // the same records on another topic: the first half before the job starts, the second half while the
        // database is down, so the job has windows to write during the outage
        String topic = "articles_outage";
        int half = feed.size() / 4 * 2;
        kafka.createTopic(topic, 2);
        kafka.send(topic, 2, feed.subList(0, half));
        JobClient job = runToTheEnd("pg_outage", kafka.bootstrapServers(), topic, cluster, () -> {
            kafka.awaitCommitted("pg_outage", topic, half);
            postgres.close();
            kafka.send(topic, 2, feed.subList(half, feed.size()));
            Thread.sleep(20_000);
            postgres = startPostgres();
        });
        assertRestarted(cluster, job);
        assertSameTablesAsTheReference("pg_outage");
    }

    @Test
    void aKafkaBrokerKilledAndRestartedMidRunLeavesTheSameTables(@InjectMiniCluster MiniCluster cluster) throws Exception {
        // a broker in its own process, so it can die and come back on the same port with the same log: the same
        // records under the same topic name, the second half sent once it is back
        try (KafkaProcess broker = KafkaProcess.start(dir.resolve("kafka-process"))) {
            String bootstrap = broker.bootstrapServers();
            int half = feed.size() / 4 * 2;
            EmbeddedKafka.createTopic(bootstrap, TOPIC, 2);
            EmbeddedKafka.send(bootstrap, TOPIC, 2, feed.subList(0, half));
            runToTheEnd("kafka_restart", bootstrap, TOPIC, cluster, () -> {
                EmbeddedKafka.awaitCommitted(bootstrap, "kafka_restart", TOPIC, half);
                broker.killBroker();
                Thread.sleep(10_000);
                broker.startBroker();
                EmbeddedKafka.send(bootstrap, TOPIC, 2, feed.subList(half, feed.size()));
            });
        }
        assertSameTablesAsTheReference("kafka_restart");
    }

    interface Fault {
        void inject() throws Exception;
    }

    /**
     * Runs the job over the whole topic (unbounded, ended the way an operator ends it: stop with a savepoint
     * and drain, which closes every window) into its own database; {@code fault} is injected after the first
     * checkpoint.
     */
    private static JobClient runToTheEnd(String name, String bootstrap, String topic, MiniCluster cluster, Fault fault)
            throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        JobConfig config = ConfigLoader.load(null, List.of("--source.type=kafka",
                "--kafka.bootstrap-servers=" + bootstrap, "--kafka.topic=" + topic,
                "--kafka.starting-offsets=earliest", "--kafka.group-id=" + name, "--jdbc.url=" + url(name),
                "--jdbc.user=postgres", "--checkpoint.interval=200ms", "--jdbc.batch-interval=100ms",
                "--jdbc.max-retries=2", "--trend.min-history=6", "--alerts.min-sources=2"), Map.of());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        Pipeline.Outputs out = NewsPulseJob.define(env, config);
        if (name.equals("task_failure")) {
            out.trendWindows.map(new FailOnce(200)).name("fail-once").sinkTo(new DiscardingSink<>()).name("probe");
        }
        JobClient job = env.executeAsync("newspulse-" + name);
        if (fault != null) {
            JobProgress.awaitFirstCheckpoint(cluster, job);
            fault.inject();
        }
        EmbeddedKafka.awaitCommitted(bootstrap, name, topic, feed.size());
        job.stopWithSavepoint(true, dir.resolve("savepoints-" + name).toUri().toString(), SavepointFormatType.DEFAULT).get();
        job.getJobExecutionResult().get();
        return job;
    }

    /** Throws once, after it has seen {@code after} rows: a task failure in the middle of the stream. */
    static final class FailOnce implements MapFunction<TrendWindow, TrendWindow> {
        static final AtomicBoolean armed = new AtomicBoolean();
        static final AtomicLong seen = new AtomicLong();
        private final long after;

        FailOnce(long after) {
            this.after = after;
        }

        @Override
        public TrendWindow map(TrendWindow w) {
            if (seen.incrementAndGet() >= after && armed.compareAndSet(true, false)) {
                throw new IllegalStateException("injected fault after " + after + " rows");
            }
            return w;
        }
    }

    private static void assertRestarted(MiniCluster cluster, JobClient job) throws Exception {
        assertThat(JobProgress.maxAttempt(cluster, job)).as("tasks ran again after the fault").isPositive();
    }

    private static final String WINDOWS = "SELECT topic, geo, to_char(window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS window_end, "
            + "article_count, source_count, total_articles, share, baseline, baseline_std, score, top_headlines, top_terms "
            + "FROM trend_windows ORDER BY topic, geo, window_end";
    private static final String ALERTS = "SELECT alert_id, severity, score, article_count, source_count, headline "
            + "FROM trend_alerts ORDER BY alert_id";
    /** Reject ids name the record's topic; the outage run reads the same records from another topic. */
    private static final String REJECTS = "SELECT replace(reject_id, 'kafka:articles_outage/', 'kafka:articles/') AS reject_id, "
            + "reason FROM rejected_articles ORDER BY 1";

    private static void assertSameTablesAsTheReference(String name) throws Exception {
        Tables.assertSameRows(windows(name), referenceWindows);
        assertThat(query(name, ALERTS)).isEqualTo(referenceAlerts);
        assertThat(query(name, REJECTS)).isEqualTo(referenceRejects);
    }

    private static List<Map<String, Object>> windows(String name) throws Exception {
        return query(name, WINDOWS).stream().map(r -> {
            Map<String, Object> n = new LinkedHashMap<>();
            r.forEach((k, v) -> n.put(k, v instanceof Double ? String.format(Locale.ROOT, "%.9f", (Double) v) : v));
            return n;
        }).collect(Collectors.toList());
    }

    private static String url(String name) {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    private static List<Map<String, Object>> query(String name, String sql) throws Exception {
        return Tables.query(url(name), "postgres", null, sql);
    }
}
