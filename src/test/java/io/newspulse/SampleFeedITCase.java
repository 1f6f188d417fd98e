package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.sample.SampleFeedGenerator;
import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendReader;
import io.newspulse.sink.TrendReader.TopTrend;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default end to end: the bundled sample feed, files in, SQLite out, the planted story on top. */
class SampleFeedITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @TempDir
    Path dir;

    @Test
    void thePlantedUsChinaTradeRiseTopsTheTrendsOfTheLastDay() throws Exception {
        Path feed = dir.resolve("sample-feed.jsonl");
        try (Writer w = Files.newBufferedWriter(feed)) {
            new SampleFeedGenerator(20250815L, SampleFeedGenerator.DEFAULT_START, 10).write(w);
        }
        String url = "jdbc:sqlite:" + dir.resolve("newspulse.db");
        JobConfig config = ConfigLoader.load(Path.of("conf/newspulse.yaml"),
                List.of("--source.path=" + feed, "--jdbc.url=" + url, "--checkpoint.interval=1s"), Map.of());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        NewsPulseJob.run(env, config);

        try (Connection c = DriverManager.getConnection(url)) {
            TrendReader reader = new TrendReader(c, Dialect.SQLITE);
            List<TopTrend> top = reader.top(Duration.ofHours(24), 5);
            assertThat(top).isNotEmpty();
            assertThat(top.get(0).topic).isEqualTo("trade");
            assertThat(top.get(0).geo).isEqualTo("CN-US");
            assertThat(top.get(0).articleCount).isGreaterThan(3 * Math.round(top.get(0).baseline));
            assertThat(top.get(0).headline).containsAnyOf("China", "Chinese", "Beijing");

            Map<String, Long> rejects = reader.rejectCounts();
            assertThat(rejects).containsKeys("invalid_json", "not_an_object", "missing_id", "missing_content",
                    "wrong_field_type", "invalid_date", "not_html", "no_article_text", "future_date", "too_late");
        }
    }
}
