package io.newspulse.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Renders a sample article as a news site would: navigation, cookie banner, share bar, the article,
 * "Related Stories" naming other countries, a newsletter box and a footer. The published time is stated
 * in one of three common ways (JSON-LD, an article meta tag, or only a {@code <time>} element).
 */
final class SamplePages {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private SamplePages() {}

    static String render(String title, String body, String publisher, String author, String url, Instant published, Random random) {
        String t = escape(title);
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(t).append(" | ").append(escape(publisher)).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(t).append("\">")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(publisher)).append("\">")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">");
        int variant = random.nextInt(3);
        if (variant == 0) {
            h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                    .append("\"headline\":\"").append(t.replace("\"", "\\\"")).append("\",\"datePublished\":\"").append(published)
                    .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(escape(author))
                    .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(escape(publisher)).append("\"}}</script>");
        } else if (variant == 1) {
            h.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">")
                    .append("<meta name=\"author\" content=\"").append(escape(author)).append("\">");
        }
        h.append("</head><body>")
                .append("<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> ")
                .append("<a href=\"/business\">Business</a> <a href=\"/markets\">Markets</a></nav></header>")
                .append("<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>")
                .append("<main><article><h1>").append(t).append("</h1>")
                .append("<div class=\"byline\">By ").append(escape(author)).append(" <time datetime=\"").append(published)
                .append("\">").append(HUMAN.format(published)).append("</time></div>")
                .append("<div class=\"share-bar\"><a href=\"#\">Share on X</a> <a href=\"#\">Facebook</a> <a href=\"#\">Email</a></div>")
                .append("<div class=\"article-body\">");
        for (String paragraph : body.split("\n\n")) {
            h.append("<p>").append(escape(paragraph)).append("</p>");
        }
        h.append("</div>")
                .append("<aside class=\"related-stories\"><h3>Related Stories</h3><ul>")
                .append("<li><a href=\"/r1\">Russia and Brazil discuss grain exports</a></li>")
                .append("<li><a href=\"/r2\">Mexico votes in regional election</a></li>")
                .append("<li><a href=\"/r3\">Canada central bank holds rates</a></li></ul></aside>")
                .append("<div class=\"newsletter-signup\"><p>Sign up for our daily briefing on Mexico, Canada and the world.</p>")
                .append("<form><input type=\"email\"><button>Subscribe</button></form></div>")
                .append("</article></main>")
                .append("<footer class=\"site-footer\"><p>© 2025 ").append(escape(publisher))
                .append(". All rights reserved. Offices in Mexico City and Toronto.</p></footer>")
                .append("</body></html>");
        return h.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
