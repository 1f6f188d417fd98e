package io.newspulse.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Turns one HTML page into an {@link ExtractedPage}: metadata plus the article's main text. */
public final class ArticleExtractor {
    private ArticleExtractor() {}

    /**
     * @param html the page
     * @param url the page's address when known (resolves relative links, dates in the path), may be null
     */
    public static ExtractedPage extract(String html, String url) {
        // scripts, styles and svg are read without their contents (JSON-LD kept): the parser's time goes to the text
        Document doc = Parser.htmlParser().parseInput(ScriptBodies.reader(html), url == null ? "" : url);
        // the page is walked once: the head for metadata, the body for both metadata and the article text
        PageMetadata meta = new PageMetadata(doc);
        visitAll(doc.head(), meta);
        String body = doc.body() == null ? "" : BodyExtractor.extract(doc, meta::visit);
        return new ExtractedPage(meta.title(), body, meta.publisher(), meta.author(),
                meta.publishedAt(url), meta.canonicalUrl(), meta.language(), meta.description());
    }

    /** Hands {@code e} and every element inside it to {@code meta}, in document order. */
    private static void visitAll(Element e, PageMetadata meta) {
        meta.visitHead(e);
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element) {
                visitAll((Element) e.childNode(i), meta);
            }
        }
    }

    /**
     * Whether the text looks like an HTML document rather than binary data, JSON or plain text: a tag
     * near the start, and almost no control characters.
     */
    public static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                control++;
            }
        }
        if (control > limit / 100) {
            return false;
        }
        String head = text.substring(0, limit).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<head") || head.contains("<p") || head.contains("<div") || head.contains("<article");
    }
}
