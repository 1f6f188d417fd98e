package io.newspulse.ingest;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys articles by identity (canonical URL, else url or id). */
public class ArticleIdKey implements KeySelector<Article, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(Article a) {
        return a.id;
    }
}
