package io.newspulse.sink;

import io.newspulse.alert.TrendAlert;
import io.newspulse.trend.TrendWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Hand-made rows written with the job's own statements, for tests of what reads the tables. */
public final class TrendRows {
    private TrendRows() {}

    public static final Duration SIZE = Duration.ofHours(6);

    public static TrendWindow window(String topic, String geo, Instant end, long count, int sources, long total,
            Double baseline, Double score, String... headlines) {
        TrendWindow w = new TrendWindow();
        w.topic = topic;
        w.geo = geo;
        w.windowStart = end.minus(SIZE);
        w.windowEnd = end;
        w.articleCount = count;
        w.sourceCount = sources;
        w.totalArticles = total;
        w.share = (double) count / total;
        w.baseline = baseline;
        w.baselineStd = baseline == null ? null : baseline / 2;
        w.score = score;
        w.topHeadlines = List.of(headlines);
        w.topTerms = List.of("tariffs", "steel");
        return w;
    }

    public static TrendAlert alert(TrendWindow w, String severity) {
        TrendAlert a = new TrendAlert();
        a.alertId = w.topic + "|" + w.geo + "|" + w.windowEnd + ("new".equals(severity) ? "" : "|" + severity);
        a.topic = w.topic;
        a.geo = w.geo;
        a.windowStart = w.windowStart;
        a.windowEnd = w.windowEnd;
        a.severity = severity;
        a.score = w.score;
        a.articleCount = w.articleCount;
        a.sourceCount = w.sourceCount;
        a.share = w.share;
        a.expectedCount = w.baseline * w.totalArticles;
        a.headline = w.topHeadlines.get(0);
        a.headlines = w.topHeadlines;
        a.topTerms = w.topTerms;
        return a;
    }

    /** Creates the tables and views and writes the rows, as the job's sinks would. */
    public static void write(Connection c, Dialect dialect, List<TrendWindow> windows, List<TrendAlert> alerts)
            throws SQLException {
        TrendTables.createIfMissing(c, dialect);
        try (PreparedStatement ps = c.prepareStatement(TrendTables.UPSERT_TREND_WINDOW)) {
            JdbcSinks.TrendWindowStatement statement = new JdbcSinks.TrendWindowStatement(dialect);
            for (TrendWindow w : windows) {
                statement.accept(ps, w);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(TrendTables.INSERT_ALERT)) {
            JdbcSinks.AlertStatement statement = new JdbcSinks.AlertStatement(dialect);
            for (TrendAlert a : alerts) {
                statement.accept(ps, a);
                ps.executeUpdate();
            }
        }
    }
}
