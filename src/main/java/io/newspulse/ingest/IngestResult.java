package io.newspulse.ingest;

/** What a source emits for one input: an article, or the reason it was rejected. Exactly one is set. */
public class IngestResult {
    public Article article;
    public Rejection rejection;
    /** Time spent extracting the article from an HTML page; 0 when the input was not a page. */
    public long extractionNanos;
    /** {@link RecordOrigin#split()} of an accepted article: event-time progress is judged per split. */
    public String split;

    public IngestResult() {}

    public static IngestResult accepted(Article article) {
        IngestResult r = new IngestResult();
        r.article = article;
        return r;
    }

    public static IngestResult rejected(Rejection rejection) {
        IngestResult r = new IngestResult();
        r.rejection = rejection;
        return r;
    }

    public boolean isRejected() {
        return rejection != null;
    }

    @Override
    public String toString() {
        return isRejected() ? rejection.toString() : String.valueOf(article);
    }
}
