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
    /** The transport's time for the input (Kafka record timestamp), null for files: deterministic on replay. */
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
        r.receivedAt = origin.recordTime();
        r.excerpt = excerpt;
        return r;
    }

    /** An article that arrived after every window it belongs to had closed and its lateness had passed. */
    public static Rejection tooLate(String articleId, String title, String detail, String origin) {
        Rejection r = new Rejection();
        r.rejectId = "too_late:" + articleId;
        r.articleId = articleId;
        r.reason = RejectReason.TOO_LATE.code();
        r.detail = detail;
        r.origin = origin;
        r.excerpt = title;
        return r;
    }

    @Override
    public String toString() {
        return "Rejection{" + rejectId + ", " + reason + ": " + detail + "}";
    }
}
