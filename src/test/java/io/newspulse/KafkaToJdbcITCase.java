package io.newspulse;

import static io.newspulse.testing.TestFeed.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.TestFeed;
import io.newspulse.testing.Tables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job with real parts: a Kafka broker in this JVM → the job on a Flink MiniCluster
 * (parallelism 2, checkpoints on) → PostgreSQL (a real server started from Maven) and SQLite. The same
 * feed must give the same rows in both databases.
 */
class KafkaToJdbcITCase {
    private static final String TOPIC = "articles.raw";
    private static final int PARTITIONS = 2;
    private static final String TRADE = "Washington and Beijing traded threats on Monday as new tariffs took effect, "
            + "widening the trade war between the United States and China.\n\n"
            + "Chinese officials said the duties broke WTO rules; U.S. officials said a trade deal was still possible.";
    /** What makes each trade article its own story rather than a copy of another. */
    private static final String[] ANGLES = {
        "Steelmakers in Ohio welcomed the duties, while carmakers warned of higher prices for buyers next year.",
        "Soybean farmers in Iowa fear losing their biggest customer as Beijing turns to growers in Brazil instead.",
        "Shipping lines reported a rush of containers leaving Shanghai before the new rates take effect on Friday.",
        "The yuan slipped against the dollar and Asian stock markets fell for a third day on the escalation.",
        "Chipmakers face fresh licensing rules on equipment sales, a person familiar with the drafts said.",
        "Retailers asked Congress for exemptions on toys and electronics ahead of the holiday season.",
        "Economists at two large banks cut their growth forecasts for both economies by a quarter point.",
        "Negotiators last met in Geneva in May; no new round of talks has been scheduled, officials said.",
    };

    private static String trade(int angle) {
        return TRADE + "\n\n" + ANGLES[angle];
    }

    private static final String JAPAN = "TOKYO - Japan's economy grew faster than expected in the second quarter, "
            + "with GDP lifted by exports.\n\nInflation stayed above target, and Japanese stocks rose as investors cheered.";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static EmbeddedKafka kafka;
    private static EmbeddedPostgres postgres;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopic(TOPIC, PARTITIONS);
        kafka.send(TOPIC, PARTITIONS, feed().records());
        postgres = EmbeddedPostgres.builder().start();
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

    /**
     * Hour 8: two US–China trade stories (history). Hour 10: six more from four publishers, one of them a
     * raw page, one re-sent and one syndicated to a fifth site; three Japan economy stories. Malformed records come first: the job must
     * reject them and go on.
     */
    static TestFeed feed() {
        TestFeed f = new TestFeed()
                .raw("{\"url\": \"https://bad.example/1\", \"title\": \"unclosed")
                .raw("{\"url\": \"https://bad.example/2\", \"title\": \"Headline without body or html\"}")
                .raw("{\"url\": \"https://bad.example/3\", \"html\": \"%PDF-1.7 binary \\u0000\\u0001\\u0002\\u0003 no markup\"}")
                .raw(null)
                .article("Reuters", "US and China trade barbs over tariffs", trade(0), at(8, 5))
                .article("AP", "China vows response to US tariffs", trade(1), at(8, 40));
        f.article("Reuters", "US-China trade war widens as tariffs bite", trade(2), at(10, 1))
                .article("AP", "Tariffs take effect in US-China trade war", trade(3), at(10, 12))
                .resendLast()
                .article("Yahoo Finance", "Tariffs take effect in US-China trade war", trade(3), at(10, 14))
                .article("Bloomberg", "Trade war: China hits back at US tariffs", trade(4), at(10, 20))
                .article("Reuters", "US-China trade talks stall over tariffs", trade(5), at(10, 31))
                .page("Nikkei Asia", "Beijing and Washington trade tariff threats", trade(6), at(10, 44))
                .article("Bloomberg", "US tariffs on China widen trade rift", trade(7), at(10, 50));
        f.article("NHK", "Japan economy grows faster than expected", JAPAN
                        + "\n\nCar exports to Europe rose sharply, and a weaker yen lifted the earnings of electronics makers.", at(10, 2))
                .article("Kyodo", "Japanese GDP beats forecasts on exports", JAPAN
                        + "\n\nHousehold spending, however, fell for a second month as wages lagged behind prices.", at(10, 15))
                .article("NHK", "Japan inflation stays above target as economy grows", JAPAN
                        + "\n\nThe central bank is expected to discuss the data at its policy meeting later this month.", at(10, 55));
        return f;
    }

    private JobConfig config(String jdbcUrl, String user) {
        List<String> args = new ArrayList<>(List.of(
                "--source.type=kafka", "--kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--kafka.topic=" + TOPIC,
                "--kafka.starting-offsets=earliest", "--kafka.bounded=true", "--kafka.group-id=it-" + System.nanoTime(),
                "--window.size=2h", "--window.slide=1h", "--trend.min-history=2", "--trend.half-life=24h",
                "--checkpoint.interval=500ms", "--jdbc.batch-interval=200ms", "--jdbc.url=" + jdbcUrl));
        if (user != null) {
            args.add("--jdbc.user=" + user);
        }
        return ConfigLoader.load(null, args, Map.of());
    }

    private static void runJob(JobConfig config) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        NewsPulseJob.run(env, config);
    }

    @Test
    void kafkaToPostgresWritesTheExpectedTrendRowsAndRejects() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        runJob(config(url, "postgres"));

        List<Map<String, Object>> rows = trendRows(url, "postgres", POSTGRES_TIME);
        assertExpectedRows(rows);
        assertExpectedRejects(url, "postgres");
        assertThat(rows).isEqualTo(sqliteRows());
    }

    @Test
    void kafkaToSqliteWritesTheExpectedTrendRowsAndRejects() throws Exception {
        String url = sqliteUrl();
        assertExpectedRows(sqliteRows());
        assertExpectedRejects(url, null);
    }

    private static final String POSTGRES_TIME = "to_char(window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')";
    private static final String SQLITE_TIME = "window_end";
    private static List<Map<String, Object>> sqliteRows;

    private static String sqliteUrl() {
        return "jdbc:sqlite:" + tmp.resolve("it.db");
    }

    /** Runs the job into SQLite once, for both tests. */
    private synchronized List<Map<String, Object>> sqliteRows() throws Exception {
        if (sqliteRows == null) {
            runJob(config(sqliteUrl(), null));
            sqliteRows = trendRows(sqliteUrl(), null, SQLITE_TIME);
        }
        return sqliteRows;
    }

    private static List<Map<String, Object>> trendRows(String url, String user, String windowEnd) throws Exception {
        List<Map<String, Object>> raw = Tables.query(url, user, null,
                "SELECT topic, geo, " + windowEnd + " AS window_end, article_count, source_count, total_articles, share, "
                        + "baseline, score, top_headlines, top_terms "
                        + "FROM trend_windows ORDER BY topic, geo, window_end");
        // numbers as text, so PostgreSQL's and SQLite's driver types compare equal
        return raw.stream().map(r -> {
            Map<String, Object> n = new java.util.LinkedHashMap<>();
            r.forEach((k, v) -> n.put(k, v instanceof Number ? normalize((Number) v) : v));
            return n;
        }).collect(Collectors.toList());
    }

    private static String normalize(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.9f", d);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String topic, String geo, String windowEnd) {
        return rows.stream().filter(r -> topic.equals(r.get("topic")) && geo.equals(r.get("geo"))
                        && windowEnd.equals(r.get("window_end")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + topic + "|" + geo + " @" + windowEnd + " in " + rows));
    }

    private static void assertExpectedRows(List<Map<String, Object>> rows) {
        // window [09:00, 11:00): the six hour-10 trade stories (the re-sent copy counted once, the page included;
        // the syndicated copy adds its site to the sources, not to the count)
        Map<String, Object> pair = row(rows, "trade", "CN-US", "2025-08-25 11:00:00");
        assertThat(pair.get("article_count")).isEqualTo("6");
        assertThat(pair.get("source_count")).isEqualTo("5");
        // the newest three headlines, the raw page's among them
        assertThat(pair.get("top_headlines")).isEqualTo("[\"US tariffs on China widen trade rift\","
                + "\"Beijing and Washington trade tariff threats\",\"US-China trade talks stall over tariffs\"]");
        // the history (two stories at hour 8) gives a baseline, and six stories stand out against it
        assertThat(Double.parseDouble(pair.get("baseline").toString())).isGreaterThan(0);
        assertThat(Double.parseDouble(pair.get("score").toString())).isGreaterThan(1);
        assertThat(row(rows, "trade", "CN-US", "2025-08-25 09:00:00").get("article_count")).isEqualTo("2");
        assertThat(row(rows, "trade", "CN-US", "2025-08-25 09:00:00").get("score")).as("no score without history").isNull();
        assertThat(row(rows, "trade", "US", "2025-08-25 11:00:00").get("article_count")).isEqualTo("6");
        assertThat(row(rows, "trade", "CN", "2025-08-25 12:00:00").get("article_count")).isEqualTo("6");
        assertThat(row(rows, "economy", "JP", "2025-08-25 11:00:00").get("article_count")).isEqualTo("3");
        assertThat(row(rows, "economy", "JP", "2025-08-25 11:00:00").get("source_count")).isEqualTo("2");
        // share of coverage: six of the window's nine original articles (six trade, three Japan)
        assertThat(row(rows, "trade", "CN-US", "2025-08-25 11:00:00").get("total_articles")).isEqualTo("9");
        assertThat(row(rows, "trade", "CN-US", "2025-08-25 11:00:00").get("share")).isEqualTo(normalize(6.0 / 9));
        // chrome of the raw page (navigation, related links) did not create series
        assertThat(rows).noneMatch(r -> List.of("MX", "CA", "BR", "RU").contains(r.get("geo")));
        assertThat(rows).noneMatch(r -> "JP".equals(r.get("geo")) && "trade".equals(r.get("topic")));
    }

    private static void assertExpectedRejects(String url, String user) throws Exception {
        List<Map<String, Object>> rejects = Tables.query(url, user, null,
                "SELECT reject_id, reason, detail, excerpt FROM rejected_articles ORDER BY reject_id");
        assertThat(rejects).extracting(r -> r.get("reason"))
                .containsExactlyInAnyOrder("invalid_json", "missing_content", "not_html", "empty_record");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("reject_id").toString()).startsWith("kafka:" + TOPIC + "/"));
        assertThat(rejects).anySatisfy(r -> assertThat(r.get("excerpt")).isEqualTo("{\"url\": \"https://bad.example/1\", \"title\": \"unclosed"));
    }
}
