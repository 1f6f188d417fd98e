package io.newspulse.trend;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Notes on each window total the watermark of the window totals when it was sent ({@link WindowTotal#asOf}): for a
 * total that a late article changed, the watermark that article was judged against ({@link LateArticleHold} sends it
 * just before the article). Runs chained behind the window totals (Flink's window functions do not see the watermark).
 */
public class TotalsAsOf extends ProcessFunction<WindowTotal, WindowTotal> {
    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(WindowTotal total, Context ctx, Collector<WindowTotal> out) {
        total.asOf = ctx.timerService().currentWatermark();
        out.collect(total);
    }
}
