package io.newspulse.cli;

import io.newspulse.report.TrendReport;
import io.newspulse.sink.TrendReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the HTML trend report: charts and spike headlines of the top series, in one file that opens offline. */
@Command(name = "report", description = "Writes a self-contained HTML report of the top series (charts, spikes, headlines).")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", defaultValue = "data/report.html", description = "the HTML file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--series", defaultValue = "8", description = "how many series, by peak score (default: ${DEFAULT-VALUE})")
    int series;

    @Option(names = "--since", description = "a look-back from the newest window (7d) or a UTC date/time; default: everything")
    String since;

    @Option(names = "--spike-score", defaultValue = "3.0",
            description = "windows scoring at least this are listed with their headlines (default: ${DEFAULT-VALUE})")
    double spikeScore;

    @Override
    public Integer call() throws Exception {
        if (series < 1) {
            System.err.println("newspulse report: --series must be at least 1");
            return 2;
        }
        try (Connection c = db.connect()) {
            TrendReport.Options options = new TrendReport.Options();
            options.series = series;
            options.spikeScore = spikeScore;
            options.source = db.jdbcUrl;
            if (since != null) {
                Instant latest = new TrendReader(c, db.dialect()).latestWindowEnd();
                try {
                    options.since = latest == null ? null : TopCommand.resolveSince(since, latest);
                } catch (IllegalArgumentException e) {
                    System.err.println("newspulse report: --since '" + since + "': " + e.getMessage());
                    return 2;
                }
            }
            String html = new TrendReport(c, db.dialect()).render(options, Instant.now());
            if (html == null) {
                System.err.println("No scored windows in " + db.jdbcUrl + " to report on.");
                return 1;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, html, StandardCharsets.UTF_8);
            System.err.println("newspulse: wrote " + out + " (" + html.length() / 1024 + " KB)");
        }
        return 0;
    }
}
