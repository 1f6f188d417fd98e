package io.newspulse.sink;

import io.newspulse.Json;
import io.newspulse.alert.TrendAlert;
import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.config.Secrets;
import io.newspulse.ingest.Rejection;
import io.newspulse.trend.TrendWindow;
import java.sql.Connection;
import org.apache.flink.api.connector.sink2.Sink;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Properties;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * JDBC sinks for the trend tables. At-least-once with idempotent statements: a batch replayed after a
 * restore writes the same keys again, so the tables end as a failure-free run leaves them.
 */
public final class JdbcSinks {
    private final String url;
    private final String user;
    private final String password;
    private final Dialect dialect;
    private final JdbcExecutionOptions execution;
    /** Alerts are few and someone waits for each: written one at a time, as they come, not batched. */
    private final JdbcExecutionOptions alertExecution;

    public JdbcSinks(JobConfig config) {
        this.url = config.get(ConfigKeys.JDBC_URL);
        this.user = config.get(ConfigKeys.JDBC_USER);
        this.password = Secrets.jdbcPassword(config);
        this.dialect = Dialect.of(url);
        this.execution = JdbcExecutionOptions.builder()
                .withBatchSize(config.get(ConfigKeys.JDBC_BATCH_SIZE))
                .withBatchIntervalMs(config.get(ConfigKeys.JDBC_BATCH_INTERVAL).toMillis())
                .withMaxRetries(config.get(ConfigKeys.JDBC_MAX_RETRIES))
                .build();
        this.alertExecution = JdbcExecutionOptions.builder()
                .withBatchSize(1)
                .withMaxRetries(config.get(ConfigKeys.JDBC_MAX_RETRIES))
                .build();
    }

    public Dialect dialect() {
        return dialect;
    }

    public Sink<TrendWindow> trendWindows() {
        return new QuietCloseSink<>(JdbcSink.<TrendWindow>builder()
                .withQueryStatement(TrendTables.UPSERT_TREND_WINDOW, new TrendWindowStatement(dialect))
                .withExecutionOptions(execution)
                .buildAtLeastOnce(connectionOptions()), "trend_windows");
    }

    public Sink<TrendAlert> trendAlerts() {
        return new QuietCloseSink<>(JdbcSink.<TrendAlert>builder()
                .withQueryStatement(TrendTables.INSERT_ALERT, new AlertStatement(dialect))
                .withExecutionOptions(alertExecution)
                .buildAtLeastOnce(connectionOptions()), "trend_alerts");
    }

    public Sink<Rejection> rejectedArticles() {
        return new QuietCloseSink<>(JdbcSink.<Rejection>builder()
                .withQueryStatement(TrendTables.INSERT_REJECTED, new RejectionStatement(dialect))
                .withExecutionOptions(execution)
                .buildAtLeastOnce(connectionOptions()), "rejected_articles");
    }

    /** Creates missing tables; called once before the job starts. */
    public void createTables() throws SQLException {
        try (Connection c = connect()) {
            TrendTables.createIfMissing(c, dialect);
        } finally {
            JdbcDrivers.deregister(); // submitted to a cluster, this runs in the JobManager, in the job's class loader
        }
    }

    /**
     * A connection through the driver class itself rather than {@link java.sql.DriverManager}: on a cluster the
     * job's classes live in a per-job class loader, and DriverManager refuses drivers that a previous job's
     * class loader registered ("No suitable driver").
     */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (dialect == Dialect.SQLITE) {
            props.setProperty("busy_timeout", "30000");
            props.setProperty("journal_mode", "WAL");
        }
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Driver driver;
        try {
            driver = (Driver) Class.forName(dialect.driver, true, JdbcSinks.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("cannot load the JDBC driver " + dialect.driver, e);
        }
        Connection c = driver.connect(url, props);
        if (c == null) {
            throw new SQLException("the driver " + dialect.driver + " does not accept " + url);
        }
        return c;
    }

    private JdbcConnectionOptions connectionOptions() {
        JdbcConnectionOptions.JdbcConnectionOptionsBuilder b = new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                .withUrl(url)
                .withDriverName(dialect.driver);
        if (dialect == Dialect.SQLITE) {
            // the two sinks and readers share one file: wait for the lock instead of failing, and let
            // readers (the top command) read while the job writes
            b.withProperty("busy_timeout", "30000").withProperty("journal_mode", "WAL");
        }
        if (user != null) {
            b.withUsername(user);
        }
        if (password != null) {
            b.withPassword(password);
        }
        return b.build();
    }

    static final class TrendWindowStatement implements JdbcStatementBuilder<TrendWindow> {
        private static final long serialVersionUID = 1L;
        private final Dialect dialect;

        TrendWindowStatement(Dialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public void accept(PreparedStatement ps, TrendWindow w) throws SQLException {
            ps.setString(1, w.topic);
            ps.setString(2, w.geo);
            dialect.setTimestamp(ps, 3, w.windowStart);
            dialect.setTimestamp(ps, 4, w.windowEnd);
            ps.setLong(5, w.articleCount);
            ps.setInt(6, w.sourceCount);
            ps.setLong(7, w.totalArticles);
            setDouble(ps, 8, w.share);
            setDouble(ps, 9, w.baseline);
            setDouble(ps, 10, w.baselineStd);
            setDouble(ps, 11, w.score);
            ps.setString(12, toJson(w.topHeadlines));
            ps.setString(13, toJson(w.topTerms));
            dialect.setTimestamp(ps, 14, Instant.now());
        }
    }

    static final class AlertStatement implements JdbcStatementBuilder<TrendAlert> {
        private static final long serialVersionUID = 1L;
        private final Dialect dialect;

        AlertStatement(Dialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public void accept(PreparedStatement ps, TrendAlert a) throws SQLException {
            ps.setString(1, a.alertId);
            ps.setString(2, a.topic);
            ps.setString(3, a.geo);
            dialect.setTimestamp(ps, 4, a.windowStart);
            dialect.setTimestamp(ps, 5, a.windowEnd);
            ps.setString(6, a.severity);
            ps.setDouble(7, a.score);
            ps.setLong(8, a.articleCount);
            ps.setInt(9, a.sourceCount);
            setDouble(ps, 10, a.share);
            setDouble(ps, 11, a.expectedCount);
            ps.setString(12, a.headline);
            ps.setString(13, toJson(a.headlines));
            ps.setString(14, toJson(a.topTerms));
            dialect.setTimestamp(ps, 15, Instant.now());
        }
    }

    static final class RejectionStatement implements JdbcStatementBuilder<Rejection> {
        private static final long serialVersionUID = 1L;
        private final Dialect dialect;

        RejectionStatement(Dialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public void accept(PreparedStatement ps, Rejection r) throws SQLException {
            ps.setString(1, r.rejectId);
            ps.setString(2, r.articleId);
            ps.setString(3, r.reason);
            ps.setString(4, r.detail);
            ps.setString(5, r.origin);
            dialect.setTimestamp(ps, 6, r.receivedAt);
            ps.setString(7, r.excerpt);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value, e);
        }
    }
}
