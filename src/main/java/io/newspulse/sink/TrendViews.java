package io.newspulse.sink;

import java.util.ArrayList;
import java.util.List;

/**
 * The views analysts query, per dialect: each answers a common question in one {@code SELECT} and hides
 * what differs between PostgreSQL and SQLite (JSON access, time arithmetic), so the example queries in
 * {@code docs/ANALYSTS.md} run unchanged on both.
 *
 * <p>"Now" is the newest window end in {@code trend_windows}, not the wall clock: a replay of last year's
 * news reads the same as a live run, and a stalled job does not make every trend look old.
 *
 * <ul>
 *   <li>{@code trend_history}: every window of every series, explained — expected count from the baseline,
 *       first headline, {@code hours_ago}, and the alert raised on that window, if any;
 *   <li>{@code trending_now}: the series of the newest window, ranked by score ({@code rank} 1 = most unusual);
 *   <li>{@code active_alerts}: each series' latest alert of the last 24 hours, with its current score.
 * </ul>
 */
public final class TrendViews {
    private TrendViews() {}

    /** Alerts at most this old (in data time) are listed by {@code active_alerts}. */
    public static final int ACTIVE_ALERT_HOURS = 24;

    /** Statements that (re)create the views; safe on every start, and they follow upgrades of the definitions. */
    static List<String> ddl(Dialect d) {
        String latest = "(SELECT MAX(window_end) FROM trend_windows)";
        List<String> statements = new ArrayList<>();
        create(statements, d, "trend_history", "SELECT w.topic, w.geo,\n"
                        + "  CASE WHEN w.geo LIKE '%-%' THEN 'pair' ELSE 'country' END AS geo_kind,\n"
                        + "  w.window_start, w.window_end, " + hoursBetween(d, "w.window_end", latest) + " AS hours_ago,\n"
                        + "  w.article_count, w.source_count, w.total_articles, w.share,\n"
                        + "  w.baseline AS baseline_share, w.baseline_std AS baseline_share_std,\n"
                        + "  w.baseline * w.total_articles AS expected_count, w.score,\n"
                        + "  " + firstJsonElement(d, "w.top_headlines") + " AS top_headline, w.top_headlines, w.top_terms,\n"
                        + "  (SELECT MAX(a.severity) FROM trend_alerts a\n"
                        + "     WHERE a.topic = w.topic AND a.geo = w.geo AND a.window_end = w.window_end) AS alert_severity\n"
                        + "FROM trend_windows w");
        create(statements, d, "trending_now", "SELECT RANK() OVER (ORDER BY h.score DESC) AS rank,\n"
                        + "  h.topic, h.geo, h.geo_kind, h.window_start, h.window_end, h.score, h.article_count, h.source_count,\n"
                        + "  h.total_articles, h.share, h.baseline_share, h.expected_count, h.top_headline, h.top_headlines,\n"
                        + "  h.top_terms, h.alert_severity\n"
                        + "FROM trend_history h\n"
                        + "WHERE h.window_end = " + latest + " AND h.score IS NOT NULL");
        create(statements, d, "active_alerts", "SELECT a.alert_id, a.severity, a.topic, a.geo, a.window_start, a.window_end,\n"
                        + "  " + hoursBetween(d, "a.window_end", latest) + " AS hours_ago,\n"
                        + "  a.score, a.article_count, a.source_count, a.share, a.expected_count, a.headline, a.headlines,\n"
                        + "  a.top_terms, a.created_at, n.score AS current_score, n.article_count AS current_count\n"
                        + "FROM trend_alerts a\n"
                        + "LEFT JOIN trend_windows n ON n.topic = a.topic AND n.geo = a.geo AND n.window_end = " + latest + "\n"
                        + "WHERE a.window_end > " + minusHours(d, latest, ACTIVE_ALERT_HOURS) + "\n"
                        + "  AND a.window_end = (SELECT MAX(b.window_end) FROM trend_alerts b WHERE b.topic = a.topic AND b.geo = a.geo)");
        return statements;
    }

    /**
     * PostgreSQL replaces a view in place (and refuses if a user's own view depends on a changed column);
     * SQLite has no {@code OR REPLACE}, and drops views without checking dependants.
     */
    private static void create(List<String> statements, Dialect d, String name, String select) {
        if (d == Dialect.POSTGRESQL) {
            statements.add("CREATE OR REPLACE VIEW " + name + " AS\n" + select);
        } else {
            statements.add("DROP VIEW IF EXISTS " + name);
            statements.add("CREATE VIEW " + name + " AS\n" + select);
        }
    }

    private static String hoursBetween(Dialect d, String earlier, String later) {
        return d == Dialect.POSTGRESQL
                ? "EXTRACT(EPOCH FROM (" + later + " - " + earlier + ")) / 3600.0"
                : "(julianday(" + later + ") - julianday(" + earlier + ")) * 24.0";
    }

    private static String minusHours(Dialect d, String time, int hours) {
        return d == Dialect.POSTGRESQL
                ? "(" + time + " - INTERVAL '" + hours + " hours')"
                : "datetime(" + time + ", '-" + hours + " hours')";
    }

    private static String firstJsonElement(Dialect d, String column) {
        return d == Dialect.POSTGRESQL ? "(" + column + "::json ->> 0)" : "json_extract(" + column + ", '$[0]')";
    }
}
