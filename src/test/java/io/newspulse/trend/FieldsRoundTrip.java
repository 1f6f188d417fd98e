package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * Checks that a hand-written serializer carries every public field of its class: each field is given a value
 * different from its default, then the record is serialized, read back and copied. A field added to the class and
 * forgotten in the serializer fails here.
 */
final class FieldsRoundTrip {
    private FieldsRoundTrip() {}

    static <T> void assertEveryFieldSurvives(Class<T> type, TypeSerializer<T> serializer) throws Exception {
        T record = serializer.createInstance();
        List<Field> fields = publicFields(type);
        int n = 0;
        for (Field f : fields) {
            f.set(record, valueFor(f, ++n));
        }
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(record, out);
        T read = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        T copied = serializer.copy(record);
        for (Field f : fields) {
            assertThat(f.get(read)).as("%s.%s read back", type.getSimpleName(), f.getName()).isEqualTo(f.get(record));
            assertThat(f.get(copied)).as("%s.%s copied", type.getSimpleName(), f.getName()).isEqualTo(f.get(record));
            if (f.getType() == List.class) {
                assertThat(f.get(copied)).as("%s.%s is a list of its own", type.getSimpleName(), f.getName())
                        .isNotSameAs(f.get(record));
            }
        }
    }

    private static List<Field> publicFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** A value of the field's type that no default has, and that differs from field to field. */
    private static Object valueFor(Field f, int n) {
        Class<?> t = f.getType();
        if (t == String.class) {
            return f.getName() + "-" + n;
        } else if (t == long.class || t == Long.class) {
            return 1_000L * n + 7;
        } else if (t == int.class || t == Integer.class) {
            return 10 * n + 3;
        } else if (t == double.class || t == Double.class) {
            return n + 0.25;
        } else if (t == boolean.class) {
            return !(Boolean) defaultOf(f);
        } else if (t == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + n, 123_000_000);
        } else if (t == List.class) {
            return new ArrayList<>(List.of(f.getName() + "-a", f.getName() + "-b"));
        }
        return fail("%s.%s has a type this check does not know: add it to the serializer and here",
                f.getDeclaringClass(), f.getName());
    }

    private static Object defaultOf(Field f) {
        try {
            return f.get(f.getDeclaringClass().getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
