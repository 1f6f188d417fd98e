package io.newspulse.bench;

import io.newspulse.extract.ArticleExtractor;
import io.newspulse.extract.HtmlCharset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Pages per second on one thread for the extractor ({@link ArticleExtractor#extract}: parse, metadata, body)
 * and for bare {@code Jsoup.parse} on the same pages, and the ratio of their times. Pages: the project's test
 * fixtures plus every {@code .html}/{@code .html.gz} under the folders given (a page folder's
 * {@code expected.html} is skipped). Prints every round and the ratio of the best rounds; asserts nothing. Run: {@code scripts/bench.sh extraction [DIR…]}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<String> pages = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(Path.of("src/test/resources/pages")));
        for (String a : args) {
            roots.add(Path.of(a));
        }
        long bytes = 0;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    String name = f.getFileName().toString();
                    if ((name.endsWith(".html") || name.endsWith(".html.gz")) && !name.equals("expected.html")) {
                        byte[] raw = read(f);
                        bytes += raw.length;
                        pages.add(HtmlCharset.decode(raw));
                    }
                }
            }
        }
        int rounds = Integer.getInteger("rounds", 8);
        System.out.printf("%d pages, %,d KB, one thread (%d rounds; the best round of each counts, as shared machines are"
                + " noisy)%n", pages.size(), bytes / 1024, rounds);
        long sink = 0;
        double bestParse = Double.MAX_VALUE;
        double bestExtract = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            for (String html : pages) {
                sink += Jsoup.parse(html, "").childNodeSize();
            }
            double parse = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (String html : pages) {
                sink += ArticleExtractor.extract(html, null).body.length();
            }
            double extract = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: Jsoup.parse %,.0f pages/s; extractor %,.0f pages/s; extractor time / parse time %.2f%n",
                    round, pages.size() / parse, pages.size() / extract, extract / parse);
            if (round > 2) { // the first two warm the JIT up
                bestParse = Math.min(bestParse, parse);
                bestExtract = Math.min(bestExtract, extract);
            }
        }
        System.out.printf("best rounds: Jsoup.parse %,.0f pages/s; extractor %,.0f pages/s; extractor time / parse time %.2f%n",
                pages.size() / bestParse, pages.size() / bestExtract, bestExtract / bestParse);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static byte[] read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return in.readAllBytes();
        }
    }
}
