package io.newspulse.enrich;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An article reduced to what trend counting needs: who, when, which countries, which topics. */
public class TaggedArticle {
    public String articleId;
    public String title;
    /** Distinct-source identity: publisher, else host. */
    public String source;
    public Instant eventTime;
    /** Late at ingestion (see {@link io.newspulse.ingest.Article#late}). */
    public boolean late;
    /** What the router judged it against (see {@link io.newspulse.ingest.Article#watermark}). */
    public long watermark = Long.MIN_VALUE;
    /** Content words of the headline (see {@link TitleTerms}). */
    public List<String> titleTerms = new ArrayList<>();
    /** MinHash signature of the body, for near-duplicate detection. */
    public int[] signature;
    /** The story this article tells: its own id, or the id of the earlier article it is a copy of. */
    public String storyId;
    /** ISO 639-1 code of the article's language ({@code und} if not known); only English articles get tags. */
    public String language;
    /** ISO 3166-1 alpha-2 codes the article is about, most salient first. */
    public List<String> countries = new ArrayList<>();
    /** Topic ids, best first. */
    public List<String> topics = new ArrayList<>();

    public TaggedArticle() {}

    /** True unless the article is a syndicated copy of an earlier one. */
    public boolean isOriginal() {
        return storyId == null || storyId.equals(articleId);
    }

    @Override
    public String toString() {
        return "TaggedArticle{" + articleId + ", " + topics + " x " + countries + ", " + eventTime + "}";
    }
}
