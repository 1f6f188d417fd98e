package io.newspulse.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newspulse.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the trend tables back: what trended most over the last period of the data. */
public final class TrendReader {
    private final Connection connection;
    private final Dialect dialect;

    public TrendReader(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** One series at its peak within the period. */
    public static final class TopTrend {
        public final String topic;
        public final String geo;
        public final Instant windowEnd;
        public final double score;
        public final long articleCount;
        public final int sourceCount;
        /** Articles the series' baseline share expected in this window. */
        public final Double expected;
        public final String headline;

        TopTrend(String topic, String geo, Instant windowEnd, double score, long articleCount, int sourceCount,
                Double expected, String headline) {
            this.topic = topic;
            this.geo = geo;
            this.windowEnd = windowEnd;
            this.score = score;
            this.articleCount = articleCount;
            this.sourceCount = sourceCount;
            this.expected = expected;
            this.headline = headline;
        }
    }

    /** The newest window end in the table, or null when it is empty. */
    public Instant latestWindowEnd() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(window_end) AS t FROM trend_windows");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? dialect.getTimestamp(rs, "t") : null;
        }
    }

    /**
     * Series ranked by their highest score in windows ending within {@code period} before the newest
     * window in the table (the data's "now", so a replay of old news reads the same as a live run).
     */
    public List<TopTrend> top(Duration period, int limit) throws SQLException {
        Instant latest = latestWindowEnd();
        if (latest == null) {
            return List.of();
        }
        String sql = "SELECT topic, geo, window_end, score, article_count, source_count, baseline * total_articles AS expected, "
                + "top_headlines "
                + "FROM trend_windows WHERE window_end > ? AND score IS NOT NULL "
                + "ORDER BY score DESC, article_count DESC, topic, geo, window_end";
        Map<String, TopTrend> best = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            dialect.setTimestamp(ps, 1, latest.minus(period));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && best.size() < limit) {
                    String key = rs.getString("topic") + "|" + rs.getString("geo");
                    if (best.containsKey(key)) {
                        continue;
                    }
                    double e = rs.getDouble("expected");
                    Double expected = rs.wasNull() ? null : e;
                    best.put(key, new TopTrend(rs.getString("topic"), rs.getString("geo"),
                            dialect.getTimestamp(rs, "window_end"), rs.getDouble("score"), rs.getLong("article_count"),
                            rs.getInt("source_count"), expected, firstHeadline(rs.getString("top_headlines"))));
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    private static String firstHeadline(String json) {
        if (json == null) {
            return "";
        }
        try {
            List<String> list = Json.MAPPER.readValue(json, new TypeReference<List<String>>() {});
            return list.isEmpty() ? "" : list.get(0);
        } catch (IOException e) {
            return json;
        }
    }

    /** One alert as listed by the {@code alerts} command. */
    public static final class AlertRow {
        public final String severity;
        public final String topic;
        public final String geo;
        public final Instant windowEnd;
        public final double score;
        public final long articleCount;
        public final int sourceCount;
        public final String headline;

        AlertRow(String severity, String topic, String geo, Instant windowEnd, double score, long articleCount,
                int sourceCount, String headline) {
            this.severity = severity;
            this.topic = topic;
            this.geo = geo;
            this.windowEnd = windowEnd;
            this.score = score;
            this.articleCount = articleCount;
            this.sourceCount = sourceCount;
            this.headline = headline;
        }
    }

    /** Alerts in event-time order. */
    public List<AlertRow> alerts() throws SQLException {
        List<AlertRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT severity, topic, geo, window_end, score, "
                        + "article_count, source_count, headline FROM trend_alerts ORDER BY window_end, topic, geo, severity");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new AlertRow(rs.getString("severity"), rs.getString("topic"), rs.getString("geo"),
                        dialect.getTimestamp(rs, "window_end"), rs.getDouble("score"), rs.getLong("article_count"),
                        rs.getInt("source_count"), rs.getString("headline")));
            }
        }
        return rows;
    }

    /** Rejected inputs per reason, most frequent first. */
    public Map<String, Long> rejectCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT reason, COUNT(*) AS n FROM rejected_articles GROUP BY reason ORDER BY n DESC, reason");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString("reason"), rs.getLong("n"));
            }
        }
        return counts;
    }
}
