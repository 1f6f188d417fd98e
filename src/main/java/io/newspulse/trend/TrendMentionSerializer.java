package io.newspulse.trend;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Writes a {@link TrendMention} field by field, as the keyBy to the series operator sends every mention: Flink's
 * {@code PojoSerializer} reads and sets each field by reflection, which took about a tenth of the series operator's
 * thread (docs/BENCHMARKS.md, session 11). A new field must be added here. Only the records in flight of an
 * unaligned checkpoint are written with it, which the job does not take (savepoints hold none): a change of format is
 * noted in docs/OPERATIONS.md, and would need a new snapshot version if unaligned checkpoints were enabled.
 */
public final class TrendMentionSerializer extends HandWrittenSerializer<TrendMention> {
    private static final long serialVersionUID = 1L;

    public static final TrendMentionSerializer INSTANCE = new TrendMentionSerializer();
    /** The type of a stream of mentions. */
    public static final TypeInformation<TrendMention> TYPE = new HandWrittenTypeInfo<>(TrendMention.class, INSTANCE);

    @Override
    public TrendMention createInstance() {
        return new TrendMention();
    }

    @Override
    public TrendMention copy(TrendMention from) {
        TrendMention m = new TrendMention(from.topic, from.geo, from.articleId, from.source, from.headline,
                from.eventTimeMillis, from.original);
        m.watermark = from.watermark;
        m.terms = copyOf(from.terms);
        return m;
    }

    @Override
    public void serialize(TrendMention m, DataOutputView out) throws IOException {
        StringValue.writeString(m.topic, out);
        StringValue.writeString(m.geo, out);
        StringValue.writeString(m.articleId, out);
        StringValue.writeString(m.source, out);
        StringValue.writeString(m.headline, out);
        out.writeLong(m.eventTimeMillis);
        out.writeBoolean(m.original);
        out.writeLong(m.watermark);
        writeStrings(m.terms, out);
    }

    @Override
    public TrendMention deserialize(DataInputView in) throws IOException {
        TrendMention m = new TrendMention(StringValue.readString(in), StringValue.readString(in),
                StringValue.readString(in), StringValue.readString(in), StringValue.readString(in), in.readLong(),
                in.readBoolean());
        m.watermark = in.readLong();
        m.terms = readStrings(in);
        return m;
    }

    @Override
    public TypeSerializerSnapshot<TrendMention> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer; the format has one version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<TrendMention> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
