package io.newspulse.cli;

import io.newspulse.config.ConfigLoader;
import io.newspulse.sink.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/** The database options shared by the commands that read the trend tables. */
final class DatabaseOptions {
    @Option(names = "--jdbc-url", defaultValue = "jdbc:sqlite:data/newspulse.db", description = "database (default: ${DEFAULT-VALUE})")
    String jdbcUrl;

    @Option(names = "--user", description = "database user (password: NEWSPULSE_JDBC_PASSWORD)")
    String user;

    Connection connect() throws SQLException {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            String file = jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
            if (!file.isEmpty() && !file.startsWith(":memory:") && !Files.exists(Path.of(file))) {
                throw new IllegalArgumentException("no database at " + file
                        + ": run the job first (scripts/run-local.sh) or point --jdbc-url at its database");
            }
        }
        return DriverManager.getConnection(jdbcUrl, user, System.getenv(ConfigLoader.JDBC_PASSWORD_ENV));
    }

    Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }
}
