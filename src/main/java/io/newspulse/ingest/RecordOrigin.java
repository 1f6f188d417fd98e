package io.newspulse.ingest;

import java.time.Instant;

/**
 * Where one input record came from: a deterministic id (topic/partition/offset or file/line), the
 * time the transport recorded for it (Kafka's record timestamp; null for files) and a file name for
 * whole-page files.
 */
public final class RecordOrigin {
    private final String id;
    private final Instant recordTime;
    private final String fileName;

    private RecordOrigin(String id, Instant recordTime, String fileName) {
        this.id = id;
        this.recordTime = recordTime;
        this.fileName = fileName;
    }

    public static RecordOrigin kafka(String topic, int partition, long offset, long timestampMillis) {
        Instant time = timestampMillis > 0 ? Instant.ofEpochMilli(timestampMillis) : null;
        return new RecordOrigin("kafka:" + topic + "/" + partition + "@" + offset, time, null);
    }

    public static RecordOrigin fileLine(String path, long lineNumber) {
        return new RecordOrigin("file:" + path + ":" + lineNumber, null, null);
    }

    public static RecordOrigin page(String path) {
        return new RecordOrigin("file:" + path, null, path);
    }

    public String id() {
        return id;
    }

    /** The transport's time for the record, used as event time only when the article has no date. */
    public Instant recordTime() {
        return recordTime;
    }

    public String fileName() {
        return fileName;
    }
}
