package io.newspulse.ingest;

/**
 * The JSON envelope on the input topic: either a raw page ({@code url, html}) or a pre-extracted
 * article ({@code url, title, body, published_at, publisher}); {@code id} may stand in for {@code url};
 * {@code fetched_at} and {@code source} are optional. Dates are kept as text here and parsed later.
 */
public final class ArticleEnvelope {
    public final String id;
    public final String url;
    public final String html;
    public final String title;
    public final String body;
    public final String publishedAt;
    public final String publisher;
    public final String author;
    public final String fetchedAt;
    public final String source;
    /** Optional declared language ({@code en}, {@code fr-FR}). */
    public final String language;

    public ArticleEnvelope(String id, String url, String html, String title, String body, String publishedAt,
            String publisher, String author, String fetchedAt, String source) {
        this(id, url, html, title, body, publishedAt, publisher, author, fetchedAt, source, null);
    }

    public ArticleEnvelope(String id, String url, String html, String title, String body, String publishedAt,
            String publisher, String author, String fetchedAt, String source, String language) {
        this.id = id;
        this.url = url;
        this.html = html;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.publisher = publisher;
        this.author = author;
        this.fetchedAt = fetchedAt;
        this.source = source;
        this.language = language;
    }

    /** The article's identity as given: url, else id. */
    public String identity() {
        return url != null ? url : id;
    }

    public boolean isRawPage() {
        return html != null;
    }
}
