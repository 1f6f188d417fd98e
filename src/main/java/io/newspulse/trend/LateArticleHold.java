package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Holds back, on their way to the window totals, the late articles that {@link LateArticleRule} says must wait: until
 * the watermark here has come as far as the one the router judged them against. That watermark then goes on first
 * and the articles after it, so each window total is first sent without them and corrected after, whatever the
 * watermark here was when they came: the spike detector judges a window with the same total on every run. The series
 * operator holds its mentions of such articles the same way. One subtask, in front of the window totals (one too).
 */
public class LateArticleHold extends AbstractStreamOperator<CountedArticle>
        implements OneInputStreamOperator<CountedArticle, CountedArticle> {
    private static final long serialVersionUID = 1L;

    private final LateArticleRule rule;
    /** The newest watermark sent on ({@link Long#MIN_VALUE} until the first, also after a restore). */
    private transient long watermark;
    /** The articles held, by the watermark they wait for. */
    private transient TreeMap<Long, List<CountedArticle>> held;
    private transient ListState<CountedArticle> checkpointed;

    public LateArticleHold(long sizeMillis, long slideMillis, long allowedLatenessMillis) {
        this.rule = new LateArticleRule(sizeMillis, slideMillis, allowedLatenessMillis);
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        watermark = Long.MIN_VALUE;
        held = new TreeMap<>();
        checkpointed = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("held-articles", CountedArticle.class));
        for (CountedArticle a : checkpointed.get()) {
            hold(a);
        }
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        List<CountedArticle> all = new ArrayList<>();
        held.values().forEach(all::addAll);
        checkpointed.update(all);
    }

    @Override
    public void processElement(StreamRecord<CountedArticle> element) {
        CountedArticle a = element.getValue();
        if (rule.waits(a.eventTimeMillis, a.watermark, watermark)) {
            hold(a);
        } else {
            output.collect(element);
        }
    }

    private void hold(CountedArticle a) {
        held.computeIfAbsent(a.watermark, w -> new ArrayList<>(1)).add(a);
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        while (!held.isEmpty() && held.firstKey() <= mark.getTimestamp()) {
            Map.Entry<Long, List<CountedArticle>> next = held.pollFirstEntry();
            if (next.getKey() > watermark) {
                watermark = next.getKey();
                output.emitWatermark(new Watermark(watermark));
            }
            for (CountedArticle a : next.getValue()) {
                output.collect(new StreamRecord<>(a, a.eventTimeMillis));
            }
        }
        watermark = Math.max(watermark, mark.getTimestamp());
        super.processWatermark(mark);
    }
}
