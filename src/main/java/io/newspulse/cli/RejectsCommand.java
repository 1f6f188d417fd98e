package io.newspulse.cli;

import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints how many inputs were rejected, per reason. */
@Command(name = "rejects", description = "Prints rejected inputs per reason (table rejected_articles).")
final class RejectsCommand implements Callable<Integer> {
    @Option(names = "--jdbc-url", defaultValue = "jdbc:sqlite:data/newspulse.db", description = "database (default: ${DEFAULT-VALUE})")
    String jdbcUrl;

    @Option(names = "--user", description = "database user")
    String user;

    @Override
    public Integer call() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, System.getenv("NEWSPULSE_JDBC_PASSWORD"))) {
            Map<String, Long> counts = new TrendReader(c, Dialect.of(jdbcUrl)).rejectCounts();
            if (counts.isEmpty()) {
                System.out.println("No rejected inputs.");
            }
            counts.forEach((reason, n) -> System.out.printf("%-18s %6d%n", reason, n));
        }
        return 0;
    }
}
