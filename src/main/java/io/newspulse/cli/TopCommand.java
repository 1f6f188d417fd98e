package io.newspulse.cli;

import io.newspulse.config.ValueParsers;
import io.newspulse.sink.TrendReader;
import io.newspulse.sink.TrendReader.TopTrend;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the series that trended most in the last period of the data. */
@Command(name = "top", description = "Prints the top trends from the trend tables.")
final class TopCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--period", defaultValue = "24h", description = "look back from the newest window, e.g. 24h, 3d (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = "--limit", defaultValue = "10", description = "rows (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        Duration lookBack;
        try {
            lookBack = ValueParsers.positiveDuration(period);
        } catch (IllegalArgumentException e) {
            System.err.println("newspulse top: --period '" + period + "': " + e.getMessage());
            return 2;
        }
        try (Connection c = db.connect()) {
            List<TopTrend> rows = new TrendReader(c, db.dialect()).top(lookBack, limit);
            if (rows.isEmpty()) {
                System.out.println("No scored windows yet in " + db.jdbcUrl + " (series need trend.min-history windows of history).");
                return 0;
            }
            System.out.println(format(rows));
        }
        return 0;
    }

    static String format(List<TopTrend> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %-7s %-17s %6s %5s %7s %8s  %s%n",
                "topic", "geo", "window_end (UTC)", "score", "count", "sources", "expected", "top headline"));
        for (TopTrend t : rows) {
            String headline = t.headline.length() > 70 ? t.headline.substring(0, 67) + "..." : t.headline;
            sb.append(String.format(Locale.ROOT, "%-14s %-7s %-17s %6.1f %5d %7d %8s  %s%n",
                    t.topic, t.geo, t.windowEnd.toString().substring(0, 16).replace('T', ' '), t.score, t.articleCount,
                    t.sourceCount, t.expected == null ? "-" : String.format(Locale.ROOT, "%.1f", t.expected), headline));
        }
        return sb.toString().stripTrailing();
    }
}
