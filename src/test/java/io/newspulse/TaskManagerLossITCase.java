package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.JobProgress;
import io.newspulse.testing.OrderedFeed;
import io.newspulse.testing.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskManager is lost mid-stream: the job restarts from its last checkpoint on a new TaskManager and the
 * tables end exactly as a failure-free run over the same Kafka feed leaves them, nothing lost, nothing
 * counted twice.
 */
class TaskManagerLossITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(2)
            .setNumberSlotsPerTaskManager(1)
            .build());

    private static EmbeddedKafka kafka;
    private static List<String> feed;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        feed = OrderedFeed.days(8);
        kafka.createTopic("articles", 2);
        kafka.send("articles", 2, feed);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static JobConfig config(String db) {
        return ConfigLoader.load(null, List.of("--source.type=kafka", "--kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--kafka.topic=articles", "--kafka.starting-offsets=earliest",
                "--kafka.group-id=" + db, "--jdbc.url=jdbc:sqlite:" + dir.resolve(db + ".db"),
                "--checkpoint.interval=200ms", "--jdbc.batch-interval=100ms", "--trend.min-history=6",
                "--alerts.min-sources=2"), Map.of());
    }

    @Test
    void losingATaskManagerMidStreamLeavesTheSameTables(@InjectMiniCluster MiniCluster cluster) throws Exception {
        // both runs read the topic unbounded and end the way an operator ends a job: stop with a savepoint and
        // drain, which closes every window
        runToTheEnd("reference", cluster, false);
        runToTheEnd("failover", cluster, true);

        String windows = "SELECT topic, geo, window_start, window_end, article_count, source_count, total_articles, share, "
                + "baseline, baseline_std, score, top_headlines, top_terms FROM trend_windows ORDER BY topic, geo, window_end";
        String alerts = "SELECT alert_id, severity, score, article_count, source_count, headline FROM trend_alerts ORDER BY alert_id";
        String rejects = "SELECT reject_id, reason FROM rejected_articles ORDER BY reject_id";
        List<Map<String, Object>> expected = query("reference", windows);
        assertThat(expected).hasSizeGreaterThan(500);
        Tables.assertSameRows(query("failover", windows), expected);
        assertThat(query("failover", alerts)).isEqualTo(query("reference", alerts)).isNotEmpty();
        assertThat(query("failover", rejects)).isEqualTo(query("reference", rejects)).hasSize(8);
    }

    private void runToTheEnd(String name, MiniCluster cluster, boolean loseATaskManager) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        NewsPulseJob.define(env, config(name));
        JobClient job = env.executeAsync("newspulse-" + name);
        if (loseATaskManager) {
            JobProgress.awaitFirstCheckpoint(cluster, job);
            cluster.terminateTaskManager(0).get();
            cluster.startTaskManager();
        }
        kafka.awaitCommitted(name, "articles", feed.size());
        job.stopWithSavepoint(true, dir.resolve("savepoints-" + name).toUri().toString(), SavepointFormatType.DEFAULT).get();
        job.getJobExecutionResult().get();
        if (loseATaskManager) {
            assertThat(JobProgress.maxAttempt(cluster, job)).as("tasks ran again after the loss").isPositive();
        }
    }

    private static List<Map<String, Object>> query(String db, String sql) throws Exception {
        return Tables.query("jdbc:sqlite:" + dir.resolve(db + ".db"), null, null, sql);
    }
}
