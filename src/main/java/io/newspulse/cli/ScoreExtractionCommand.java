package io.newspulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import io.newspulse.extract.ArticleExtractor;
import io.newspulse.extract.DateParsing;
import io.newspulse.extract.ExtractedPage;
import io.newspulse.extract.ExtractionScore;
import io.newspulse.extract.HtmlCharset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Scores the extractor on a folder of test pages laid out as {@code NAME/source.html},
 * {@code NAME/expected.html} and {@code NAME/expected-metadata.json} (the Readability test-page layout):
 * body precision, recall and F1 of word 4-grams, and agreement on title, byline, site name and published time.
 */
@Command(name = "score-extraction", description = "Body F1 and metadata agreement on NAME/{source,expected}.html pages.")
final class ScoreExtractionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "folder of test pages")
    Path dir;

    @picocli.CommandLine.Option(names = "--errors", description = "also list each metadata field that differs: page, field, expected, extracted")
    boolean errors;

    private final List<String> mismatches = new ArrayList<>();

    private void check(Path page, String field, boolean ok, String want, Object got) {
        if (!ok) {
            mismatches.add(String.format(Locale.ROOT, "%-28s %-9s want %s%n%-38s got  %s", page.getFileName(), field, want, "", got));
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted().forEach(cases::add);
        }
        double p = 0, r = 0, f = 0;
        int titles = 0, titlesOk = 0, bylines = 0, bylinesOk = 0, sites = 0, sitesOk = 0, dates = 0, datesOk = 0;
        for (Path c : cases) {
            ExtractedPage page = ArticleExtractor.extract(HtmlCharset.decode(Files.readAllBytes(c.resolve("source.html"))), null);
            String expected = Jsoup.parse(HtmlCharset.decode(Files.readAllBytes(c.resolve("expected.html")))).text();
            ExtractionScore s = ExtractionScore.of(page.body, expected);
            p += s.precision;
            r += s.recall;
            f += s.f1();
            System.out.printf(Locale.ROOT, "%-40s P %.2f R %.2f F1 %.2f%n", c.getFileName(), s.precision, s.recall, s.f1());
            Path metaFile = c.resolve("expected-metadata.json");
            if (Files.isRegularFile(metaFile)) {
                JsonNode meta = Json.MAPPER.readTree(metaFile.toFile());
                if (meta.hasNonNull("title")) {
                    titles++;
                    boolean ok = same(page.title, meta.get("title").asText());
                    titlesOk += ok ? 1 : 0;
                    check(c, "title", ok, meta.get("title").asText(), page.title);
                }
                if (meta.hasNonNull("byline")) {
                    bylines++;
                    boolean ok = page.author != null && meta.get("byline").asText().toLowerCase(Locale.ROOT)
                            .contains(page.author.toLowerCase(Locale.ROOT));
                    bylinesOk += ok ? 1 : 0;
                    check(c, "byline", ok, meta.get("byline").asText(), page.author);
                }
                if (meta.hasNonNull("siteName")) {
                    sites++;
                    boolean ok = same(page.publisher, meta.get("siteName").asText());
                    sitesOk += ok ? 1 : 0;
                    check(c, "site", ok, meta.get("siteName").asText(), page.publisher);
                }
                if (meta.hasNonNull("publishedTime")) {
                    dates++;
                    Instant want = DateParsing.parse(meta.get("publishedTime").asText());
                    boolean ok = want != null && page.publishedAt != null
                            && Math.abs(ChronoUnit.HOURS.between(want, page.publishedAt)) <= 24;
                    datesOk += ok ? 1 : 0;
                    check(c, "published", ok, meta.get("publishedTime").asText(), page.publishedAt);
                }
            }
        }
        int n = cases.size();
        System.out.printf(Locale.ROOT, "%n%d pages: body precision %.3f, recall %.3f, F1 %.3f (means over pages)%n",
                n, p / n, r / n, f / n);
        System.out.printf(Locale.ROOT, "title %d/%d, byline %d/%d, site name %d/%d, published time (±1 day) %d/%d%n",
                titlesOk, titles, bylinesOk, bylines, sitesOk, sites, datesOk, dates);
        if (errors) {
            System.out.printf("%nMetadata that differs (%d):%n", mismatches.size());
            mismatches.forEach(System.out::println);
        }
        return 0;
    }

    /** Equal up to case and spacing; no value and an empty one are the same. */
    private static boolean same(String got, String want) {
        if (got == null || got.isBlank()) {
            return want.isBlank();
        }
        return got.trim().replaceAll("\\s+", " ").equalsIgnoreCase(want.trim().replaceAll("\\s+", " "));
    }
}
