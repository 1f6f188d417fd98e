package io.newspulse.trend;

import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Gives each series window its share of coverage: joins the window's rows with the window's total (keyed
 * by window end). Rows wait until the total is known; when a late article changes the total, every row of
 * that window is sent again with its new share. State is dropped once the window can no longer change.
 */
public class ShareJoiner extends KeyedCoProcessFunction<Long, TrendWindow, WindowTotal, TrendWindow> {
    private static final long serialVersionUID = 1L;

    private final long allowedLatenessMillis;
    private transient ValueState<WindowTotal> total;
    private transient MapState<String, TrendWindow> rows;

    public ShareJoiner(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        total = getRuntimeContext().getState(new ValueStateDescriptor<>("total", WindowTotal.class));
        rows = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("rows", Types.STRING, TypeInformation.of(TrendWindow.class)));
    }

    @Override
    public void processElement1(TrendWindow w, Context ctx, Collector<TrendWindow> out) throws Exception {
        if (rows.isEmpty() && total.value() == null) {
            ctx.timerService().registerEventTimeTimer(ctx.getCurrentKey() - 1 + allowedLatenessMillis);
        }
        rows.put(w.seriesKey(), w);
        WindowTotal t = total.value();
        if (t != null) {
            out.collect(withTotal(w, t));
        }
    }

    @Override
    public void processElement2(WindowTotal t, Context ctx, Collector<TrendWindow> out) throws Exception {
        if (rows.isEmpty() && total.value() == null) {
            ctx.timerService().registerEventTimeTimer(ctx.getCurrentKey() - 1 + allowedLatenessMillis);
        }
        total.update(t);
        for (Map.Entry<String, TrendWindow> e : rows.entries()) {
            out.collect(withTotal(e.getValue(), t));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TrendWindow> out) {
        total.clear();
        rows.clear();
    }

    private static TrendWindow withTotal(TrendWindow w, WindowTotal t) {
        TrendWindow copy = w.copy();
        copy.totalArticles = t.total;
        copy.feedWindow = t.feedWindow;
        copy.share = t.total > 0 ? (double) w.articleCount / t.total : 0.0;
        return copy;
    }
}
