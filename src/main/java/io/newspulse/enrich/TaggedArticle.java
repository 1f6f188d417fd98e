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
    /** ISO 3166-1 alpha-2 codes the article is about, most salient first. */
    public List<String> countries = new ArrayList<>();
    /** Topic ids, best first. */
    public List<String> topics = new ArrayList<>();

    public TaggedArticle() {}

    @Override
    public String toString() {
        return "TaggedArticle{" + articleId + ", " + topics + " x " + countries + ", " + eventTime + "}";
    }
}
