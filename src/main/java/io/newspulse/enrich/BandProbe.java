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

    public BandProbe() {}

    public BandProbe(int band, String articleId, int[] signature, long eventTimeMillis) {
        this.bandKey = MinHash.bandKey(signature, band);
        this.articleId = articleId;
        this.signature = signature;
        this.eventTimeMillis = eventTimeMillis;
    }
}
