package io.newspulse.ingest;

import io.newspulse.extract.ArticleExtractor;
import io.newspulse.extract.DateParsing;
import io.newspulse.extract.ExtractedPage;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns one input record (an envelope, or a whole HTML page read from a file) into an {@link Article}
 * or a {@link Rejection}. Never throws: every failure becomes a rejection with a reason, so one bad
 * record cannot stop the job. Used by both sources, so event time is known at the source.
 */
public final class ArticleDecoder implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int EXCERPT_CHARS = 300;

    private final IngestLimits limits;
    private final Clock clock;
    /** Extraction time of the page {@link #toArticle} decoded last (one decoder serves one thread). */
    private long lastExtractionNanos;

    public ArticleDecoder(IngestLimits limits) {
        this(limits, Clock.systemUTC());
    }

    ArticleDecoder(IngestLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Decodes a JSON envelope. */
    public IngestResult decodeEnvelope(byte[] payload, RecordOrigin origin) {
        if (payload == null || payload.length == 0) {
            return reject(origin, null, RejectReason.EMPTY_RECORD, "the record has no value", "");
        }
        if (payload.length > limits.maxRecordBytes) {
            return reject(origin, null, RejectReason.RECORD_TOO_LARGE,
                    payload.length + " bytes > limits.max-record-bytes " + limits.maxRecordBytes, excerpt(payload));
        }
        try {
            ArticleEnvelope envelope = EnvelopeParser.parse(payload);
            return accepted(toArticle(envelope, origin), origin);
        } catch (InvalidInputException e) {
            return reject(origin, null, e.reason(), e.getMessage(), excerpt(payload));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(origin, null, RejectReason.EXTRACTION_FAILED, e.toString(), excerpt(payload));
        }
    }

    /** Decodes a whole HTML page read from a file; the file name stands in for the url. */
    public IngestResult decodePage(String html, RecordOrigin origin) {
        ArticleEnvelope envelope = new ArticleEnvelope(origin.fileName(), null, html, null, null, null, null, null,
                null, null);
        try {
            return accepted(toArticle(envelope, origin), origin);
        } catch (InvalidInputException e) {
            return reject(origin, origin.fileName(), e.reason(), e.getMessage(), excerpt(html));
        } catch (RuntimeException | StackOverflowError e) {
            return reject(origin, origin.fileName(), RejectReason.EXTRACTION_FAILED, e.toString(), excerpt(html));
        }
    }

    private IngestResult accepted(Article a, RecordOrigin origin) {
        IngestResult r = IngestResult.accepted(a);
        r.extractionNanos = lastExtractionNanos;
        r.split = origin.split();
        return r;
    }

    /** A rejection for an input that never got as far as decoding (unreadable or unsupported files). */
    public static IngestResult reject(RecordOrigin origin, String articleId, RejectReason reason, String detail, String excerpt) {
        return IngestResult.rejected(Rejection.of(origin, articleId, reason, detail, excerpt));
    }

    Article toArticle(ArticleEnvelope envelope, RecordOrigin origin) throws InvalidInputException {
        lastExtractionNanos = 0;
        Article a = new Article();
        a.url = envelope.url;
        a.feed = envelope.source;
        a.publishedAt = date("published_at", envelope.publishedAt);
        a.fetchedAt = date("fetched_at", envelope.fetchedAt);
        String canonical = null;
        if (envelope.isRawPage()) {
            if (envelope.html.length() > limits.maxRecordBytes) {
                throw new InvalidInputException(RejectReason.RECORD_TOO_LARGE,
                        "page of " + envelope.html.length() + " chars > limits.max-record-bytes " + limits.maxRecordBytes);
            }
            if (!ArticleExtractor.looksLikeHtml(envelope.html)) {
                throw new InvalidInputException(RejectReason.NOT_HTML,
                        "the 'html' field holds no HTML markup (binary data, JSON or plain text)");
            }
            long started = System.nanoTime();
            ExtractedPage page = ArticleExtractor.extract(envelope.html, envelope.url);
            lastExtractionNanos = Math.max(1, System.nanoTime() - started);
            // what the envelope states explicitly wins over what the page suggests
            a.title = firstNonNull(envelope.title, page.title);
            a.body = page.body;
            a.publisher = firstNonNull(envelope.publisher, page.publisher);
            a.author = firstNonNull(envelope.author, page.author);
            a.language = firstNonNull(envelope.language, page.language);
            a.publishedAt = a.publishedAt != null ? a.publishedAt : page.publishedAt;
            canonical = page.canonicalUrl;
            if (a.url == null) {
                a.url = canonical;
            }
        } else {
            a.title = envelope.title;
            a.body = envelope.body.indexOf('<') >= 0 && ArticleExtractor.looksLikeHtml(envelope.body)
                    ? org.jsoup.Jsoup.parse(envelope.body).text() : envelope.body;
            a.publisher = envelope.publisher;
            a.author = envelope.author;
            a.language = envelope.language;
        }
        a.id = storable(canonical != null && canonical.startsWith("http") ? canonical : envelope.identity());
        a.url = storable(a.url);
        if (a.id.isEmpty()) {
            throw new InvalidInputException(RejectReason.MISSING_ID, "the url or id is blank");
        }
        if (a.id.length() > limits.maxFieldChars || a.url != null && a.url.length() > limits.maxFieldChars) {
            throw new InvalidInputException(RejectReason.FIELD_TOO_LONG, "url or id of "
                    + Math.max(a.id.length(), a.url == null ? 0 : a.url.length()) + " chars > limits.max-field-chars "
                    + limits.maxFieldChars);
        }
        a.publisher = clip(storable(a.publisher), limits.maxFieldChars);
        a.author = clip(storable(a.author), limits.maxFieldChars);
        a.feed = clip(storable(a.feed), limits.maxFieldChars);
        a.language = clip(storable(a.language), 35);
        a.title = clip(storable(a.title), limits.maxTitleChars);
        a.body = clip(a.body == null ? "" : storable(a.body), limits.maxBodyChars);
        if (a.body.length() < limits.minBodyChars) {
            throw new InvalidInputException(RejectReason.NO_ARTICLE_TEXT,
                    "article text of " + a.body.length() + " chars < limits.min-body-chars " + limits.minBodyChars);
        }
        assignEventTime(a, origin);
        return a;
    }

    private void assignEventTime(Article a, RecordOrigin origin) throws InvalidInputException {
        if (a.publishedAt != null) {
            a.eventTime = a.publishedAt;
            a.eventTimeBasis = "published";
        } else if (a.fetchedAt != null) {
            a.eventTime = a.fetchedAt;
            a.eventTimeBasis = "fetched";
        } else if (origin.recordTime() != null) {
            a.eventTime = origin.recordTime();
            a.eventTimeBasis = "ingested";
        } else {
            throw new InvalidInputException(RejectReason.NO_EVENT_TIME,
                    "no published_at or fetched_at, and the page states no publication date");
        }
        Instant latest = clock.instant().plusMillis(limits.maxFutureSkewMillis);
        if (a.eventTime.isAfter(latest)) {
            throw new InvalidInputException(RejectReason.FUTURE_DATE, a.eventTimeBasis + " time " + a.eventTime
                    + " is more than ingest.max-future-skew (" + Duration.ofMillis(limits.maxFutureSkewMillis) + ") ahead of the clock");
        }
    }

    private static Instant date(String field, String value) throws InvalidInputException {
        if (value == null) {
            return null;
        }
        Instant t = DateParsing.parse(value);
        if (t == null) {
            throw new InvalidInputException(RejectReason.INVALID_DATE,
                    "field '" + field + "' is not a date: '" + clip(value, 80) + "'");
        }
        return t;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Trimmed, without NUL characters (which PostgreSQL text cannot hold); null stays null. */
    static String storable(String s) {
        return s == null ? null : s.replace("\u0000", "").strip();
    }

    static String excerpt(byte[] payload) {
        int n = Math.min(payload.length, EXCERPT_CHARS * 4);
        return excerpt(new String(payload, 0, n, StandardCharsets.UTF_8));
    }

    /** The start of the input, kept literally ({@link Rejection} makes it storable). */
    static String excerpt(String s) {
        return clip(s, EXCERPT_CHARS);
    }
}
