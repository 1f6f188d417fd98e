package io.newspulse.enrich;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Sends each article's MinHash signature to the index of each of its bands. */
public class BandProbes implements FlatMapFunction<TaggedArticle, BandProbe> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(TaggedArticle a, Collector<BandProbe> out) {
        for (int band = 0; band < MinHash.BANDS; band++) {
            out.collect(new BandProbe(band, a.articleId, a.signature, a.eventTime.toEpochMilli(), a.late));
        }
    }
}
