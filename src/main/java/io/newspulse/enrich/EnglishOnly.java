package io.newspulse.enrich;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.metrics.Counter;

/**
 * Keeps the stories the English gazetteer and taxonomy can tag; the others (counted as
 * {@code articlesOtherLanguage}) stay out of the series and of the window totals, so a French story neither
 * lands in the wrong series nor dilutes the English shares.
 */
public class EnglishOnly extends RichFilterFunction<TaggedArticle> {
    private static final long serialVersionUID = 1L;
    private transient Counter otherLanguage;

    @Override
    public void open(OpenContext openContext) {
        otherLanguage = getRuntimeContext().getMetricGroup().counter("articlesOtherLanguage");
    }

    @Override
    public boolean filter(TaggedArticle a) {
        if (Languages.isTaggable(a.language)) {
            return true;
        }
        otherLanguage.inc();
        return false;
    }
}
