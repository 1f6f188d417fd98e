package io.newspulse.trend;

import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.testutils.DeeplyEqualsChecker;
import org.junit.jupiter.api.Test;

/** Flink's contract tests for a serializer (copies, sequences, snapshots, duplicates), and every field carried. */
class TrendMentionSerializerTest extends SerializerTestBase<TrendMention> {
    TrendMentionSerializerTest() {
        super(new DeeplyEqualsChecker().withCustomCheck(
                (a, b) -> a instanceof TrendMention && b instanceof TrendMention,
                (a, b, checker) -> sameFields((TrendMention) a, (TrendMention) b)));
    }

    @Override
    protected TypeSerializer<TrendMention> createSerializer() {
        return new TrendMentionSerializer();
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<TrendMention> getTypeClass() {
        return TrendMention.class;
    }

    @Override
    protected TrendMention[] getTestData() {
        TrendMention full = new TrendMention("trade", "CN-US", "a1", "Reuters", "US and China trade barbs",
                1_700_000_000_123L, true);
        full.terms = List.of("trade", "barbs");
        full.watermark = 1_699_999_000_000L;
        TrendMention copy = new TrendMention("defense", "UA", "a2", null, null, -5L, false);
        TrendMention empty = new TrendMention();
        empty.terms = null;
        return new TrendMention[] {full, copy, empty};
    }

    @Test
    void everyFieldSurvivesSerializationAndCopy() throws Exception {
        FieldsRoundTrip.assertEveryFieldSurvives(TrendMention.class, TrendMentionSerializer.INSTANCE);
    }

    private static boolean sameFields(TrendMention a, TrendMention b) {
        return Objects.equals(a.topic, b.topic) && Objects.equals(a.geo, b.geo) && Objects.equals(a.articleId, b.articleId)
                && Objects.equals(a.source, b.source) && Objects.equals(a.headline, b.headline)
                && a.eventTimeMillis == b.eventTimeMillis && a.original == b.original && Objects.equals(a.terms, b.terms);
    }
}
