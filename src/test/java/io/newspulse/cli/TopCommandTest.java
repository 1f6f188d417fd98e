package io.newspulse.cli;

import static io.newspulse.sink.TrendRows.alert;
import static io.newspulse.sink.TrendRows.window;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendRows;
import io.newspulse.trend.TrendWindow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code top} command as a user runs it, on known rows: what it prints in each format. */
class TopCommandTest {
    private static final Instant NOW = Instant.parse("2025-08-25T12:00:00Z");

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void writeRows() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("top.db");
        TrendWindow peak = window("trade", "CN-US", NOW.minusSeconds(3600), 12, 8, 50, 0.04, 5.0, "US and China, tariffs again");
        List<TrendWindow> windows = List.of(peak,
                window("trade", "CN-US", NOW, 25, 14, 60, 0.05, 3.0, "Trade war widens"),
                window("defense", "US", NOW, 9, 5, 60, 0.02, 4.0, "Pentagon raises spending"),
                window("energy", "SA", NOW.minusSeconds(30 * 3600), 7, 6, 30, 0.05, 3.5, "Saudi output up"));
        try (Connection c = DriverManager.getConnection(url)) {
            TrendRows.write(c, Dialect.SQLITE, windows, List.of(alert(peak, "new")));
        }
    }

    private String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--jdbc-url";
            all[1] = url;
            System.arraycopy(args, 0, all, 2, args.length);
            assertThat(new CommandLine(new TopCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(all)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutSinceItRanksTheNewestWindow() {
        assertThat(run().lines().toList()).containsExactly(
                "topic    geo    window_end           score  count  sources  baseline  alert  top_headline",
                "defense  US     2025-08-25 12:00:00   4.00      9        5      1.20  -      Pentagon raises spending",
                "trade    CN-US  2025-08-25 12:00:00   3.00     25       14      3.00  -      Trade war widens");
    }

    @Test
    void sinceCountryAndFormats() throws Exception {
        assertThat(run("--since", "24h", "--country", "us", "--format", "csv").lines().toList()).containsExactly(
                "topic,geo,window_start,window_end,score,article_count,source_count,total_articles,share,baseline_share,"
                        + "expected_count,alert,top_headlines,top_terms",
                "trade,CN-US,2025-08-25T05:00:00Z,2025-08-25T11:00:00Z,5.0,12,8,50,0.24,0.04,2.0,new,"
                        + "\"[\"\"US and China, tariffs again\"\"]\",\"[\"\"tariffs\"\",\"\"steel\"\"]\"",
                "defense,US,2025-08-25T06:00:00Z,2025-08-25T12:00:00Z,4.0,9,5,60,0.15,0.02,1.2,,"
                        + "\"[\"\"Pentagon raises spending\"\"]\",\"[\"\"tariffs\"\",\"\"steel\"\"]\"");
        JsonNode json = Json.MAPPER.readTree(run("--since", "2025-08-24", "--topic", "energy", "--format", "json"));
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("geo").asText()).isEqualTo("SA");
        assertThat(json.get(0).get("top_headlines").get(0).asText()).isEqualTo("Saudi output up");
        assertThat(run("--since", "24h", "--limit", "1").lines().skip(1).toList()).singleElement().asString()
                .isEqualTo("trade  CN-US  2025-08-25 11:00:00   5.00     12        8      2.00  new    US and China, tariffs again");
    }
}
