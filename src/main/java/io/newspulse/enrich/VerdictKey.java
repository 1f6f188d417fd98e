package io.newspulse.enrich;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys duplicate verdicts by the article they judge. */
public class VerdictKey implements KeySelector<DuplicateVerdict, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(DuplicateVerdict v) {
        return v.articleId;
    }
}
