package io.newspulse.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendReader;
import io.newspulse.sink.TrendReader.TopQuery;
import io.newspulse.sink.TrendReader.TopTrend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page about the top series: for each, a chart of its share of coverage against
 * the baseline band and of its score, with alert markers, and the windows that spiked with their counts,
 * sources and headlines. Everything is inline (data as JSON, script, style): the file opens offline and
 * can be mailed. Charts are drawn by the page's script from the embedded data, so the rows stay readable
 * without it.
 */
public final class TrendReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** What to put in the report. */
    public static final class Options {
        /** Series ranked by peak score in windows ending after this; null for the whole table. */
        public Instant since;
        public int series = 8;
        /** Windows scoring at least this are listed under a series as spikes (alerted windows always are). */
        public double spikeScore = 3.0;
        /** Spike rows listed per series, highest score first. */
        public int spikesPerSeries = 6;
        public String source = "";
    }

    /** One window of one series, as charted. Gaps (windows without articles) are filled with zero share. */
    static final class Point {
        Instant end;
        long count;
        int sources;
        long total;
        double share;
        Double baseline;
        Double baselineStd;
        Double expected;
        Double score;
        String alert;
        List<String> headlines = List.of();
    }

    static final class Series {
        TopTrend peak;
        List<Point> points = new ArrayList<>();
    }

    private final Connection connection;
    private final Dialect dialect;

    public TrendReport(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The report as HTML, or null when the tables hold no scored window yet. */
    public String render(Options options, Instant generatedAt) throws SQLException {
        TrendReader reader = new TrendReader(connection, dialect);
        Instant latest = reader.latestWindowEnd();
        if (latest == null) {
            return null;
        }
        Instant since = options.since != null ? options.since : Instant.EPOCH;
        List<TopTrend> top = reader.top(new TopQuery().since(since).limit(options.series));
        if (top.isEmpty()) {
            return null;
        }
        long slide = slideMillis();
        List<Series> series = new ArrayList<>();
        for (TopTrend t : top) {
            Series s = new Series();
            s.peak = t;
            s.points = fillGaps(history(t.topic, t.geo, since), slide);
            series.add(s);
        }
        return html(series, options, latest, generatedAt);
    }

    private List<Point> history(String topic, String geo, Instant since) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT window_end, article_count, source_count, "
                + "total_articles, share, baseline_share, baseline_share_std, expected_count, score, alert_severity, top_headlines "
                + "FROM trend_history WHERE topic = ? AND geo = ? AND window_end > ? ORDER BY window_end")) {
            ps.setString(1, topic);
            ps.setString(2, geo);
            dialect.setTimestamp(ps, 3, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Point p = new Point();
                    p.end = dialect.getTimestamp(rs, "window_end");
                    p.count = rs.getLong("article_count");
                    p.sources = rs.getInt("source_count");
                    p.total = rs.getLong("total_articles");
                    p.share = rs.getDouble("share");
                    p.baseline = TrendReader.nullableDouble(rs, "baseline_share");
                    p.baselineStd = TrendReader.nullableDouble(rs, "baseline_share_std");
                    p.expected = TrendReader.nullableDouble(rs, "expected_count");
                    p.score = TrendReader.nullableDouble(rs, "score");
                    p.alert = rs.getString("alert_severity");
                    p.headlines = TrendReader.jsonList(rs.getString("top_headlines"));
                    points.add(p);
                }
            }
        }
        return points;
    }

    /** The window slide: the smallest step between window ends in the table (an hour by default). */
    private long slideMillis() throws SQLException {
        List<Instant> ends = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT DISTINCT window_end FROM trend_windows ORDER BY window_end DESC LIMIT 200");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ends.add(dialect.getTimestamp(rs, "window_end"));
            }
        }
        long slide = Long.MAX_VALUE;
        for (int i = 1; i < ends.size(); i++) {
            slide = Math.min(slide, ends.get(i - 1).toEpochMilli() - ends.get(i).toEpochMilli());
        }
        return slide == Long.MAX_VALUE || slide <= 0 ? 3_600_000L : slide;
    }

    /** Windows without articles have no row; they are drawn at zero share with the baseline carried on. */
    static List<Point> fillGaps(List<Point> rows, long slideMillis) {
        List<Point> filled = new ArrayList<>();
        Point previous = null;
        for (Point p : rows) {
            if (previous != null) {
                long missing = (p.end.toEpochMilli() - previous.end.toEpochMilli()) / slideMillis - 1;
                for (long i = 1; i <= Math.min(missing, 10_000); i++) {
                    Point gap = new Point();
                    gap.end = previous.end.plusMillis(i * slideMillis);
                    gap.baseline = previous.baseline;
                    gap.baselineStd = previous.baselineStd;
                    filled.add(gap);
                }
            }
            filled.add(p);
            previous = p;
        }
        return filled;
    }

    private static String html(List<Series> series, Options options, Instant latest, Instant generatedAt) {
        Instant first = series.stream().map(s -> s.points.get(0).end).min(Comparator.naturalOrder()).orElse(latest);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>newspulse trend report, windows to ").append(TIME.format(latest)).append(" UTC</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>newspulse trend report</h1>\n<p class=\"range\">Windows ending ")
                .append(TIME.format(first)).append(" to ").append(TIME.format(latest)).append(" UTC · ")
                .append(series.size()).append(" series")
                .append(" ranked by their highest score · source ").append(escape(options.source))
                .append(" · generated ").append(TIME.format(generatedAt)).append(" UTC</p>\n")
                .append("<p class=\"legend\"><span class=\"key share\"></span> share of all articles "
                        + "<span class=\"key band\"></span> baseline ± 2 standard deviations "
                        + "<span class=\"key score\"></span> score <span class=\"key alert\"></span> alert</p>\n")
                .append("<noscript><p>The charts need JavaScript; the tables below do not.</p></noscript>\n</header>\n");
        h.append("<nav><ol>\n");
        for (int i = 0; i < series.size(); i++) {
            TopTrend t = series.get(i).peak;
            h.append("<li><a href=\"#series-").append(i + 1).append("\">").append(escape(t.topic)).append(" · ")
                    .append(escape(t.geo)).append("</a> <span class=\"num\">").append(fmt(t.score)).append("</span></li>\n");
        }
        h.append("</ol></nav>\n<main>\n");
        for (int i = 0; i < series.size(); i++) {
            section(h, i, series.get(i), options);
        }
        h.append("</main>\n<script type=\"application/json\" id=\"report-data\">")
                .append(data(series, options)).append("</script>\n<script>\n").append(resource("report.js"))
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, int index, Series s, Options options) {
        TopTrend t = s.peak;
        h.append("<section class=\"series\" id=\"series-").append(index + 1).append("\" data-topic=\"")
                .append(escape(t.topic)).append("\" data-geo=\"").append(escape(t.geo)).append("\">\n")
                .append("<h2>").append(index + 1).append(". ").append(escape(t.topic)).append(" · ").append(escape(t.geo))
                .append("</h2>\n<p class=\"summary\">Peak score <b>").append(fmt(t.score)).append("</b> in the window ending ")
                .append(TIME.format(t.windowEnd)).append(" UTC: <b>").append(t.articleCount).append("</b> articles from <b>")
                .append(t.sourceCount).append("</b> sources, where the baseline expected ")
                .append(t.expected == null ? "nothing yet" : fmt(t.expected)).append(".</p>\n")
                .append("<div class=\"chart\" data-series=\"").append(index).append("\"></div>\n");
        List<Point> spikes = new ArrayList<>();
        for (Point p : s.points) {
            if (p.alert != null || p.score != null && p.score >= options.spikeScore) {
                spikes.add(p);
            }
        }
        spikes.sort(Comparator.comparing((Point p) -> p.alert == null).thenComparing(p -> p.score == null ? 0 : -p.score));
        List<Point> shown = new ArrayList<>(spikes.subList(0, Math.min(options.spikesPerSeries, spikes.size())));
        shown.sort(Comparator.comparing(p -> p.end));
        if (shown.isEmpty()) {
            h.append("<p class=\"quiet\">No window reached score ").append(fmt(options.spikeScore)).append(".</p>\n");
        } else {
            h.append("<table class=\"spikes\">\n<thead><tr><th>window end (UTC)</th><th>articles</th><th>sources</th>"
                    + "<th>expected</th><th>share</th><th>score</th><th>alert</th><th>headlines</th></tr></thead>\n<tbody>\n");
            for (Point p : shown) {
                h.append("<tr class=\"spike\"><td>").append(TIME.format(p.end)).append("</td><td class=\"num\">")
                        .append(p.count).append("</td><td class=\"num\">").append(p.sources).append("</td><td class=\"num\">")
                        .append(p.expected == null ? "–" : fmt(p.expected)).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f%%", p.share * 100)).append("</td><td class=\"num\">")
                        .append(fmt(p.score)).append("</td><td>").append(p.alert == null ? "" : escape(p.alert))
                        .append("</td><td><ul>");
                for (String headline : p.headlines) {
                    h.append("<li>").append(escape(headline)).append("</li>");
                }
                h.append("</ul></td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** The chart data, safe inside a script element ({@code <} escaped, so no headline can close it). */
    private static String data(List<Series> series, Options options) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spikeScore", options.spikeScore);
        ArrayNode list = root.putArray("series");
        for (Series s : series) {
            ObjectNode o = list.addObject();
            o.put("topic", s.peak.topic);
            o.put("geo", s.peak.geo);
            ArrayNode points = o.putArray("points");
            for (Point p : s.points) {
                ObjectNode n = points.addObject();
                n.put("t", p.end.toEpochMilli());
                n.put("count", p.count);
                n.put("share", p.share);
                putNullable(n, "base", p.baseline);
                putNullable(n, "std", p.baselineStd);
                putNullable(n, "score", p.score);
                if (p.alert != null) {
                    n.put("alert", p.alert);
                }
            }
        }
        try {
            return Json.MAPPER.writeValueAsString(root).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNullable(ObjectNode n, String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.0f" : Math.abs(d) >= 1 ? "%.2f" : "%.3f", d);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String resource(String name) {
        try (InputStream in = TrendReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/newspulse/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
