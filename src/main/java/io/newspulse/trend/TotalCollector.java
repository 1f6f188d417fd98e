package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Numbers the windows in which the feed had articles. A series' history is counted in these windows, not
 * in hours: an outage, when nothing arrives at all, then neither ages nor dilutes any baseline, and a new
 * series starts with the feed's whole history (of zeros) behind it. A late re-firing keeps its number.
 */
public class TotalCollector extends ProcessAllWindowFunction<Long, WindowTotal, TimeWindow> {
    private static final long serialVersionUID = 1L;

    private final long retainMillis;

    /** @param retainMillis how long a window may still re-fire (size + allowed lateness) */
    public TotalCollector(long retainMillis) {
        this.retainMillis = retainMillis;
    }

    @Override
    public void process(Context ctx, Iterable<Long> counts, Collector<WindowTotal> out) throws Exception {
        MapState<Long, Long> numbers = ctx.globalState().getMapState(
                new MapStateDescriptor<>("feed-window-numbers", Types.LONG, Types.LONG));
        ValueState<Long> last = ctx.globalState().getState(new ValueStateDescriptor<>("feed-windows", Types.LONG));
        long end = ctx.window().getEnd();
        Long number = numbers.get(end);
        if (number == null) {
            number = (last.value() == null ? 0 : last.value()) + 1;
            last.update(number);
            numbers.put(end, number);
            forgetOlderThan(numbers, end - retainMillis);
        }
        out.collect(new WindowTotal(end, counts.iterator().next(), number));
    }

    private static void forgetOlderThan(MapState<Long, Long> numbers, long limit) throws Exception {
        List<Long> old = new ArrayList<>();
        for (Map.Entry<Long, Long> e : numbers.entries()) {
            if (e.getKey() < limit) {
                old.add(e.getKey());
            }
        }
        for (Long k : old) {
            numbers.remove(k);
        }
    }
}
