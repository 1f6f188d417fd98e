package io.newspulse.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables the job writes, as SQL: DDL per dialect (idempotent, {@code CREATE … IF NOT EXISTS}) and
 * one upsert per table that serves both PostgreSQL and SQLite ({@code INSERT … ON CONFLICT … DO UPDATE}).
 * {@code scripts/schema-postgresql.sql} and {@code scripts/schema-sqlite.sql} are generated from here by
 * the {@code schema} command.
 */
public final class TrendTables {
    private TrendTables() {}

    public static final String UPSERT_TREND_WINDOW =
            "INSERT INTO trend_windows (topic, geo, window_start, window_end, article_count, source_count, "
                    + "total_articles, share, baseline, baseline_std, score, top_headlines, top_terms, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (topic, geo, window_end) DO UPDATE SET "
                    + "window_start = excluded.window_start, article_count = excluded.article_count, "
                    + "source_count = excluded.source_count, total_articles = excluded.total_articles, "
                    + "share = excluded.share, baseline = excluded.baseline, "
                    + "baseline_std = excluded.baseline_std, score = excluded.score, "
                    + "top_headlines = excluded.top_headlines, top_terms = excluded.top_terms, "
                    + "updated_at = excluded.updated_at";

    /** An alert is written once: a replay produces the same alert id, and the first row is kept. */
    public static final String INSERT_ALERT =
            "INSERT INTO trend_alerts (alert_id, topic, geo, window_start, window_end, severity, score, article_count, "
                    + "source_count, share, expected_count, headline, headlines, top_terms, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (alert_id) DO NOTHING";

    /** A replay writes the same reject id again; the first row is kept. */
    public static final String INSERT_REJECTED =
            "INSERT INTO rejected_articles (reject_id, article_id, reason, detail, origin, received_at, excerpt) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reject_id) DO NOTHING";

    /** Tables, indexes and then the analysts' views ({@link TrendViews}). */
    public static List<String> ddl(Dialect d) {
        List<String> statements = new java.util.ArrayList<>(tables(d));
        statements.addAll(TrendViews.ddl(d));
        return statements;
    }

    private static List<String> tables(Dialect d) {
        String ts = d.timestampType;
        String dbl = d.doubleType;
        return List.of(
                "CREATE TABLE IF NOT EXISTS trend_windows (\n"
                        + "  topic         TEXT NOT NULL,\n"
                        + "  geo           TEXT NOT NULL,\n"
                        + "  window_start  " + ts + " NOT NULL,\n"
                        + "  window_end    " + ts + " NOT NULL,\n"
                        + "  article_count BIGINT NOT NULL,\n"
                        + "  source_count  INTEGER NOT NULL,\n"
                        + "  total_articles BIGINT NOT NULL,\n"
                        + "  share         " + dbl + ",\n"
                        + "  baseline      " + dbl + ",\n"
                        + "  baseline_std  " + dbl + ",\n"
                        + "  score         " + dbl + ",\n"
                        + "  top_headlines TEXT,\n"
                        + "  top_terms     TEXT,\n"
                        + "  updated_at    " + ts + " NOT NULL,\n"
                        + "  PRIMARY KEY (topic, geo, window_end)\n"
                        + ")",
                "CREATE INDEX IF NOT EXISTS trend_windows_by_end ON trend_windows (window_end)",
                "CREATE TABLE IF NOT EXISTS trend_alerts (\n"
                        + "  alert_id       TEXT PRIMARY KEY,\n"
                        + "  topic          TEXT NOT NULL,\n"
                        + "  geo            TEXT NOT NULL,\n"
                        + "  window_start   " + ts + " NOT NULL,\n"
                        + "  window_end     " + ts + " NOT NULL,\n"
                        + "  severity       TEXT NOT NULL,\n"
                        + "  score          " + dbl + " NOT NULL,\n"
                        + "  article_count  BIGINT NOT NULL,\n"
                        + "  source_count   INTEGER NOT NULL,\n"
                        + "  share          " + dbl + ",\n"
                        + "  expected_count " + dbl + ",\n"
                        + "  headline       TEXT,\n"
                        + "  headlines      TEXT,\n"
                        + "  top_terms      TEXT,\n"
                        + "  created_at     " + ts + " NOT NULL\n"
                        + ")",
                "CREATE INDEX IF NOT EXISTS trend_alerts_by_end ON trend_alerts (window_end)",
                "CREATE TABLE IF NOT EXISTS rejected_articles (\n"
                        + "  reject_id   TEXT PRIMARY KEY,\n"
                        + "  article_id  TEXT,\n"
                        + "  reason      TEXT NOT NULL,\n"
                        + "  detail      TEXT,\n"
                        + "  origin      TEXT NOT NULL,\n"
                        + "  received_at " + ts + ",\n"
                        + "  excerpt     TEXT\n"
                        + ")",
                "CREATE INDEX IF NOT EXISTS rejected_articles_by_reason ON rejected_articles (reason)");
    }

    /** Creates whatever is missing; safe to run on every start. */
    public static void createIfMissing(Connection connection, Dialect dialect) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : ddl(dialect)) {
                st.execute(sql);
            }
        }
    }

    /** The DDL as a script, for {@code scripts/} and for operators who create tables themselves. */
    public static String script(Dialect dialect) {
        StringBuilder sb = new StringBuilder("-- newspulse tables for " + dialect.name().toLowerCase(java.util.Locale.ROOT)
                + " (generated by `scripts/newspulse schema`; the job also creates them at start)\n");
        for (String sql : ddl(dialect)) {
            sb.append(sql).append(";\n\n");
        }
        return sb.toString();
    }
}
