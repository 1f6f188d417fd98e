package io.newspulse.cli;

import io.newspulse.ingest.RejectReason;
import io.newspulse.sink.TrendReader;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints how many inputs were rejected, per reason. */
@Command(name = "rejects", description = "Prints rejected inputs per reason (table rejected_articles).")
final class RejectsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (Connection c = db.connect()) {
            Map<String, Long> counts = new TrendReader(c, db.dialect()).rejectCounts();
            if (counts.isEmpty()) {
                System.out.println("No rejected inputs.");
            }
            counts.forEach((reason, n) -> System.out.printf("%-18s %6d  %s%n", reason, n, meaning(reason)));
        }
        return 0;
    }

    private static String meaning(String code) {
        for (RejectReason r : RejectReason.values()) {
            if (r.code().equals(code)) {
                return r.meaning();
            }
        }
        return "";
    }
}
