package io.newspulse.enrich;

/** What one band found for an article: the earlier article it copies, or none. */
public class DuplicateVerdict {
    public String articleId;
    /** The earliest near-identical article seen in this band, or null. */
    public String originalId;
    public long originalTimeMillis;

    public DuplicateVerdict() {}

    public DuplicateVerdict(String articleId, String originalId, long originalTimeMillis) {
        this.articleId = articleId;
        this.originalId = originalId;
        this.originalTimeMillis = originalTimeMillis;
    }
}
