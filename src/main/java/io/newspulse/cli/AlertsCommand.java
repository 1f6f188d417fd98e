package io.newspulse.cli;

import io.newspulse.sink.TrendReader;
import io.newspulse.sink.TrendReader.AlertRow;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the alerts (table trend_alerts) in event-time order. */
@Command(name = "alerts", description = "Prints the alerts in trend_alerts, oldest first.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (Connection c = db.connect()) {
            List<AlertRow> rows = new TrendReader(c, db.dialect()).alerts();
            if (rows.isEmpty()) {
                System.out.println("No alerts.");
                return 0;
            }
            System.out.printf(Locale.ROOT, "%-10s %-12s %-6s %-17s %6s %5s %7s  %s%n",
                    "severity", "topic", "geo", "window_end (UTC)", "score", "count", "sources", "headline");
            for (AlertRow a : rows) {
                String headline = a.headline == null ? "" : a.headline.length() > 70 ? a.headline.substring(0, 67) + "..." : a.headline;
                System.out.printf(Locale.ROOT, "%-10s %-12s %-6s %-17s %6.1f %5d %7d  %s%n", a.severity, a.topic, a.geo,
                        a.windowEnd.toString().substring(0, 16).replace('T', ' '), a.score, a.articleCount, a.sourceCount, headline);
            }
        }
        return 0;
    }
}
