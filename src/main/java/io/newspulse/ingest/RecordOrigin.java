package io.newspulse.ingest;

import java.time.Instant;

/**
 * Where one input record came from: a deterministic id (topic/partition/offset or file/line), the
 * time the transport recorded for it (Kafka's record timestamp; null for files) and a file name for
 * whole-page files.
 */
public final class RecordOrigin {
    private final String id;
    private final String split;
    private final Instant recordTime;
    private final String fileName;

    private RecordOrigin(String id, String split, Instant recordTime, String fileName) {
        this.id = id;
        this.split = split;
        this.recordTime = recordTime;
        this.fileName = fileName;
    }

    public static RecordOrigin kafka(String topic, int partition, long offset, long timestampMillis) {
        Instant time = timestampMillis > 0 ? Instant.ofEpochMilli(timestampMillis) : null;
        String split = "kafka:" + topic + "/" + partition;
        return new RecordOrigin(split + "@" + offset, split, time, null);
    }

    public static RecordOrigin fileLine(String path, long lineNumber) {
        return new RecordOrigin("file:" + path + ":" + lineNumber, "file:" + path, null, null);
    }

    public static RecordOrigin page(String path) {
        return new RecordOrigin("file:" + path, "file:" + path, null, path);
    }

    public String id() {
        return id;
    }

    /** The ordered part of the input the record belongs to: a Kafka partition, a file. */
    public String split() {
        return split;
    }

    /** The transport's time for the record, used as event time only when the article has no date. */
    public Instant recordTime() {
        return recordTime;
    }

    public String fileName() {
        return fileName;
    }
}
