package io.newspulse.enrich;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys tagged articles by article id. */
public class TaggedArticleKey implements KeySelector<TaggedArticle, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(TaggedArticle a) {
        return a.articleId;
    }
}
