package io.newspulse.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newspulse.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        public String topic;
        public String geo;
        public Instant windowStart;
        public Instant windowEnd;
        public double score;
        public long articleCount;
        public int sourceCount;
        public long totalArticles;
        public Double share;
        public Double baselineShare;
        /** Articles the series' baseline share expected in this window. */
        public Double expected;
        public List<String> headlines;
        public List<String> terms;
        /** The alert raised on this window ({@code new}, {@code escalation}), or null. */
        public String alert;

        public String headline() {
            return headlines.isEmpty() ? "" : headlines.get(0);
        }
    }

    /** Which series {@link #top} ranks: windows ending after a point, optionally one topic and one country. */
    public static final class TopQuery {
        /** Windows ending after this instant; null for the newest window only (what is trending now). */
        Instant since;
        String topic;
        String country;
        int limit = 10;

        public TopQuery since(Instant since) {
            this.since = since;
            return this;
        }

        public TopQuery topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** A country code: its own series and every pair it is part of. */
        public TopQuery country(String country) {
            this.country = country;
            return this;
        }

        public TopQuery limit(int limit) {
            this.limit = limit;
            return this;
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
     * Series ranked by their highest score in the windows the query selects (view {@code trend_history}),
     * one row per series at its peak.
     */
    public List<TopTrend> top(TopQuery q) throws SQLException {
        Instant latest = latestWindowEnd();
        if (latest == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT topic, geo, window_start, window_end, score, article_count, "
                + "source_count, total_articles, share, baseline_share, expected_count, top_headlines, top_terms, "
                + "alert_severity FROM trend_history WHERE score IS NOT NULL");
        List<Object> params = new ArrayList<>();
        sql.append(q.since == null ? " AND window_end >= ?" : " AND window_end > ?");
        params.add(q.since == null ? latest : q.since);
        if (q.topic != null) {
            sql.append(" AND topic = ?");
            params.add(q.topic);
        }
        if (q.country != null) {
            sql.append(" AND (geo = ? OR geo LIKE ? OR geo LIKE ?)");
            params.add(q.country);
            params.add(q.country + "-%");
            params.add("%-" + q.country);
        }
        sql.append(" ORDER BY score DESC, article_count DESC, topic, geo, window_end DESC");
        Map<String, TopTrend> best = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Instant) {
                    dialect.setTimestamp(ps, i + 1, (Instant) p);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && best.size() < q.limit) {
                    String key = rs.getString("topic") + "|" + rs.getString("geo");
                    if (!best.containsKey(key)) {
                        best.put(key, topTrend(rs));
                    }
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    private TopTrend topTrend(ResultSet rs) throws SQLException {
        TopTrend t = new TopTrend();
        t.topic = rs.getString("topic");
        t.geo = rs.getString("geo");
        t.windowStart = dialect.getTimestamp(rs, "window_start");
        t.windowEnd = dialect.getTimestamp(rs, "window_end");
        t.score = rs.getDouble("score");
        t.articleCount = rs.getLong("article_count");
        t.sourceCount = rs.getInt("source_count");
        t.totalArticles = rs.getLong("total_articles");
        t.share = nullableDouble(rs, "share");
        t.baselineShare = nullableDouble(rs, "baseline_share");
        t.expected = nullableDouble(rs, "expected_count");
        t.headlines = jsonList(rs.getString("top_headlines"));
        t.terms = jsonList(rs.getString("top_terms"));
        t.alert = rs.getString("alert_severity");
        return t;
    }

    /** A DOUBLE column that may be NULL. */
    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    /** A JSON array column as a list; text that is not a JSON array becomes a one-element list. */
    public static List<String> jsonList(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            return List.of(json);
        }
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
