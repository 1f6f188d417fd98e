package io.newspulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.ingest.ArticleDecoder;
import io.newspulse.ingest.IngestLimits;
import io.newspulse.ingest.IngestResult;
import io.newspulse.ingest.RecordOrigin;
import io.newspulse.ingest.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the project after common layouts (src/test/resources/pages): each is read from its bytes as
 * the file source and the {@code extract} command read them, and checked for where the body starts and ends, what
 * chrome it must not contain, and every metadata field.
 */
class ExtractionFixturesTest {
    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ExtractionFixturesTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ExtractedPage extract(String name, String url) throws IOException {
        return ArticleExtractor.extract(HtmlCharset.decode(bytes(name)), url);
    }

    @Test
    void aWireStoryKeepsItsDatelineAndParagraphsAndDropsEveryBox() throws IOException {
        ExtractedPage p = extract("wire-story.html", null);

        assertThat(p.body).startsWith("TOKYO, Aug 25 (Wire Desk) - Japan's exports rose 6.1% in July")
                .endsWith("keep interest rates unchanged at its policy meeting next month.");
        // four paragraphs, the quote, and the photo's caption without its credit
        assertThat(p.body.split("\n\n")).hasSize(6).contains("Cars wait for export at a port in Yokohama.");
        assertThat(p.body).doesNotContain("cookie", "Share on", "Sign up", "newsletter", "Related Stories", "Yen slides",
                "Photo:", "All rights reserved", "By Keiko Tanaka", "Markets");
        assertThat(p.title).isEqualTo("Japan's exports jump as car shipments to US recover");
        assertThat(p.author).isEqualTo("Keiko Tanaka");
        assertThat(p.publisher).isEqualTo("Wire Desk");
        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-08-24T23:50:00Z")); // 08:50 in Tokyo
        assertThat(p.language).isEqualTo("en-us");
        assertThat(p.canonicalUrl).isEqualTo("https://wire.example.com/business/japan-exports-jump-2025-08-25/");
    }

    @Test
    void aLiveBlogKeepsEveryEntryWithItsTimeAndHeadingButNotTheComments() throws IOException {
        ExtractedPage p = extract("live-blog.html", "https://ledger.example.org/live/election");

        assertThat(p.body).startsWith("23:45\n\nTurnout up in the north\n\nCounting officers in the north")
                .contains("23:15\n\nFirst result declared", "22:00\n\nExit poll points to hung parliament")
                .endsWith("the largest party by about 20 seats.");
        assertThat(p.body).doesNotContain("Load more", "Comments", "Great coverage", "Politics");
        assertThat(p.title).isEqualTo("Election night live: results as they come in");
        assertThat(p.author).isEqualTo("Sam Reed, Priya Shah");
        assertThat(p.publisher).isEqualTo("The Daily Ledger");
        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-07-04T20:00:00Z"));
        assertThat(p.language).isEqualTo("en-gb");
    }

    @Test
    void aPaywallStubHasNoArticleTextAndIsRejectedAsSuch() throws IOException {
        ExtractedPage p = extract("paywall-stub.html", null);
        assertThat(p.body).isEmpty();
        assertThat(p.title).isEqualTo("Inside the central bank's secret rate debate");
        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-08-20T06:00:00Z"));

        // the job reports it with a reason instead of counting a teaser as a story
        ArticleDecoder decoder = new ArticleDecoder(IngestLimits.from(ConfigLoader.load(null, List.of(), Map.of())));
        IngestResult r = decoder.decodePage(HtmlCharset.decode(bytes("paywall-stub.html")), RecordOrigin.page("paywall-stub.html"));
        assertThat(r.rejection).isNotNull();
        assertThat(r.rejection.reason).isEqualTo(RejectReason.NO_ARTICLE_TEXT.code());
    }

    @Test
    void datesFromJsonLdAloneInTheirOwnTimeZone() throws IOException {
        ExtractedPage p = extract("jsonld-dates.html", null);

        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-08-25T04:00:00Z")); // 09:30 in New Delhi
        assertThat(p.title).isEqualTo("Monsoon floods cut rice harvest forecast");
        assertThat(p.author).isEqualTo("Anil Mehta");
        assertThat(p.publisher).isEqualTo("Harvest Review");
        assertThat(p.language).isEqualTo("en-in");
        assertThat(p.body).startsWith("NEW DELHI - India cut its forecast").endsWith("137 million last year.");
    }

    @Test
    void aWindows1252PageIsDecodedByItsDeclaredCharset() throws IOException {
        byte[] raw = bytes("windows-1252.html");
        assertThat(HtmlCharset.charsetOf(raw).name()).isEqualTo("windows-1252");
        ExtractedPage p = ArticleExtractor.extract(HtmlCharset.decode(raw), null);

        assertThat(p.title).isEqualTo("Le prix du café grimpe à 4 € le kilo");
        assertThat(p.author).isEqualTo("Élodie Léger");
        assertThat(p.body).startsWith("PARIS - Le prix du café vert a atteint 4 € le kilo")
                .contains("« Les torréfacteurs répercuteront la hausse dès la rentrée »")
                .endsWith("jusqu'à la fin de l'année.");
        assertThat(p.language).isEqualTo("fr");
        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-08-22T08:00:00Z"));
    }

    @Test
    void charsetsFromTheBytesWhenThePageIsSilentOrWrong() {
        String text = "<html><body><p>Zürich café – «déjà vu»</p></body></html>";
        // no declaration, not UTF-8: windows-1252, as browsers read it
        assertThat(HtmlCharset.decode(text.getBytes(java.nio.charset.Charset.forName("windows-1252")))).isEqualTo(text);
        // declared legacy but re-saved as UTF-8: the bytes win
        String declared = "<html><head><meta charset=\"gb2312\"></head><body><p>北京 café</p></body></html>";
        assertThat(HtmlCharset.decode(declared.getBytes(StandardCharsets.UTF_8))).isEqualTo(declared);
        // a real GB2312 page
        assertThat(HtmlCharset.decode(declared.getBytes(java.nio.charset.Charset.forName("GB2312")))).contains("北京");
        // byte-order marks
        assertThat(HtmlCharset.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(HtmlCharset.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }
}
