package io.newspulse.sample;

import java.time.Instant;

/** Something the generator planted in the feed, and whether a good detector should alert on it. */
public final class PlantedEvent {
    public String name;
    /** {@code burst}, {@code decoy} or {@code condition} (a feed-wide change such as an outage). */
    public String kind;
    public String topic;
    public String geo;
    public Instant start;
    public Instant end;
    public boolean expectAlert;

    public PlantedEvent() {}

    PlantedEvent(String name, String kind, String topic, String geo, Instant start, Instant end, boolean expectAlert) {
        this.name = name;
        this.kind = kind;
        this.topic = topic;
        this.geo = geo;
        this.start = start;
        this.end = end;
        this.expectAlert = expectAlert;
    }
}
