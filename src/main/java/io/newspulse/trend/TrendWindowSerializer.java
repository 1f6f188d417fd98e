package io.newspulse.trend;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Writes and copies a {@link TrendWindow} field by field. Each row the series operator sends is copied into every
 * operator chained to it (the spike detector, the table's sink): Flink's {@code PojoSerializer} copies each field by
 * reflection, which took about a tenth of the series operator's thread (docs/BENCHMARKS.md, session 11). Keyed state
 * that holds rows (the spike detector's) keeps the POJO serializer, so savepoints are unchanged. A new field must be
 * added here, and the format changed only with a new snapshot version: records in flight of an unaligned checkpoint
 * are written with it (savepoints hold none).
 */
public final class TrendWindowSerializer extends HandWrittenSerializer<TrendWindow> {
    private static final long serialVersionUID = 1L;

    public static final TrendWindowSerializer INSTANCE = new TrendWindowSerializer();
    /** The type of a stream of rows. */
    public static final TypeInformation<TrendWindow> TYPE = new HandWrittenTypeInfo<>(TrendWindow.class, INSTANCE);

    @Override
    public TrendWindow createInstance() {
        return new TrendWindow();
    }

    /** Strings, instants and boxed numbers are immutable and shared; the lists are copied. */
    @Override
    public TrendWindow copy(TrendWindow from) {
        TrendWindow w = new TrendWindow();
        w.topic = from.topic;
        w.geo = from.geo;
        w.windowStart = from.windowStart;
        w.windowEnd = from.windowEnd;
        w.articleCount = from.articleCount;
        w.sourceCount = from.sourceCount;
        w.topSourceArticles = from.topSourceArticles;
        w.totalArticles = from.totalArticles;
        w.share = from.share;
        w.feedWindow = from.feedWindow;
        w.baseline = from.baseline;
        w.baselineStd = from.baselineStd;
        w.score = from.score;
        w.topHeadlines = copyOf(from.topHeadlines);
        w.topTerms = copyOf(from.topTerms);
        return w;
    }

    @Override
    public void serialize(TrendWindow w, DataOutputView out) throws IOException {
        StringValue.writeString(w.topic, out);
        StringValue.writeString(w.geo, out);
        writeInstant(w.windowStart, out);
        writeInstant(w.windowEnd, out);
        out.writeLong(w.articleCount);
        out.writeInt(w.sourceCount);
        out.writeInt(w.topSourceArticles);
        out.writeLong(w.totalArticles);
        writeDouble(w.share, out);
        out.writeLong(w.feedWindow);
        writeDouble(w.baseline, out);
        writeDouble(w.baselineStd, out);
        writeDouble(w.score, out);
        writeStrings(w.topHeadlines, out);
        writeStrings(w.topTerms, out);
    }

    @Override
    public TrendWindow deserialize(DataInputView in) throws IOException {
        TrendWindow w = new TrendWindow();
        w.topic = StringValue.readString(in);
        w.geo = StringValue.readString(in);
        w.windowStart = readInstant(in);
        w.windowEnd = readInstant(in);
        w.articleCount = in.readLong();
        w.sourceCount = in.readInt();
        w.topSourceArticles = in.readInt();
        w.totalArticles = in.readLong();
        w.share = readDouble(in);
        w.feedWindow = in.readLong();
        w.baseline = readDouble(in);
        w.baselineStd = readDouble(in);
        w.score = readDouble(in);
        w.topHeadlines = readStrings(in);
        w.topTerms = readStrings(in);
        return w;
    }

    @Override
    public TypeSerializerSnapshot<TrendWindow> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores the serializer; the format has one version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<TrendWindow> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
