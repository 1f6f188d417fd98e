package io.newspulse.trend;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * What the hand-written serializers of the counting stage's records share ({@link TrendMentionSerializer}, {@link
 * TrendWindowSerializer}): mutable records of no fixed length, copied and read anew each time (no reuse), and how
 * fields that may be null are written. Strings: {@link StringValue} (null allowed).
 */
abstract class HandWrittenSerializer<T> extends TypeSerializerSingleton<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public T deserialize(T reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    protected static void writeStrings(List<String> strings, DataOutputView out) throws IOException {
        if (strings == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(strings.size());
        for (String s : strings) {
            StringValue.writeString(s, out);
        }
    }

    protected static List<String> readStrings(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(StringValue.readString(in));
        }
        return strings;
    }

    /** A copy that may be changed without changing {@code strings} (the strings themselves are immutable). */
    protected static List<String> copyOf(List<String> strings) {
        return strings == null ? null : new ArrayList<>(strings);
    }

    protected static void writeDouble(Double d, DataOutputView out) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    protected static Double readDouble(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    protected static void writeInstant(Instant t, DataOutputView out) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    protected static Instant readInstant(DataInputView in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
