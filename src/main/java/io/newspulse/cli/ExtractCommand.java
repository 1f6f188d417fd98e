package io.newspulse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import io.newspulse.extract.ArticleExtractor;
import io.newspulse.extract.ExtractedPage;
import io.newspulse.extract.HtmlCharset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Extracts pages to the JSON public extraction benchmarks score: {@code {id: {title, articleBody, author,
 * publisher, publishedAt, language, url}}}, the id being the file name without extensions (or, for a page
 * folder such as {@code NAME/source.html}, the folder's name).
 */
@Command(name = "extract", description = "Extracts .html/.html.gz pages (files or directories) to benchmark JSON.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pages or directories of pages")
    List<Path> paths;

    @Option(names = "--out", description = "file to write (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        ObjectNode result = Json.MAPPER.createObjectNode();
        for (Path page : pages(paths)) {
            ExtractedPage p = ArticleExtractor.extract(read(page), null);
            ObjectNode o = result.putObject(idOf(page));
            o.put("title", p.title);
            o.put("articleBody", p.body);
            o.put("author", p.author);
            o.put("publisher", p.publisher);
            o.put("publishedAt", p.publishedAt == null ? null : p.publishedAt.toString());
            o.put("language", p.language);
            o.put("url", p.canonicalUrl);
        }
        try (OutputStream os = out == null ? new PrintStream(System.out, false, StandardCharsets.UTF_8) : Files.newOutputStream(out)) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(os, result);
        }
        return 0;
    }

    static List<Path> pages(List<Path> paths) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> isPage(f.getFileName().toString()) && !isAnswer(f)).sorted().forEach(pages::add);
                }
            } else {
                pages.add(p);
            }
        }
        return pages;
    }

    private static boolean isPage(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    /** The {@code expected.html} beside a {@code source.html} in a test-page folder is the answer, not a page. */
    private static boolean isAnswer(Path f) {
        return f.getFileName().toString().equals("expected.html") && Files.exists(f.resolveSibling("source.html"));
    }

    static String idOf(Path page) {
        String name = page.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
        return "source".equals(name) && page.getParent() != null ? page.getParent().getFileName().toString() : name;
    }

    static String read(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
            return HtmlCharset.decode(in.readAllBytes());
        }
    }
}
