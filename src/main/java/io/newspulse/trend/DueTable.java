package io.newspulse.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.Triggerable;

/**
 * When the entries of an operator that keeps its keys in memory are next due, in event time: the operator hands the
 * table each watermark and is called back for every entry due by then, in order of time. It stands in for Flink's
 * timer queue (a timer per key and time, each polled with its key set and its state read). Like Flink's timers, an
 * entry has a given time at most once.
 *
 * @param <E> the operator's entries (a series, say)
 */
public final class DueTable<E extends DueTable.Entry> {
    /** Something that can be due: its due times, ascending, each also in the table. */
    public abstract static class Entry {
        private static final long[] NONE = new long[0];
        private long[] dueTimes = NONE;

        /** Its due times, ascending (an array the table does not change afterwards). */
        public long[] dueTimes() {
            return dueTimes;
        }

        public boolean isDue() {
            return dueTimes.length > 0;
        }
    }

    /** What to do with an entry due at {@code time}. */
    @FunctionalInterface
    public interface Handler<E> {
        void due(E entry, long time) throws Exception;
    }

    private final TreeMap<Long, List<E>> byTime = new TreeMap<>();

    /** Makes {@code e} due at {@code time}, unless it is already. */
    public void schedule(E e, long time) {
        Entry entry = e;
        long[] times = entry.dueTimes;
        int i = Arrays.binarySearch(times, time);
        if (i >= 0) {
            return;
        }
        int at = -i - 1;
        long[] more = new long[times.length + 1];
        System.arraycopy(times, 0, more, 0, at);
        more[at] = time;
        System.arraycopy(times, at, more, at + 1, times.length - at);
        entry.dueTimes = more;
        byTime.computeIfAbsent(time, t -> new ArrayList<>()).add(e);
    }

    /**
     * Hands {@code handler} every entry due at or before {@code watermark}, oldest time first; one the handler makes
     * due again by then is handed again.
     */
    public void advanceTo(long watermark, Handler<E> handler) throws Exception {
        while (!byTime.isEmpty() && byTime.firstKey() <= watermark) {
            Map.Entry<Long, List<E>> next = byTime.pollFirstEntry();
            long time = next.getKey();
            for (E e : next.getValue()) {
                unschedule(e, time);
                handler.due(e, time);
            }
        }
    }

    private static void unschedule(Entry e, long time) {
        long[] times = e.dueTimes;
        // times are handled in order: the one handled is nearly always the first
        int at = times.length > 0 && times[0] == time ? 0 : Arrays.binarySearch(times, time);
        if (at >= 0) {
            long[] fewer = times.length == 1 ? Entry.NONE : new long[times.length - 1];
            System.arraycopy(times, 0, fewer, 0, at);
            System.arraycopy(times, at + 1, fewer, at, times.length - at - 1);
            e.dueTimes = fewer;
        }
    }

    /** The keys {@code operator} has keyed state for, in any of {@code states}: what a restored operator reads back. */
    public static <K> List<K> keysIn(AbstractStreamOperator<?> operator, String... states) {
        List<Stream<K>> keys = new ArrayList<>();
        try {
            for (String state : states) {
                keys.add(operator.<K>getKeyedStateBackend().getKeys(state, VoidNamespace.INSTANCE));
            }
            return keys.stream().flatMap(k -> k).distinct().collect(Collectors.toList());
        } finally {
            keys.forEach(Stream::close);
        }
    }

    /** A Flink timer of an earlier build: its key and time. */
    public record FlinkTimer(Object key, long time) {}

    /**
     * Removes the event-time timers that builds before this table kept in Flink's timer service {@code name} of
     * {@code operator} (restored from their savepoints), and returns them: the operator takes them over as due times,
     * or knows them from its state. Call once, when state is restored.
     */
    public static List<FlinkTimer> takeOverFlinkTimers(AbstractStreamOperator<?> operator, String name) throws Exception {
        InternalTimerService<VoidNamespace> timers =
                operator.getInternalTimerService(name, VoidNamespaceSerializer.INSTANCE, NEVER_FIRED);
        List<FlinkTimer> found = new ArrayList<>();
        timers.forEachEventTimeTimer((namespace, t) -> found.add(new FlinkTimer(operator.getCurrentKey(), t)));
        for (FlinkTimer timer : found) {
            operator.setCurrentKey(timer.key());
            timers.deleteEventTimeTimer(VoidNamespace.INSTANCE, timer.time());
        }
        return found;
    }

    /** The timers {@link #takeOverFlinkTimers} finds are deleted at once: none fires. */
    private static final Triggerable<Object, VoidNamespace> NEVER_FIRED = new Triggerable<>() {
        @Override
        public void onEventTime(InternalTimer<Object, VoidNamespace> timer) {
            throw new IllegalStateException("a Flink timer of an earlier build fired: " + timer);
        }

        @Override
        public void onProcessingTime(InternalTimer<Object, VoidNamespace> timer) {
            throw new IllegalStateException("a Flink timer of an earlier build fired: " + timer);
        }
    };
}
