package io.newspulse.extract;

import java.time.Instant;

/** What the extractor read from one HTML page. Any field may be null when the page does not say. */
public final class ExtractedPage {
    public final String title;
    public final String body;
    public final String publisher;
    public final String author;
    public final Instant publishedAt;
    public final String canonicalUrl;
    public final String language;
    public final String description;

    public ExtractedPage(String title, String body, String publisher, String author, Instant publishedAt,
            String canonicalUrl, String language, String description) {
        this.title = title;
        this.body = body;
        this.publisher = publisher;
        this.author = author;
        this.publishedAt = publishedAt;
        this.canonicalUrl = canonicalUrl;
        this.language = language;
        this.description = description;
    }
}
