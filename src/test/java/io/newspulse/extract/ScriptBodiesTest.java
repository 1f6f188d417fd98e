package io.newspulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ScriptBodiesTest {
    @Test
    void cutsScriptStyleAndSvgContentsAndKeepsTheElements() {
        String html = "<html><head><style>p { color: red }</style><script src=a.js></script>"
                + "<script>var x = '<p>not text</p>';</script></head><body><p>Text.</p>"
                + "<svg viewBox='0 0 1 1'><path d='M0 0'/><svg><title>inner</title></svg></svg><p>After.</p></body></html>";
        assertThat(ScriptBodies.cut(html)).isEqualTo("<html><head><style></style><script src=a.js></script>"
                + "<script></script></head><body><p>Text.</p><svg viewBox='0 0 1 1'></svg><p>After.</p></body></html>");
    }

    @Test
    void keepsJsonLdAndScriptsTheTokenizerReadsInItsEscapedStates() {
        String jsonLd = "<script type=\"application/ld+json\">{\"headline\": \"A\"}</script>";
        String escaped = "<script><!-- document.write('<script>x()</script>'); --></script>";
        assertThat(ScriptBodies.cut(jsonLd + escaped)).isEqualTo(jsonLd + escaped);
    }

    @Test
    void aScriptTagInsideAnAttributeValueATitleOrACommentIsNoTag() {
        String html = "<div data-embed=\"<script src=x.js>\">One</div><p>Two</p>"
                + "<title>Why <script> tags block</title><p>Three</p>"
                + "<!-- <style> --><p>Four</p><script>cut()</script><p>Five</p><style>";
        // only the real script is cut; the unclosed style at the end is left to the parser
        assertThat(ScriptBodies.cut(html)).isEqualTo(html.replace("cut()", ""));
    }

    @Test
    void anElementEndsOnlyAtItsOwnEndTag() {
        String html = "<script>a = '</scripts>'; b = 1 > 0;</SCRIPT ><p>Text</p><svg/><p>More</p>";
        assertThat(ScriptBodies.cut(html)).isEqualTo("<script></SCRIPT ><p>Text</p><svg/><p>More</p>");
        assertThat(ScriptBodies.cut("<p>x</p><script>never closed")).isEqualTo("<p>x</p><script>never closed");
        // an svg element may close itself: what follows is the page's
        assertThat(ScriptBodies.cut("<svg/><p>Text</p><svg><path d='M0 0'/></svg>")).isEqualTo("<svg/><p>Text</p><svg></svg>");
    }

    /** A hostile page: each of its 200,000 script tags looks back for a '>' that never came; the scan stays one pass. */
    @Test
    @Timeout(10)
    void aPageOfTagsThatNeverCloseIsScannedOnce() {
        String html = "<p>x</p><a " + "<script ".repeat(200_000);
        assertThat(ScriptBodies.cut(html)).isEqualTo(html);
    }

    @Test
    void theReaderReadsWhatCutReturnsAcrossBufferBoundaries() throws IOException {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            html.append("<p>paragraph ").append(i).append("</p><script>var s").append(i).append(" = 1;</script>");
        }
        StringBuilder read = new StringBuilder();
        char[] buffer = new char[777];
        try (java.io.Reader r = ScriptBodies.reader(html.toString())) {
            for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0; ) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read.toString()).isEqualTo(ScriptBodies.cut(html.toString())).doesNotContain("var s");
    }

    /**
     * The tree parsed from the reader is the tree of the whole page with script, style and svg contents removed
     * (JSON-LD kept), on every fixture page.
     */
    @Test
    void onTheFixturePagesTheTreeIsTheWholePagesTreeWithoutThoseContents() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/pages"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
        for (Path page : pages) {
            String html = HtmlCharset.decode(Files.readAllBytes(page));
            Document whole = Jsoup.parse(html);
            for (Element e : whole.select("script, style, svg")) {
                boolean escaped = e.tagName().equals("script") && e.data().contains("<!--");
                if (!e.attr("type").contains("ld+json") && !escaped) {
                    e.empty();
                }
            }
            Document read = Parser.htmlParser().parseInput(ScriptBodies.reader(html), "");
            assertThat(read.outerHtml()).as(page.toString()).isEqualTo(whole.outerHtml());
            assertThat(ScriptBodies.cut(html).length()).as(page.toString()).isLessThanOrEqualTo(html.length());
        }
    }
}
