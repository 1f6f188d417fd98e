package io.newspulse.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One row of {@code trend_alerts} and one message on the alerts topic: a series that spiked, and why. */
public class TrendAlert {
    /** {@code topic|geo|window_end} (plus {@code |escalation} for an escalation): the same on every replay. */
    public String alertId;
    public String topic;
    public String geo;
    public Instant windowStart;
    public Instant windowEnd;
    /** {@code new} for the first alert of a story, {@code escalation} when a live story grew by the configured factor. */
    public String severity;
    public double score;
    public long articleCount;
    public int sourceCount;
    public Double share;
    /** Expected article count from the series' baseline share. */
    public Double expectedCount;
    public String headline;
    public List<String> headlines = new ArrayList<>();
    public List<String> topTerms = new ArrayList<>();

    public TrendAlert() {}

    @Override
    public String toString() {
        return "TrendAlert{" + alertId + ", " + severity + ", score=" + score + ", n=" + articleCount + "}";
    }
}
