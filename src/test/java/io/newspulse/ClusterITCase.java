package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.OrderedFeed;
import io.newspulse.testing.Ports;
import io.newspulse.testing.Scripts;
import io.newspulse.testing.Tables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded job jar on a real multi-process Flink cluster (a JobManager and two TaskManagers, each its own
 * JVM, started by scripts/cluster.sh), reading from Kafka and writing to PostgreSQL: a run that is stopped
 * with a savepoint half way and resumed with another parallelism ends with the same tables, row for row,
 * as a run that was never interrupted.
 */
class ClusterITCase {
    private static final int PARTITIONS = 2;
    private static EmbeddedKafka kafka;
    private static EmbeddedPostgres postgres;
    private static Path work;
    private static String rest;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE uninterrupted");
            st.execute("CREATE DATABASE resumed");
        }
        work = Files.createTempDirectory(Path.of("target"), "cluster-it").toAbsolutePath();
        int restPort = Ports.free();
        rest = "http://localhost:" + restPort;
        Scripts.run(180, "scripts/cluster.sh", "start", "--rest-port", String.valueOf(restPort),
                "--rpc-port", String.valueOf(Ports.free()), "--work", work.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (work != null) {
            Scripts.run(60, "scripts/cluster.sh", "stop", "--work", work.toString());
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void savepointStopAndResumeWithAnotherParallelismLeavesTheSameTables() throws Exception {
        List<String> feed = OrderedFeed.days(3);
        List<String> firstHalf = feed.subList(0, feed.size() / 2);
        List<String> secondHalf = feed.subList(feed.size() / 2, feed.size());

        kafka.createTopic("uninterrupted", PARTITIONS);
        kafka.send("uninterrupted", PARTITIONS, feed);
        String job = submit("uninterrupted", "g-uninterrupted", 2, null);
        kafka.awaitCommitted("g-uninterrupted", "uninterrupted", feed.size());
        Scripts.run(180, "scripts/submit.sh", "stop", job, "--rest", rest, "--drain", "--dir", "file://" + work.resolve("sp-ref"));

        kafka.createTopic("resumed", PARTITIONS);
        kafka.send("resumed", PARTITIONS, firstHalf);
        String first = submit("resumed", "g-resumed", 2, null);
        kafka.awaitCommitted("g-resumed", "resumed", firstHalf.size());
        String savepoint = Scripts.run(180, "scripts/submit.sh", "stop", first, "--rest", rest,
                "--dir", "file://" + work.resolve("sp-half"));
        assertThat(savepoint).contains("savepoint");
        kafka.send("resumed", PARTITIONS, secondHalf);
        String second = submit("resumed", "g-resumed", 1, savepoint);
        kafka.awaitCommitted("g-resumed", "resumed", feed.size());
        Scripts.run(180, "scripts/submit.sh", "stop", second, "--rest", rest, "--drain", "--dir", "file://" + work.resolve("sp-end"));

        String windows = "SELECT topic, geo, window_start, window_end, article_count, source_count, total_articles, share, "
                + "baseline, baseline_std, score, top_headlines, top_terms FROM trend_windows ORDER BY topic, geo, window_end";
        String alerts = "SELECT alert_id, severity, score, article_count, source_count, headline FROM trend_alerts ORDER BY alert_id";
        String rejects = "SELECT reject_id, reason, detail FROM rejected_articles ORDER BY reject_id";
        List<Map<String, Object>> expectedWindows = query("uninterrupted", windows);
        assertThat(expectedWindows).hasSizeGreaterThan(100);
        assertThat(query("uninterrupted", alerts)).isNotEmpty();
        assertThat(query("resumed", windows)).isEqualTo(expectedWindows);
        assertThat(query("resumed", alerts)).isEqualTo(query("uninterrupted", alerts));
        assertThat(query("resumed", rejects)).hasSameSizeAs(query("uninterrupted", rejects));
    }

    private static String submit(String topic, String group, int parallelism, String savepoint) throws Exception {
        String db = topic;
        List<String> cmd = new java.util.ArrayList<>(List.of("scripts/submit.sh", "run", "--rest", rest,
                "--parallelism", String.valueOf(parallelism)));
        if (savepoint != null) {
            cmd.addAll(List.of("--savepoint", savepoint));
        }
        cmd.addAll(List.of("--", "--source.type=kafka", "--kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--kafka.topic=" + topic, "--kafka.group-id=" + group, "--kafka.starting-offsets=earliest",
                "--jdbc.url=" + postgres.getJdbcUrl("postgres", db), "--jdbc.user=postgres", "--checkpoint.interval=1s",
                "--jdbc.batch-interval=200ms", "--trend.min-history=6", "--alerts.min-sources=2"));
        String job = Scripts.run(120, cmd.toArray(new String[0]));
        assertThat(job).matches("[0-9a-f]{32}");
        return job;
    }

    private static List<Map<String, Object>> query(String db, String sql) throws Exception {
        List<Map<String, Object>> rows = Tables.query(postgres.getJdbcUrl("postgres", db), "postgres", null, sql);
        // timestamps as instants: the driver's objects compare by zone too
        return rows.stream().map(r -> r.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() instanceof java.time.OffsetDateTime ? ((java.time.OffsetDateTime) e.getValue()).toInstant()
                        : e.getValue() == null ? "null" : e.getValue(), (a, b) -> a, java.util.LinkedHashMap::new)))
                .collect(Collectors.toList());
    }
}
