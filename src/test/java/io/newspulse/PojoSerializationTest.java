package io.newspulse;

import io.newspulse.enrich.TaggedArticle;
import io.newspulse.ingest.Article;
import io.newspulse.ingest.IngestResult;
import io.newspulse.ingest.Rejection;
import io.newspulse.trend.Headline;
import io.newspulse.trend.OpenWindow;
import io.newspulse.trend.Pane;
import io.newspulse.trend.SeriesWindows;
import io.newspulse.trend.TrendBaseline;
import io.newspulse.trend.TrendMention;
import io.newspulse.trend.TrendWindow;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;

/**
 * Every record that crosses an operator or sits in state is a Flink POJO: no silent fallback to Kryo. (The streams of
 * mentions and rows have hand-written serializers, {@code TrendMentionSerializer} and {@code TrendWindowSerializer};
 * the classes stay POJOs for the state that holds them.)
 */
class PojoSerializationTest {
    @Test
    void recordsAndStateAreFlinkPojos() {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(Article.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(Rejection.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(IngestResult.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(TaggedArticle.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(TrendMention.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(Headline.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(TrendWindow.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(TrendBaseline.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(OpenWindow.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(Pane.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(SeriesWindows.class);
    }
}
