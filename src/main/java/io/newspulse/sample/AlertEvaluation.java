package io.newspulse.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import io.newspulse.sink.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the alerts in {@code trend_alerts} against a feed's ground truth. An alert (severity {@code new})
 * belongs to a planted event when it has the event's topic, its geo is the event's or one of the event's
 * two countries, and its window ends between the event's start and its end plus {@code windowSize}.
 * Precision: alerts that belong to an expected event ÷ all alerts (alerts on decoys and unplanned series
 * count against it). Recall: expected events with an alert on their own series ÷ expected events. Delay:
 * from an event's start to the end of the first window that alerted on it.
 */
public final class AlertEvaluation {
    /** One alert as written. */
    public static final class Alert {
        public final String topic;
        public final String geo;
        public final Instant windowEnd;

        public Alert(String topic, String geo, Instant windowEnd) {
            this.topic = topic;
            this.geo = geo;
            this.windowEnd = windowEnd;
        }
    }

    /** The evaluation of one run. */
    public static final class Result {
        public int alerts;
        public int truePositives;
        public int expectedEvents;
        public int detectedEvents;
        public int alertsOnDecoys;
        public final List<String> falseAlerts = new ArrayList<>();
        public final List<Duration> delays = new ArrayList<>();
        public final List<String> lines = new ArrayList<>();

        public double precision() {
            return alerts == 0 ? 1.0 : (double) truePositives / alerts;
        }

        public double recall() {
            return expectedEvents == 0 ? 1.0 : (double) detectedEvents / expectedEvents;
        }

        public Duration medianDelay() {
            if (delays.isEmpty()) {
                return null;
            }
            List<Duration> sorted = new ArrayList<>(delays);
            sorted.sort(null);
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
        }

        public String summary() {
            return String.format(Locale.ROOT, "alerts %d, precision %.2f, recall %.2f (%d of %d events), median delay %s, "
                            + "alerts on decoys %d", alerts, precision(), recall(), detectedEvents, expectedEvents,
                    medianDelay() == null ? "-" : medianDelay().toMinutes() + " min", alertsOnDecoys);
        }
    }

    private AlertEvaluation() {}

    public static Result evaluate(List<PlantedEvent> events, List<Alert> alerts, Duration windowSize) {
        Result r = new Result();
        r.alerts = alerts.size();
        for (PlantedEvent e : events) {
            if (e.expectAlert) {
                r.expectedEvents++;
            }
        }
        for (Alert a : alerts) {
            PlantedEvent match = null;
            for (PlantedEvent e : events) {
                if (e.topic != null && belongs(a, e, windowSize)) {
                    match = e;
                    break;
                }
            }
            if (match != null && match.expectAlert) {
                r.truePositives++;
            } else {
                if (match != null) {
                    r.alertsOnDecoys++;
                }
                r.falseAlerts.add(a.topic + "|" + a.geo + " @" + a.windowEnd + (match != null ? " (decoy " + match.name + ")" : ""));
            }
        }
        for (PlantedEvent e : events) {
            if (!e.expectAlert) {
                continue;
            }
            Instant first = null;
            for (Alert a : alerts) {
                if (a.topic.equals(e.topic) && a.geo.equals(e.geo) && belongs(a, e, windowSize)
                        && (first == null || a.windowEnd.isBefore(first))) {
                    first = a.windowEnd;
                }
            }
            if (first != null) {
                r.detectedEvents++;
                Duration delay = Duration.between(e.start, first);
                r.delays.add(delay);
                r.lines.add(e.name + ": alerted at " + first + ", " + delay.toMinutes() + " min after it began");
            } else {
                r.lines.add(e.name + ": missed");
            }
        }
        return r;
    }

    private static boolean belongs(Alert a, PlantedEvent e, Duration windowSize) {
        if (!a.topic.equals(e.topic)) {
            return false;
        }
        boolean geo = a.geo.equals(e.geo) || List.of(e.geo.split("-")).contains(a.geo);
        return geo && !a.windowEnd.isBefore(e.start) && !a.windowEnd.isAfter(e.end.plus(windowSize));
    }

    public static List<PlantedEvent> readTruth(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        List<PlantedEvent> events = new ArrayList<>();
        for (JsonNode n : root.path("events")) {
            events.add(Json.MAPPER.treeToValue(n, PlantedEvent.class));
        }
        return events;
    }

    /** The new-story alerts (not escalations) in the table. */
    public static List<Alert> readAlerts(Connection c, Dialect dialect) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT topic, geo, window_end FROM trend_alerts WHERE severity = 'new' ORDER BY window_end, topic, geo");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                alerts.add(new Alert(rs.getString("topic"), rs.getString("geo"), dialect.getTimestamp(rs, "window_end")));
            }
        }
        return alerts;
    }
}
