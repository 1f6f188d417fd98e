package io.newspulse.bench;

import io.newspulse.trend.TrendMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.Collector;

/**
 * Floors for the counting benchmark: the same sliding windows (6 h, sliding by 1 h) counted and nothing else, no
 * sources, headlines, totals, lateness or scores, a row per window sent when the watermark passes its end. {@link
 * Keyed} keeps a series' panes in keyed state with one Flink timer at a time, as {@code SeriesTrends} did until session
 * 10; {@link InMemory} keeps them in a hash map and finds the series due at a watermark in a table by window end, as
 * {@code SeriesTrends} does now (without its checkpoint writes: a floor).
 */
public final class BareCounts {
    static final long SLIDE = 3_600_000L;
    static final long SIZE = 6 * SLIDE;

    public static class WindowCount {
        public String topic;
        public String geo;
        public long windowStart;
        public long windowEnd;
        public long count;

        public WindowCount() {}
    }

    /** A series' panes as ends and counts, oldest first. */
    public static class Panes {
        public long[] ends = new long[0];
        public long[] counts = new long[0];

        public Panes() {}

        void add(long end) {
            for (int i = ends.length - 1; i >= 0; i--) {
                if (ends[i] == end) {
                    counts[i]++;
                    return;
                }
            }
            int n = ends.length;
            ends = java.util.Arrays.copyOf(ends, n + 1);
            counts = java.util.Arrays.copyOf(counts, n + 1);
            int i = n;
            while (i > 0 && ends[i - 1] > end) {
                ends[i] = ends[i - 1];
                counts[i] = counts[i - 1];
                i--;
            }
            ends[i] = end;
            counts[i] = 1;
        }

        long window(long end) {
            long c = 0;
            for (int i = 0; i < ends.length; i++) {
                if (ends[i] > end - SIZE && ends[i] <= end) {
                    c += counts[i];
                }
            }
            return c;
        }

        void dropUpTo(long end) {
            int k = 0;
            while (k < ends.length && ends[k] <= end) {
                k++;
            }
            if (k > 0) {
                ends = java.util.Arrays.copyOfRange(ends, k, ends.length);
                counts = java.util.Arrays.copyOfRange(counts, k, counts.length);
            }
        }
    }

    static WindowCount row(String series, long end, long count) {
        WindowCount w = new WindowCount();
        int bar = series.indexOf('|');
        w.topic = series.substring(0, bar);
        w.geo = series.substring(bar + 1);
        w.windowStart = end - SIZE;
        w.windowEnd = end;
        w.count = count;
        return w;
    }

    /** Keyed state and one Flink timer at a time per series. */
    public static class Keyed extends KeyedProcessFunction<String, TrendMention, WindowCount> {
        private transient ValueState<Panes> panes;

        @Override
        public void open(OpenContext ctx) {
            panes = getRuntimeContext().getState(new ValueStateDescriptor<>("panes", Panes.class));
        }

        @Override
        public void processElement(TrendMention m, Context ctx, Collector<WindowCount> out) throws Exception {
            long paneEnd = Math.floorDiv(m.eventTimeMillis, SLIDE) * SLIDE + SLIDE;
            Panes p = panes.value();
            if (p == null) {
                p = new Panes();
            }
            p.add(paneEnd);
            long wm = ctx.timerService().currentWatermark();
            for (long end = paneEnd; end < paneEnd + SIZE; end += SLIDE) {
                if (end - 1 > wm) {
                    ctx.timerService().registerEventTimeTimer(end - 1);
                    break;
                }
            }
            panes.update(p);
        }

        @Override
        public void onTimer(long ts, OnTimerContext ctx, Collector<WindowCount> out) throws Exception {
            long end = ts + 1;
            Panes p = panes.value();
            long c = p.window(end);
            if (c > 0) {
                out.collect(row(ctx.getCurrentKey(), end, c));
            }
            p.dropUpTo(end + SLIDE - SIZE);
            if (p.ends.length == 0) {
                panes.clear();
            } else {
                ctx.timerService().registerEventTimeTimer(end + SLIDE - 1);
                panes.update(p);
            }
        }
    }

    /** Series in a hash map of the subtask, due at each watermark by window end: no state read, no Flink timer. */
    public static class InMemory extends AbstractStreamOperator<WindowCount>
            implements OneInputStreamOperator<TrendMention, WindowCount> {
        private transient Map<String, Panes> series;
        private transient TreeMap<Long, List<String>> due;
        private transient Map<String, Long> scheduledTo;

        @Override
        public void open() throws Exception {
            super.open();
            series = new HashMap<>();
            due = new TreeMap<>();
            scheduledTo = new HashMap<>();
        }

        @Override
        public void processElement(StreamRecord<TrendMention> r) {
            TrendMention m = r.getValue();
            String key = m.seriesKey();
            long paneEnd = Math.floorDiv(m.eventTimeMillis, SLIDE) * SLIDE + SLIDE;
            series.computeIfAbsent(key, k -> new Panes()).add(paneEnd);
            long last = paneEnd + SIZE - SLIDE;
            Long to = scheduledTo.get(key);
            long from = to == null ? paneEnd : Math.max(paneEnd, to + SLIDE);
            for (long end = from; end <= last; end += SLIDE) {
                due.computeIfAbsent(end, e -> new ArrayList<>()).add(key);
            }
            if (to == null || last > to) {
                scheduledTo.put(key, last);
            }
        }

        @Override
        public void processWatermark(Watermark mark) throws Exception {
            while (!due.isEmpty() && due.firstKey() - 1 <= mark.getTimestamp()) {
                Map.Entry<Long, List<String>> e = due.pollFirstEntry();
                long end = e.getKey();
                for (String key : e.getValue()) {
                    Panes p = series.get(key);
                    long c = p.window(end);
                    if (c > 0) {
                        output.collect(new StreamRecord<>(row(key, end, c), end - 1));
                    }
                    p.dropUpTo(end + SLIDE - SIZE);
                    if (p.ends.length == 0) {
                        series.remove(key);
                        scheduledTo.remove(key);
                    }
                }
            }
            super.processWatermark(mark);
        }
    }

    private BareCounts() {}
}
