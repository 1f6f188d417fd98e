package io.newspulse.ingest;

import java.time.Instant;

/** An input that was not counted, and why. Written to {@code rejected_articles}. */
public class Rejection {
    /** Deterministic id of the input (e.g. {@code kafka:articles.raw/0@1234}), so a replay writes the same row. */
    public String rejectId;
    /** The article's id when it could be read, else null. */
    public String articleId;
    /** {@link RejectReason#code()}. */
    public String reason;
    /** What exactly was wrong, for a human. */
    public String detail;
    /** Where the input came from (topic/partition/offset or file). */
    public String origin;
    public Instant receivedAt;
    /** The first characters of the input, stored literally. */
    public String excerpt;

    public Rejection() {}

    public static Rejection of(RecordOrigin origin, String articleId, RejectReason reason, String detail, String excerpt) {
        Rejection r = new Rejection();
        r.rejectId = origin.id();
        r.articleId = articleId;
        r.reason = reason.code();
        r.detail = detail;
        r.origin = origin.id();
        r.receivedAt = origin.receivedAt();
        r.excerpt = excerpt;
        return r;
    }

    @Override
    public String toString() {
        return "Rejection{" + rejectId + ", " + reason + ": " + detail + "}";
    }
}
