package io.newspulse.trend;

import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.junit.jupiter.api.Test;

/** Flink's contract tests for a serializer (copies, sequences, snapshots, duplicates), and every field carried. */
class TrendWindowSerializerTest extends SerializerTestBase<TrendWindow> {
    @Override
    protected TypeSerializer<TrendWindow> createSerializer() {
        return new TrendWindowSerializer();
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<TrendWindow> getTypeClass() {
        return TrendWindow.class;
    }

    @Override
    protected TrendWindow[] getTestData() {
        TrendWindow scored = new TrendWindow();
        scored.topic = "trade";
        scored.geo = "CN-US";
        scored.windowStart = Instant.parse("2025-04-02T12:00:00Z");
        scored.windowEnd = Instant.parse("2025-04-02T18:00:00Z");
        scored.articleCount = 42;
        scored.sourceCount = 9;
        scored.topSourceArticles = 5;
        scored.totalArticles = 1_234;
        scored.share = 42 / 1_234.0;
        scored.feedWindow = 77;
        scored.baseline = 0.004;
        scored.baselineStd = 0.002;
        scored.score = 11.5;
        scored.topHeadlines = List.of("US raises tariffs on Chinese goods", "China vows response");
        scored.topTerms = List.of("tariffs");
        TrendWindow young = new TrendWindow(); // no history yet: no baseline, no score
        young.topic = "health";
        young.geo = "BR";
        young.windowStart = Instant.ofEpochMilli(0);
        young.windowEnd = Instant.ofEpochMilli(21_600_000);
        young.articleCount = 1;
        young.share = 1.0;
        TrendWindow empty = new TrendWindow();
        empty.topHeadlines = null;
        empty.topTerms = null;
        return new TrendWindow[] {scored, young, empty};
    }

    @Test
    void everyFieldSurvivesSerializationAndCopy() throws Exception {
        FieldsRoundTrip.assertEveryFieldSurvives(TrendWindow.class, TrendWindowSerializer.INSTANCE);
    }
}
