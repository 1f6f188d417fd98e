package io.newspulse.enrich;

/**
 * One band of an article's MinHash signature, keyed so that articles sharing the band meet in one place.
 * Copies agree on most of their signature, so they share at least one band with near certainty.
 */
public class BandProbe {
    /** {@code band:hash}. */
    public String bandKey;
    public String articleId;
    public int[] signature;
    public long eventTimeMillis;
    /** The article was late at ingestion: it may be a copy, but is never taken as another article's original. */
    public boolean late;

    public BandProbe() {}

    public BandProbe(int band, String articleId, int[] signature, long eventTimeMillis, boolean late) {
        this.bandKey = MinHash.bandKey(signature, band);
        this.articleId = articleId;
        this.signature = signature;
        this.eventTimeMillis = eventTimeMillis;
        this.late = late;
    }
}
