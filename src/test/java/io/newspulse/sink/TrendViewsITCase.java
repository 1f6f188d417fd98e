package io.newspulse.sink;

import static io.newspulse.sink.TrendRows.alert;
import static io.newspulse.sink.TrendRows.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.alert.TrendAlert;
import io.newspulse.sink.TrendReader.TopQuery;
import io.newspulse.sink.TrendReader.TopTrend;
import io.newspulse.testing.Tables;
import io.newspulse.trend.TrendWindow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' views on both databases, over the same hand-made rows: each view returns the rows it
 * promises, and PostgreSQL and SQLite return the same ones.
 */
class TrendViewsITCase {
    private static final Instant NOW = Instant.parse("2025-08-25T12:00:00Z");

    @TempDir
    static Path tmp;

    private static EmbeddedPostgres postgres;
    private static String sqlite;

    @BeforeAll
    static void writeRows() throws Exception {
        List<TrendWindow> windows = new ArrayList<>();
        List<TrendAlert> alerts = new ArrayList<>();
        TrendWindow quiet = window("trade", "CN-US", NOW.minusSeconds(7200), 2, 2, 40, 0.04, 0.1, "Trade talks resume");
        TrendWindow spike = window("trade", "CN-US", NOW.minusSeconds(3600), 12, 8, 50, 0.04, 5.0,
                "US and China trade tariff threats", "Tariffs bite");
        TrendWindow bigger = window("trade", "CN-US", NOW, 25, 14, 60, 0.05, 3.0, "Trade war widens", "Tariffs bite");
        TrendWindow defense = window("defense", "US", NOW, 9, 5, 60, 0.02, 4.0, "Pentagon raises spending");
        TrendWindow unscored = window("economy", "JP", NOW, 3, 2, 60, null, null, "Japan's economy grows");
        TrendWindow oldSpike = window("energy", "SA", NOW.minusSeconds(48 * 3600), 7, 6, 30, 0.05, 3.5, "Saudi output up");
        TrendWindow us = window("trade", "US", NOW, 20, 12, 60, 0.2, 2.0, "US tariffs widen");
        TrendWindow cn = window("trade", "CN", NOW, 18, 11, 60, 0.2, 1.0, "China hits back");
        TrendWindow coup = window("conflict", "GA", NOW.minusSeconds(5 * 3600), 8, 9, 55, 0.001, 2.5, "Coup in Gabon");
        windows.addAll(List.of(quiet, spike, bigger, defense, unscored, oldSpike, us, cn, coup));
        alerts.addAll(List.of(alert(spike, "new"), alert(bigger, "escalation"), alert(oldSpike, "new")));

        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            TrendRows.write(c, Dialect.POSTGRESQL, windows, alerts);
            TrendTables.createIfMissing(c, Dialect.POSTGRESQL); // views are replaced in place on every start
            insertReject(c, Dialect.POSTGRESQL);
        }
        sqlite = "jdbc:sqlite:" + tmp.resolve("views.db");
        try (Connection c = DriverManager.getConnection(sqlite)) {
            TrendRows.write(c, Dialect.SQLITE, windows, alerts);
            TrendTables.createIfMissing(c, Dialect.SQLITE);
            insertReject(c, Dialect.SQLITE);
        }
    }

    private static void insertReject(Connection c, Dialect dialect) throws Exception {
        try (java.sql.PreparedStatement ps = c.prepareStatement(TrendTables.INSERT_REJECTED)) {
            ps.setString(1, "file:feed.jsonl:7");
            ps.setString(2, null);
            ps.setString(3, "invalid_json");
            ps.setString(4, "unexpected end of input");
            ps.setString(5, "file:feed.jsonl:7");
            dialect.setTimestamp(ps, 6, NOW);
            ps.setString(7, "{\"url\": ");
            ps.executeUpdate();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static List<Map<String, Object>> both(String sql) throws Exception {
        List<Map<String, Object>> pg = normalized(Tables.query(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, sql));
        List<Map<String, Object>> lite = normalized(Tables.query(sqlite, null, null, sql));
        assertThat(pg).as("PostgreSQL and SQLite agree on: " + sql).isEqualTo(lite);
        return lite;
    }

    /** Numbers as rounded text and timestamps as UTC text, so both drivers' types compare equal. */
    private static List<Map<String, Object>> normalized(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> n = new LinkedHashMap<>();
            r.forEach((k, v) -> {
                if (v instanceof Number) {
                    double d = ((Number) v).doubleValue();
                    v = String.format(Locale.ROOT, "%.6f", d);
                } else if (v instanceof java.sql.Timestamp) {
                    v = ((java.sql.Timestamp) v).toInstant().toString().replace('T', ' ').replace("Z", "");
                }
                n.put(k, v);
            });
            return n;
        }).collect(Collectors.toList());
    }

    @Test
    void trendingNowRanksTheNewestWindowsScoredSeries() throws Exception {
        List<Map<String, Object>> rows = both("SELECT rank, topic, geo, geo_kind, score, article_count, expected_count, "
                + "top_headline, alert_severity FROM trending_now ORDER BY rank");
        assertThat(rows).extracting(r -> r.get("rank") + " " + r.get("topic") + "|" + r.get("geo") + " " + r.get("geo_kind"))
                .containsExactly("1.000000 defense|US country", "2.000000 trade|CN-US pair", "3.000000 trade|US country",
                        "4.000000 trade|CN country");
        assertThat(rows.get(1).get("top_headline")).isEqualTo("Trade war widens");
        assertThat(rows.get(1).get("expected_count")).isEqualTo("3.000000"); // baseline 0.05 of 60 articles
        assertThat(rows.get(1).get("alert_severity")).isEqualTo("escalation");
        assertThat(rows.get(0).get("alert_severity")).isNull();
    }

    @Test
    void trendHistoryHasEveryWindowWithItsAgeAndAlert() throws Exception {
        List<Map<String, Object>> rows = both("SELECT window_end, hours_ago, article_count, baseline_share, alert_severity "
                + "FROM trend_history WHERE topic = 'trade' AND geo = 'CN-US' ORDER BY window_end");
        assertThat(rows).extracting(r -> r.get("hours_ago") + " " + r.get("article_count") + " " + r.get("alert_severity"))
                .containsExactly("2.000000 2.000000 null", "1.000000 12.000000 new", "0.000000 25.000000 escalation");
        assertThat(both("SELECT COUNT(*) AS n FROM trend_history")).containsExactly(Map.of("n", "9.000000"));
    }

    @Test
    void activeAlertsAreEachSeriesLatestAlertOfTheLastDay() throws Exception {
        List<Map<String, Object>> rows = both("SELECT alert_id, severity, topic, geo, hours_ago, current_score, current_count "
                + "FROM active_alerts ORDER BY window_end");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("severity", "escalation").containsEntry("geo", "CN-US")
                .containsEntry("hours_ago", "0.000000").containsEntry("current_score", "3.000000")
                .containsEntry("current_count", "25.000000");
    }

    @Test
    void topFiltersByTopicCountryAndTime() throws Exception {
        for (String url : List.of(sqlite, postgres.getJdbcUrl("postgres", "postgres"))) {
            try (Connection c = DriverManager.getConnection(url, url.contains("postgresql") ? "postgres" : null, null)) {
                TrendReader reader = new TrendReader(c, Dialect.of(url));
                assertThat(reader.top(new TopQuery())).extracting(t -> t.topic + "|" + t.geo)
                        .as("the newest window only").containsExactly("defense|US", "trade|CN-US", "trade|US", "trade|CN");
                List<TopTrend> sinceYesterday = reader.top(new TopQuery().since(NOW.minusSeconds(24 * 3600)).limit(3));
                assertThat(sinceYesterday).extracting(t -> t.topic + "|" + t.geo + "@" + t.windowEnd)
                        .as("each series at its peak").containsExactly("trade|CN-US@" + NOW.minusSeconds(3600),
                                "defense|US@" + NOW, "conflict|GA@" + NOW.minusSeconds(5 * 3600));
                assertThat(sinceYesterday.get(0).alert).isEqualTo("new");
                assertThat(sinceYesterday.get(0).headlines).containsExactly("US and China trade tariff threats", "Tariffs bite");
                assertThat(reader.top(new TopQuery().since(NOW.minusSeconds(72 * 3600)).country("SA")))
                        .extracting(t -> t.topic).containsExactly("energy");
                assertThat(reader.top(new TopQuery().since(NOW.minusSeconds(72 * 3600)).country("CN")))
                        .extracting(t -> t.geo).as("a country's pairs count as its series").containsExactly("CN-US", "CN");
                assertThat(reader.top(new TopQuery().since(NOW.minusSeconds(72 * 3600)).topic("defense").limit(5)))
                        .extracting(t -> t.geo).containsExactly("US");
                assertThat(reader.top(new TopQuery().since(NOW.minusSeconds(72 * 3600)).limit(2))).hasSize(2);
            }
        }
    }

    /** docs/ANALYSTS.md promises its queries run unchanged on both databases: every one of them, here. */
    @Test
    void everyQueryInTheAnalystsGuideRunsOnBothDatabases() throws Exception {
        String guide = java.nio.file.Files.readString(Path.of("docs/ANALYSTS.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(guide);
        int queries = 0;
        while (m.find()) {
            String sql = m.group(1).trim().replaceAll(";$", "");
            assertThat(both(sql)).as("rows of: " + sql).isNotEmpty();
            queries++;
        }
        assertThat(queries).as("queries in docs/ANALYSTS.md").isGreaterThanOrEqualTo(8);
    }
}
