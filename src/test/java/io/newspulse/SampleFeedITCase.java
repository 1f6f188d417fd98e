package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.sample.AlertEvaluation;
import io.newspulse.sample.SampleFeedGenerator;
import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendReader;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.JobMetrics;
import io.newspulse.testing.Tables;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default end to end on the generated feed: files in, SQLite out, alerts also to a Kafka
 * topic and a webhook. The planted events alert once each, the decoys and feed-wide changes do not.
 */
class SampleFeedITCase {
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @TempDir
    Path dir;

    @Test
    void plantedEventsAlertOnceEachAndDecoysDoNot() throws Exception {
        SampleFeedGenerator generator = new SampleFeedGenerator(20250815L, SampleFeedGenerator.DEFAULT_START, 10);
        Path feed = dir.resolve("feed.jsonl");
        Path truth = dir.resolve("ground-truth.json");
        try (Writer w = Files.newBufferedWriter(feed)) {
            generator.write(w);
        }
        try (Writer w = Files.newBufferedWriter(truth)) {
            generator.writeTruth(w);
        }
        // a webhook that fails its first call: the retry must deliver
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.getAndIncrement() == 0 ? 500 : 200;
            if (status == 200) {
                delivered.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();

        String url = "jdbc:sqlite:" + dir.resolve("newspulse.db");
        JobID jobId;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopic("trend-alerts", 1);
            JobConfig config = ConfigLoader.load(Path.of("conf/newspulse.yaml"), List.of(
                    "--source.path=" + feed, "--jdbc.url=" + url, "--checkpoint.interval=1s",
                    "--kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--alerts.kafka-topic=trend-alerts",
                    "--alerts.webhook-url=http://127.0.0.1:" + webhook.getAddress().getPort() + "/alerts"), Map.of());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            jobId = NewsPulseJob.run(env, config).getJobID();

            List<Map<String, Object>> table = Tables.query(url, null, null, "SELECT alert_id, severity FROM trend_alerts");
            List<String> ids = table.stream().map(r -> r.get("alert_id").toString()).sorted().collect(Collectors.toList());
            assertThat(readTopic(kafka, "trend-alerts", ids.size())).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(delivered).hasSize(ids.size());
            assertThat(delivered).allSatisfy(body -> assertThat(body).contains("\"alert_id\"", "\"headlines\"", "\"score\""));
        } finally {
            webhook.stop(0);
        }

        try (Connection c = DriverManager.getConnection(url)) {
            AlertEvaluation.Result r = AlertEvaluation.evaluate(AlertEvaluation.readTruth(truth),
                    AlertEvaluation.readAlerts(c, Dialect.SQLITE), Duration.ofHours(6));
            assertThat(r.recall()).as(r.summary()).isEqualTo(1.0);
            assertThat(r.precision()).as(r.summary() + " " + r.falseAlerts).isEqualTo(1.0);
            assertThat(r.alertsOnDecoys).isZero();
            List<Map<String, Object>> news = Tables.query(url, null, null,
                    "SELECT topic, geo FROM trend_alerts WHERE severity = 'new' ORDER BY window_end");
            assertThat(news).extracting(n -> n.get("topic") + "|" + n.get("geo"))
                    .as("one alert per story").containsExactly("conflict|GA", "trade|CN-US");

            Map<String, Long> rejects = new TrendReader(c, Dialect.SQLITE).rejectCounts();
            assertThat(rejects).containsKeys("invalid_json", "not_an_object", "missing_id", "missing_content",
                    "wrong_field_type", "invalid_date", "not_html", "no_article_text", "future_date", "too_late");
            assertMetricsAddUp(jobId, Files.readAllLines(feed).size(), rejects,
                    Tables.query(url, null, null, "SELECT alert_id FROM trend_alerts").size());
        }
    }

    /** The job's metrics account for every input, and agree with the tables. */
    private static void assertMetricsAddUp(JobID jobId, long records, Map<String, Long> rejectRows, int alertRows)
            throws Exception {
        JobMetrics metrics = new JobMetrics(METRICS, jobId);
        long in = metrics.sum(".articlesIn");
        long accepted = metrics.sum(".articlesAccepted");
        long rejectedAtIntake = metrics.sum("route-rejects", ".articlesRejected");
        assertThat(in).as("articlesIn: every record read").isEqualTo(records);
        assertThat(accepted + rejectedAtIntake).as("accepted + rejected = in").isEqualTo(in);
        for (Map.Entry<String, Long> reason : rejectRows.entrySet()) {
            long counted = metrics.sum(".reason." + reason.getKey() + ".articlesRejected");
            // a too-late article may be rejected by the router and again by a window (one row: same id)
            assertThat(counted).as("articlesRejected{reason=%s}", reason.getKey())
                    .isGreaterThanOrEqualTo(reason.getValue());
            if (!reason.getKey().equals("too_late")) {
                assertThat(counted).as("articlesRejected{reason=%s}", reason.getKey()).isEqualTo(reason.getValue());
            }
        }
        assertThat(metrics.sum(".articlesDuplicate")).as("re-sent articles dropped").isPositive();
        assertThat(metrics.sum(".articlesNearDuplicate")).as("syndicated copies").isPositive();
        long extracted = metrics.sum(".articlesExtracted");
        assertThat(extracted).as("raw pages extracted").isPositive().isLessThan(accepted);
        long timed = metrics.histogramCount(".extractionTimeMicros");
        assertThat(timed).as("extraction time recorded per page").isGreaterThanOrEqualTo(extracted);
        assertThat(metrics.sum(".articlesLate")).as("late but within the allowed lateness").isPositive();
        assertThat(metrics.sum(".alertsRaised")).as("alertsRaised = rows in trend_alerts").isEqualTo(alertRows);
        assertThat(metrics.has(".watermarkLagMillis")).as("watermarkLagMillis gauge").isTrue();
    }

    private static List<String> readTopic(EmbeddedKafka kafka, String topic, int expected) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("group.id", "it-reader");
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (keys.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    assertThat(r.value()).contains("\"alert_id\":\"" + r.key() + "\"");
                    keys.add(r.key());
                }
            }
        }
        return keys;
    }
}
