package io.newspulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {
    private static final Instant NOW = Instant.parse("2025-09-01T00:00:00Z");
    private static final String BODY = "Officials in Beijing said the new tariffs would take effect next month, widening the trade dispute.";
    private final ArticleDecoder decoder = new ArticleDecoder(
            new IngestLimits(64 * 1024, 120, 2000, 10_000, 40, Duration.ofDays(1)), Clock.fixed(NOW, ZoneOffset.UTC));

    private IngestResult decode(String json) {
        return decoder.decodeEnvelope(json.getBytes(StandardCharsets.UTF_8), RecordOrigin.kafka("articles.raw", 0, 7, 0));
    }

    private IngestResult decodeAt(String json, Instant recordTime) {
        return decoder.decodeEnvelope(json.getBytes(StandardCharsets.UTF_8),
                RecordOrigin.kafka("articles.raw", 0, 7, recordTime.toEpochMilli()));
    }

    @Test
    void acceptsAPreExtractedArticle() {
        IngestResult r = decode("{\"url\":\"https://ex.com/a\",\"title\":\"China trade\",\"body\":\"" + BODY
                + "\",\"published_at\":\"2025-08-25T09:00:00Z\",\"publisher\":\"Reuters\",\"source\":\"feed-1\"}");

        assertThat(r.isRejected()).isFalse();
        Article a = r.article;
        assertThat(a.id).isEqualTo("https://ex.com/a");
        assertThat(a.title).isEqualTo("China trade");
        assertThat(a.body).isEqualTo(BODY);
        assertThat(a.publisher).isEqualTo("Reuters");
        assertThat(a.feed).isEqualTo("feed-1");
        assertThat(a.eventTime).isEqualTo(Instant.parse("2025-08-25T09:00:00Z"));
        assertThat(a.eventTimeBasis).isEqualTo("published");
    }

    @Test
    void strictJsonAndStorableFields() {
        String article = "{\"url\":\"https://ex.com/a\",\"body\":\"" + BODY + "\",\"published_at\":\"2025-08-25T09:00:00Z\"}";
        assertThat(decode(article + "}}garbage").rejection.reason).as("trailing tokens").isEqualTo("invalid_json");
        assertThat(decode(article.replace("{\"url\"", "{\"url\":\"b\",\"url\"")).rejection.reason)
                .as("a field twice").isEqualTo("invalid_json");
        IngestResult nul = decode(article.replace("/a", "/a\\u0000").replace("\"body", "\"publisher\":\"P\\u0000R\",\"body"));
        assertThat(nul.article.id).isEqualTo("https://ex.com/a");
        assertThat(nul.article.publisher).isEqualTo("PR");
        assertThat(decode(article.replace("https://ex.com/a", " \\u0000 ")).rejection.reason).isEqualTo("missing_id");
        IngestResult longUrl = decode(article.replace("/a", "/" + "a".repeat(2_100)));
        assertThat(longUrl.rejection.reason).isEqualTo("field_too_long");
        assertThat(longUrl.rejection.detail).contains("limits.max-field-chars 2000");
    }

    @Test
    void idStandsInForUrlAndAMissingPublisherFallsBackToTheHost() {
        IngestResult r = decode("{\"id\":\"wire-123\",\"title\":\"t\",\"body\":\"" + BODY + "\",\"published_at\":\"2025-08-25T09:00:00Z\"}");
        assertThat(r.article.id).isEqualTo("wire-123");
        assertThat(r.article.publisher).isNull();

        IngestResult byUrl = decode("{\"url\":\"https://www.example.org/x\",\"title\":\"t\",\"body\":\"" + BODY
                + "\",\"published_at\":\"2025-08-25T09:00:00Z\"}");
        assertThat(byUrl.article.sourceName()).isEqualTo("example.org");
    }

    @Test
    void extractsARawPageAndPrefersItsCanonicalUrl() {
        String html = "<html><head><link rel=canonical href='https://ex.com/canonical'>"
                + "<meta property='og:site_name' content='Example News'>"
                + "<meta property='article:published_time' content='2025-08-25T10:00:00Z'><title>Oil prices climb on supply fears | Example</title></head>"
                + "<body><nav>Home World</nav><article><p>" + BODY + "</p><p>" + BODY + "</p></article></body></html>";
        IngestResult r = decode("{\"url\":\"https://ex.com/a?utm=x\",\"html\":\"" + html.replace("\"", "\\\"") + "\"}");

        assertThat(r.isRejected()).as("%s", r).isFalse();
        assertThat(r.article.id).isEqualTo("https://ex.com/canonical");
        assertThat(r.article.title).isEqualTo("Oil prices climb on supply fears");
        assertThat(r.article.publisher).isEqualTo("Example News");
        assertThat(r.article.eventTime).isEqualTo(Instant.parse("2025-08-25T10:00:00Z"));
        assertThat(r.article.body).doesNotContain("Home World");
    }

    @Test
    void eventTimeFallsBackToFetchTimeThenToTheRecordTime() {
        String noPublished = "{\"url\":\"u\",\"title\":\"t\",\"body\":\"" + BODY + "\",\"fetched_at\":\"2025-08-25T11:00:00Z\"}";
        assertThat(decode(noPublished).article.eventTimeBasis).isEqualTo("fetched");
        assertThat(decode(noPublished).article.eventTime).isEqualTo(Instant.parse("2025-08-25T11:00:00Z"));

        String noTimes = "{\"url\":\"u\",\"title\":\"t\",\"body\":\"" + BODY + "\"}";
        IngestResult r = decodeAt(noTimes, Instant.parse("2025-08-25T12:00:00Z"));
        assertThat(r.article.eventTimeBasis).isEqualTo("ingested");
        assertThat(r.article.eventTime).isEqualTo(Instant.parse("2025-08-25T12:00:00Z"));

        IngestResult fromFile = decoder.decodeEnvelope(noTimes.getBytes(StandardCharsets.UTF_8), RecordOrigin.fileLine("f.jsonl", 1));
        assertThat(fromFile.rejection.reason).isEqualTo("no_event_time");
    }

    @Test
    void rejectsMalformedEnvelopesWithAReason() {
        assertThat(decode("{\"url\": \"u\", \"title\": \"unclosed").rejection.reason).isEqualTo("invalid_json");
        assertThat(decode("not json").rejection.reason).isEqualTo("invalid_json");
        assertThat(decode("[1, 2]").rejection.reason).isEqualTo("not_an_object");
        assertThat(decode("{\"title\":\"t\",\"body\":\"" + BODY + "\"}").rejection.reason).isEqualTo("missing_id");
        assertThat(decode("{\"url\":\"u\",\"title\":\"t\"}").rejection.reason).isEqualTo("missing_content");
        assertThat(decode("{\"url\":\"u\",\"title\":42,\"body\":\"" + BODY + "\"}").rejection.detail)
                .contains("'title'", "string");
        assertThat(decode("{\"url\":\"u\",\"body\":\"" + BODY + "\",\"published_at\":\"last week\"}").rejection.reason)
                .isEqualTo("invalid_date");
        assertThat(decoder.decodeEnvelope(new byte[0], RecordOrigin.kafka("t", 0, 1, 0)).rejection.reason)
                .isEqualTo("empty_record");
        assertThat(decoder.decodeEnvelope(null, RecordOrigin.kafka("t", 0, 1, 0)).rejection.reason)
                .isEqualTo("empty_record");
    }

    @Test
    void rejectsBodiesThatAreNotHtmlOrHoldNoArticle() {
        assertThat(decode("{\"url\":\"u\",\"html\":\"plain words, no markup at all here\"}").rejection.reason).isEqualTo("not_html");
        assertThat(decode("{\"url\":\"u\",\"html\":\"\\u0000\\u0001PK\\u0003\\u0004\\u0000<p>\\u0000\\u0000\"}").rejection.reason)
                .isEqualTo("not_html");
        assertThat(decode("{\"url\":\"u\",\"html\":\"<html><body><div class='paywall'>Subscribe</div></body></html>\"}")
                .rejection.reason).isEqualTo("no_article_text");
    }

    @Test
    void enforcesTheConfiguredLimits() {
        String huge = "{\"url\":\"u\",\"title\":\"t\",\"body\":\"" + "x".repeat(70 * 1024) + "\"}";
        IngestResult tooLarge = decode(huge);
        assertThat(tooLarge.rejection.reason).isEqualTo("record_too_large");
        assertThat(tooLarge.rejection.excerpt).hasSizeLessThanOrEqualTo(ArticleDecoder.EXCERPT_CHARS);

        String longTitle = "{\"url\":\"u\",\"title\":\"" + "T".repeat(500) + "\",\"body\":\"" + BODY
                + "\",\"published_at\":\"2025-08-25T09:00:00Z\"}";
        assertThat(decode(longTitle).article.title).hasSize(120);

        String future = "{\"url\":\"u\",\"title\":\"t\",\"body\":\"" + BODY + "\",\"published_at\":\"2099-01-01T00:00:00Z\"}";
        assertThat(decode(future).rejection.reason).isEqualTo("future_date");
    }

    @Test
    void rejectionsCarryADeterministicIdAndTheInputLiterally() {
        IngestResult r = decode("{\"url\": \"x'); DROP TABLE trend_windows; --\"");
        assertThat(r.rejection.rejectId).isEqualTo("kafka:articles.raw/0@7");
        assertThat(r.rejection.excerpt).isEqualTo("{\"url\": \"x'); DROP TABLE trend_windows; --\"");
    }
}
