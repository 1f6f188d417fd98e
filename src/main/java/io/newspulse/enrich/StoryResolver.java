package io.newspulse.enrich;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Joins an article with the verdicts of its MinHash bands and marks it: an original story, or a copy of
 * the earliest near-identical article any band found. Copies still travel on: they add their publisher to
 * the story's sources but not to its count.
 */
public class StoryResolver extends KeyedCoProcessFunction<String, TaggedArticle, DuplicateVerdict, TaggedArticle> {
    private static final long serialVersionUID = 1L;

    private transient ValueState<TaggedArticle> article;
    private transient ValueState<Integer> verdicts;
    private transient ValueState<DuplicateVerdict> earliest;
    private transient Counter copies;

    @Override
    public void open(OpenContext openContext) {
        article = getRuntimeContext().getState(new ValueStateDescriptor<>("article", TaggedArticle.class));
        verdicts = getRuntimeContext().getState(new ValueStateDescriptor<>("verdicts", Integer.class));
        earliest = getRuntimeContext().getState(new ValueStateDescriptor<>("earliest", DuplicateVerdict.class));
        copies = getRuntimeContext().getMetricGroup().counter("articlesNearDuplicate");
    }

    @Override
    public void processElement1(TaggedArticle a, Context ctx, Collector<TaggedArticle> out) throws Exception {
        article.update(a);
        emitWhenComplete(out);
    }

    @Override
    public void processElement2(DuplicateVerdict v, Context ctx, Collector<TaggedArticle> out) throws Exception {
        verdicts.update(verdicts.value() == null ? 1 : verdicts.value() + 1);
        DuplicateVerdict e = earliest.value();
        if (v.originalId != null && (e == null || v.originalTimeMillis < e.originalTimeMillis
                || v.originalTimeMillis == e.originalTimeMillis && v.originalId.compareTo(e.originalId) < 0)) {
            earliest.update(v);
        }
        emitWhenComplete(out);
    }

    private void emitWhenComplete(Collector<TaggedArticle> out) throws Exception {
        TaggedArticle a = article.value();
        Integer n = verdicts.value();
        if (a == null || n == null || n < MinHash.BANDS) {
            return;
        }
        DuplicateVerdict e = earliest.value();
        a.storyId = e == null ? a.articleId : e.originalId;
        if (e != null) {
            copies.inc();
        }
        out.collect(a);
        article.clear();
        verdicts.clear();
        earliest.clear();
    }
}
