package io.newspulse.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the alerts (table trend_alerts) in event-time order. */
@Command(name = "alerts", description = "Prints the alerts in trend_alerts, oldest first.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultTable.Format format;

    @Override
    public Integer call() throws Exception {
        boolean terminal = format == ResultTable.Format.TABLE;
        String columns = terminal
                ? "severity, topic, geo, window_end, score, article_count AS count, source_count AS sources, "
                        + "expected_count AS baseline, headline"
                : "alert_id, severity, topic, geo, window_start, window_end, score, article_count, source_count, share, "
                        + "expected_count, headline, headlines, top_terms, created_at";
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + columns + " FROM trend_alerts ORDER BY window_end, topic, geo, severity")) {
            ResultTable table = ResultTable.of(rs);
            if (table.isEmpty() && terminal) {
                System.out.println("No alerts.");
                return 0;
            }
            System.out.print(table.render(format));
        }
        return 0;
    }
}
