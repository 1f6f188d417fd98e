package io.newspulse.cli;

import io.newspulse.config.ValueParsers;
import io.newspulse.sink.TrendReader;
import io.newspulse.sink.TrendReader.TopQuery;
import io.newspulse.sink.TrendReader.TopTrend;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints what is trending: the series of the newest window, or each series' peak since a point in time. */
@Command(name = "top", description = {
    "Prints the trending series from the trend tables, most unusual first.",
    "Without --since: the newest window (view trending_now). With --since: each series at its peak since then."})
final class TopCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--since", description = "a look-back from the newest window (24h, 7d) or a UTC date/time "
            + "(2025-08-20, 2025-08-20T06:00Z); default: the newest window only")
    String since;

    @Option(names = "--topic", description = "one topic, e.g. trade")
    String topic;

    @Option(names = "--country", description = "one country code, e.g. CN: its own series and its pairs (CN-US)")
    String country;

    @Option(names = "--limit", defaultValue = "10", description = "rows (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultTable.Format format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            System.err.println("newspulse top: --limit must be at least 1");
            return 2;
        }
        try (Connection c = db.connect()) {
            TrendReader reader = new TrendReader(c, db.dialect());
            Instant latest = reader.latestWindowEnd();
            if (latest == null) {
                System.err.println("No windows yet in " + db.jdbcUrl + ".");
                return 0;
            }
            TopQuery query = new TopQuery().limit(limit)
                    .topic(topic == null ? null : topic.toLowerCase(Locale.ROOT))
                    .country(country == null ? null : country.toUpperCase(Locale.ROOT));
            Instant from = null;
            if (since != null) {
                try {
                    from = resolveSince(since, latest);
                    query.since(from);
                } catch (IllegalArgumentException e) {
                    System.err.println("newspulse top: --since '" + since + "': " + e.getMessage());
                    return 2;
                }
            }
            List<TopTrend> rows = reader.top(query);
            if (rows.isEmpty()) {
                System.err.println("No scored series match in " + (since == null ? "the newest window (ending " + latest
                        + "); try --since 24h" : "windows ending after " + from) + ". Series are scored once the "
                        + "feed has trend.min-history windows of history.");
                return 0;
            }
            System.out.print(table(rows, format).render(format));
        }
        return 0;
    }

    /** A duration counts back from the newest window (the data's "now"); a date or date-time is taken as UTC. */
    static Instant resolveSince(String value, Instant latest) {
        String v = value.trim();
        if (!v.isEmpty() && Character.isLetter(v.charAt(v.length() - 1)) && !v.toUpperCase(Locale.ROOT).endsWith("Z")) {
            Duration back = ValueParsers.positiveDuration(v);
            return latest.minus(back);
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a duration like 24h or 7d, a date like 2025-08-20, "
                    + "or a date-time like 2025-08-20T06:00Z");
        }
    }

    /** The terminal table shows the essentials; CSV and JSON carry every column in full. */
    static ResultTable table(List<TopTrend> rows, ResultTable.Format format) {
        boolean terminal = format == ResultTable.Format.TABLE;
        ResultTable t = new ResultTable(terminal
                ? List.of("topic", "geo", "window_end", "score", "count", "sources", "baseline", "alert", "top_headline")
                : List.of("topic", "geo", "window_start", "window_end", "score", "article_count", "source_count",
                        "total_articles", "share", "baseline_share", "expected_count", "alert", "top_headlines", "top_terms"));
        for (TopTrend r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", r.topic);
            row.put("geo", r.geo);
            if (!terminal) {
                row.put("window_start", r.windowStart);
            }
            row.put("window_end", r.windowEnd);
            row.put("score", r.score);
            if (terminal) {
                row.put("count", r.articleCount);
                row.put("sources", r.sourceCount);
                row.put("baseline", r.expected);
                row.put("alert", r.alert);
                row.put("top_headline", r.headline());
            } else {
                row.put("article_count", r.articleCount);
                row.put("source_count", r.sourceCount);
                row.put("total_articles", r.totalArticles);
                row.put("share", r.share);
                row.put("baseline_share", r.baselineShare);
                row.put("expected_count", r.expected);
                row.put("alert", r.alert);
                row.put("top_headlines", r.headlines);
                row.put("top_terms", r.terms);
            }
            t.add(row);
        }
        return t;
    }
}
