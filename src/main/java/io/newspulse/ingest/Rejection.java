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

    /** Longest id, detail or excerpt kept in a row (excerpts are shorter already). */
    static final int MAX_FIELD_CHARS = 4000;

    public Rejection() {}

    public static Rejection of(RecordOrigin origin, String articleId, RejectReason reason, String detail, String excerpt) {
        Rejection r = new Rejection();
        r.rejectId = origin.id();
        r.articleId = storable(articleId);
        r.reason = reason.code();
        r.detail = storable(detail);
        r.origin = origin.id();
        r.receivedAt = origin.recordTime();
        r.excerpt = storable(excerpt);
        return r;
    }

    /** An article that arrived after every window it belongs to had closed and its lateness had passed. */
    public static Rejection tooLate(String articleId, String title, String detail, String origin) {
        Rejection r = new Rejection();
        r.rejectId = "too_late:" + storable(articleId);
        r.articleId = storable(articleId);
        r.reason = RejectReason.TOO_LATE.code();
        r.detail = storable(detail);
        r.origin = origin;
        r.excerpt = storable(title);
        return r;
    }

    /** Rows must be storable whatever the input held: NUL (which PostgreSQL text refuses) becomes U+FFFD, and
     *  identifiers and details are cut to a size a row can hold. */
    private static String storable(String s) {
        if (s == null) {
            return null;
        }
        String cut = s.length() > MAX_FIELD_CHARS ? s.substring(0, MAX_FIELD_CHARS) : s;
        return cut.replace('\u0000', '\uFFFD');
    }

    @Override
    public String toString() {
        return "Rejection{" + rejectId + ", " + reason + ": " + detail + "}";
    }
}
