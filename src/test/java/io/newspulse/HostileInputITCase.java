package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.ingest.RejectReason;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.HostileCorpus;
import io.newspulse.testing.JobMetrics;
import io.newspulse.testing.Tables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ten thousand malformed and adversarial records ({@link HostileCorpus}) among valid articles, through a real
 * Kafka broker into PostgreSQL, with restarts switched off so that any crash fails the job: the job finishes,
 * every record is accounted for (read = accepted + rejected, accepted = counted + duplicates), every reject
 * has a reason and a row, and text that looks like SQL is stored as text.
 */
class HostileInputITCase {
    private static final int HOSTILE = 10_000;
    private static final int VALID = 400;
    private static final int HUGE_BYTES = 24 * 1024 * 1024;
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @Test
    void hostileInputIsRejectedWithReasonsAndNothingCrashesOrGoesMissing() throws Exception {
        List<HostileCorpus.Input> corpus = HostileCorpus.generate(7L, VALID, HOSTILE, HUGE_BYTES);
        assertThat(corpus.size() - VALID).isGreaterThanOrEqualTo(HOSTILE);
        JobID jobId;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(); EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            kafka.createTopic("hostile", 2);
            kafka.sendBytes("hostile", 2, corpus.stream().map(in -> in.value).collect(Collectors.toList()));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            JobConfig config = ConfigLoader.load(null, List.of("--source.type=kafka",
                    "--kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--kafka.topic=hostile",
                    "--kafka.starting-offsets=earliest", "--kafka.bounded=true", "--kafka.group-id=hostile",
                    "--jdbc.url=" + url, "--jdbc.user=postgres", "--checkpoint.interval=1s",
                    "--trend.min-history=4"), Map.of());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            env.configure(Configuration.fromMap(Map.of("restart-strategy.type", "none"))); // a crash fails the test
            jobId = NewsPulseJob.run(env, config).getJobID();

            List<Map<String, Object>> rejects = Tables.query(url, "postgres", null,
                    "SELECT reject_id, reason, detail, origin, excerpt FROM rejected_articles");
            assertAccounting(jobId, corpus.size(), rejects);
            assertStoredLiterally(url, rejects);
        }
    }

    private static void assertAccounting(JobID jobId, int records, List<Map<String, Object>> rejects) {
        JobMetrics metrics = new JobMetrics(METRICS, jobId);
        long in = metrics.sum("route-rejects", ".articlesIn");
        long accepted = metrics.sum("route-rejects", ".articlesAccepted");
        long rejected = metrics.sum("route-rejects", ".articlesRejected");
        long duplicates = metrics.sum("drop-exact-duplicates", ".articlesDuplicate");
        Map<String, Long> byReason = rejects.stream()
                .collect(Collectors.groupingBy(r -> r.get("reason").toString(), Collectors.counting()));
        System.out.printf("hostile corpus: %d records read, %d accepted, %d rejected, %d exact duplicates; "
                + "rejected by reason: %s%n", in, accepted, rejected, duplicates, byReason);
        assertThat(in).as("every record read").isEqualTo(records);
        assertThat(accepted + rejected).as("read = accepted + rejected").isEqualTo(in);
        assertThat(accepted).as("valid articles and the hostile records that are articles after all")
                .isGreaterThanOrEqualTo(VALID);
        assertThat(rejects).as("no valid article rejected")
                .noneMatch(r -> String.valueOf(r.get("article_id")).startsWith("https://news"));
        assertThat(duplicates).as("exact re-sends dropped").isLessThan(accepted);

        // intake rejects carry their Kafka position (or "watermark" for too late); the windows' own too-late
        // rejects (origin "window") come on top
        long intakeRows = rejects.stream().filter(r -> !r.get("origin").equals("window")).count();
        assertThat(intakeRows).as("one rejected_articles row per record rejected at intake").isEqualTo(rejected);
        assertThat(rejects).filteredOn(r -> !r.get("reason").equals("too_late"))
                .as("each names the record's Kafka position").allSatisfy(r ->
                        assertThat(r.get("origin").toString()).matches("kafka:hostile/[01]@\\d+"));
        Set<String> reasons = Arrays.stream(RejectReason.values()).map(RejectReason::code).collect(Collectors.toSet());
        assertThat(rejects).allSatisfy(r -> {
            assertThat(reasons).contains(r.get("reason").toString());
            assertThat(r.get("detail")).isNotNull();
        });
        assertThat(byReason).containsKeys("invalid_json", "not_an_object", "wrong_field_type", "missing_id",
                "missing_content", "empty_record", "record_too_large", "not_html", "no_article_text", "invalid_date",
                "future_date");
    }

    private static void assertStoredLiterally(String url, List<Map<String, Object>> rejects) throws Exception {
        List<Map<String, Object>> tables = Tables.query(url, "postgres", null,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
        assertThat(tables).extracting(t -> t.get("table_name"))
                .contains("rejected_articles", "trend_alerts", "trend_windows");
        String headlines = Tables.query(url, "postgres", null, "SELECT top_headlines FROM trend_windows").stream()
                .map(r -> String.valueOf(r.get("top_headlines"))).collect(Collectors.joining("\n"));
        for (String injection : HostileCorpus.INJECTIONS) {
            assertThat(headlines).as("headline with %s stored as text", injection)
                    .contains(new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(injection)));
        }
        assertThat(rejects).as("a rejected record's injection kept literally in its excerpt")
                .anyMatch(r -> String.valueOf(r.get("excerpt")).contains(HostileCorpus.INJECTIONS[0]));
        List<Map<String, Object>> longest = Tables.query(url, "postgres", null,
                "SELECT MAX(LENGTH(top_headlines)) AS n FROM trend_windows");
        assertThat(((Number) longest.get(0).get("n")).longValue()).as("megabyte titles clipped").isLessThan(3 * 600);
    }
}
