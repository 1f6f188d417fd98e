package io.newspulse.enrich;

/**
 * One of the four 16-bit bands of an article's SimHash, keyed so that articles sharing a band meet in
 * one place. Two hashes within 3 bits of each other agree on at least one band (pigeonhole), so every
 * near-duplicate pair meets at least once.
 */
public class BandProbe {
    public static final int BANDS = 4;

    /** {@code band:value}, e.g. {@code 2:41873}. */
    public String bandKey;
    public String articleId;
    public long simhash;
    public long eventTimeMillis;

    public BandProbe() {}

    public BandProbe(int band, String articleId, long simhash, long eventTimeMillis) {
        this.bandKey = band + ":" + ((simhash >>> (16 * band)) & 0xFFFF);
        this.articleId = articleId;
        this.simhash = simhash;
        this.eventTimeMillis = eventTimeMillis;
    }
}
