package io.newspulse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The two databases the job writes to. The upsert SQL is the same for both; what differs is the column
 * type of timestamps (PostgreSQL {@code TIMESTAMPTZ}; SQLite text in its own {@code YYYY-MM-DD HH:MM:SS}
 * UTC form, which sorts in time order and works with SQLite's date functions) and how many tasks may
 * write at once (SQLite allows one writer).
 */
public enum Dialect {
    POSTGRESQL("org.postgresql.Driver", "TIMESTAMPTZ", "DOUBLE PRECISION", Integer.MAX_VALUE),
    SQLITE("org.sqlite.JDBC", "TEXT", "REAL", 1);

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public final String driver;
    final String timestampType;
    final String doubleType;
    /** Most sink tasks that may write concurrently. */
    public final int maxWriters;

    Dialect(String driver, String timestampType, String doubleType, int maxWriters) {
        this.driver = driver;
        this.timestampType = timestampType;
        this.doubleType = doubleType;
        this.maxWriters = maxWriters;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:sqlite: or jdbc:postgresql:): " + jdbcUrl);
    }

    public void setTimestamp(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            ps.setString(index, SQLITE_TIME.format(t));
        } else {
            ps.setObject(index, t.atOffset(ZoneOffset.UTC));
        }
    }

    public Instant getTimestamp(java.sql.ResultSet rs, String column) throws SQLException {
        if (this == SQLITE) {
            String s = rs.getString(column);
            return s == null ? null : java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        }
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
