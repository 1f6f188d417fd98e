package io.newspulse.bench;

import io.newspulse.extract.ArticleExtractor;
import io.newspulse.extract.HtmlCharset;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * {@code expected.html} is skipped). Prints every round, the ratio of the best rounds, and the median ratio with each page
 * parsed and then extracted back to back (the steadier figure on a shared machine); asserts nothing. Run:
 * {@code scripts/bench.sh extraction [DIR…]}.
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
        int rounds = Integer.getInteger("rounds", 20);
        int warmUp = 5; // rounds for the JIT to compile both paths fully
        System.out.printf("%d pages, %,d KB, one thread (%d rounds, the first %d warm up; the best round of each counts,"
                + " as shared machines are noisy; CPU time is the thread's own, wall time includes garbage collection)%n",
                pages.size(), bytes / 1024, rounds, warmUp);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        double[] bestWall = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] bestCpu = {Double.MAX_VALUE, Double.MAX_VALUE};
        List<Double> pairedRatios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] wall = new double[2];
            double[] cpu = new double[2];
            for (int which = 0; which < 2; which++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (String html : pages) {
                    sink += which == 0 ? Jsoup.parse(html, "").childNodeSize() : ArticleExtractor.extract(html, null).body.length();
                }
                wall[which] = (System.nanoTime() - start) / 1e9;
                cpu[which] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
                if (round > warmUp) {
                    bestWall[which] = Math.min(bestWall[which], wall[which]);
                    bestCpu[which] = Math.min(bestCpu[which], cpu[which]);
                }
            }
            // the same pages again, parse and extraction of each page back to back: a slow spell of a shared machine
            // then slows both sides of the ratio alike
            long parseNanos = 0;
            long extractNanos = 0;
            for (String html : pages) {
                long t0 = System.nanoTime();
                sink += Jsoup.parse(html, "").childNodeSize();
                long t1 = System.nanoTime();
                sink += ArticleExtractor.extract(html, null).body.length();
                extractNanos += System.nanoTime() - t1;
                parseNanos += t1 - t0;
            }
            double paired = (double) extractNanos / parseNanos;
            if (round > warmUp) {
                pairedRatios.add(paired);
            }
            System.out.printf("round %2d: wall: Jsoup.parse %,5.0f pages/s, extractor %,5.0f pages/s, ratio %.2f;"
                    + " CPU: ratio %.2f; page by page: ratio %.2f%n", round, pages.size() / wall[0], pages.size() / wall[1],
                    wall[1] / wall[0], cpu[1] / cpu[0], paired);
        }
        System.out.printf("best rounds, wall time: Jsoup.parse %,.0f pages/s; extractor %,.0f pages/s; extractor time / parse time %.2f%n",
                pages.size() / bestWall[0], pages.size() / bestWall[1], bestWall[1] / bestWall[0]);
        System.out.printf("best rounds, CPU time:  Jsoup.parse %,.0f pages/s; extractor %,.0f pages/s; extractor time / parse time %.2f%n",
                pages.size() / bestCpu[0], pages.size() / bestCpu[1], bestCpu[1] / bestCpu[0]);
        java.util.Collections.sort(pairedRatios);
        System.out.printf("page by page (each page parsed, then extracted), median of the rounds after warm-up:"
                + " extractor time / parse time %.2f%n", pairedRatios.get(pairedRatios.size() / 2));
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
