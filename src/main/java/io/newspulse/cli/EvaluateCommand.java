package io.newspulse.cli;

import io.newspulse.config.ValueParsers;
import io.newspulse.sample.AlertEvaluation;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Compares the alerts of a run with the ground truth its feed was generated with. */
@Command(name = "evaluate", description = "Alert precision, recall and delay against a generated feed's ground truth.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--truth", required = true, description = "ground truth written by `generate`")
    Path truth;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--window-size", defaultValue = "6h", description = "the run's window.size (default: ${DEFAULT-VALUE})")
    String windowSize;

    @Override
    public Integer call() throws Exception {
        try (Connection c = db.connect()) {
            AlertEvaluation.Result r = AlertEvaluation.evaluate(AlertEvaluation.readTruth(truth),
                    AlertEvaluation.readAlerts(c, db.dialect()), ValueParsers.positiveDuration(windowSize));
            r.lines.forEach(System.out::println);
            r.falseAlerts.forEach(f -> System.out.println("false alert: " + f));
            System.out.println(r.summary());
        }
        return 0;
    }
}
