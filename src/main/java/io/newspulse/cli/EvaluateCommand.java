package io.newspulse.cli;

import io.newspulse.config.ValueParsers;
import io.newspulse.sample.AlertEvaluation;
import io.newspulse.sink.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Compares the alerts of a run with the ground truth its feed was generated with. */
@Command(name = "evaluate", description = "Alert precision, recall and delay against a generated feed's ground truth.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--truth", required = true, description = "ground truth written by `generate`")
    Path truth;

    @Option(names = "--jdbc-url", defaultValue = "jdbc:sqlite:data/newspulse.db", description = "database (default: ${DEFAULT-VALUE})")
    String jdbcUrl;

    @Option(names = "--user", description = "database user")
    String user;

    @Option(names = "--window-size", defaultValue = "6h", description = "the run's window.size (default: ${DEFAULT-VALUE})")
    String windowSize;

    @Override
    public Integer call() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, System.getenv("NEWSPULSE_JDBC_PASSWORD"))) {
            AlertEvaluation.Result r = AlertEvaluation.evaluate(AlertEvaluation.readTruth(truth),
                    AlertEvaluation.readAlerts(c, Dialect.of(jdbcUrl)), ValueParsers.positiveDuration(windowSize));
            r.lines.forEach(System.out::println);
            r.falseAlerts.forEach(f -> System.out.println("false alert: " + f));
            System.out.println(r.summary());
        }
        return 0;
    }
}
