package io.newspulse;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.enrich.ArticleTagger;
import io.newspulse.enrich.ExactDuplicateFilter;
import io.newspulse.enrich.TaggedArticle;
import io.newspulse.ingest.Article;
import io.newspulse.ingest.ArticleIdKey;
import io.newspulse.ingest.EventDrivenWatermarks;
import io.newspulse.ingest.EventTimeAssigner;
import io.newspulse.ingest.IngestResult;
import io.newspulse.ingest.IngestRouter;
import io.newspulse.ingest.Rejection;
import io.newspulse.ingest.WatermarkKeepingRouter;
import io.newspulse.trend.SeriesFanOut;
import io.newspulse.trend.SeriesKey;
import io.newspulse.trend.TooLateRejection;
import io.newspulse.trend.TrendMention;
import io.newspulse.trend.TrendScorer;
import io.newspulse.trend.TrendWindow;
import io.newspulse.trend.TrendWindowKey;
import io.newspulse.trend.WindowCounter;
import io.newspulse.trend.WindowResultCollector;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.util.OutputTag;

/**
 * The job's data flow, and nothing else: source → route rejects → drop exact duplicates → tag → fan out
 * to series → sliding event-time windows → score → outputs. Wiring of real sources and sinks lives in
 * {@link NewsPulseJob}, so tests can run this topology on any bounded source.
 */
public final class Pipeline {
    private static final OutputTag<TrendMention> TOO_LATE = new OutputTag<>("too-late") {};

    /** What the topology produces: scored windows, and every input that was not counted. */
    public static final class Outputs {
        public final DataStream<TrendWindow> trendWindows;
        public final DataStream<Rejection> rejections;

        Outputs(DataStream<TrendWindow> trendWindows, DataStream<Rejection> rejections) {
            this.trendWindows = trendWindows;
            this.rejections = rejections;
        }
    }

    private Pipeline() {}

    public static Outputs define(StreamExecutionEnvironment env, Source<IngestResult, ?, ?> source, JobConfig config) {
        long outOfOrderness = config.get(ConfigKeys.WATERMARK_OUT_OF_ORDERNESS).toMillis();
        WatermarkStrategy<IngestResult> watermarks = WatermarkStrategy
                .<IngestResult>forGenerator(ctx -> new EventDrivenWatermarks(outOfOrderness))
                .withTimestampAssigner(new EventTimeAssigner())
                .withIdleness(config.get(ConfigKeys.WATERMARK_IDLENESS));

        SingleOutputStreamOperator<Article> articles = env
                .fromSource(source, watermarks, "articles")
                .uid("articles-source")
                .transform("route-rejects", TypeInformation.of(Article.class), new WatermarkKeepingRouter(new IngestRouter(
                        config.get(ConfigKeys.WINDOW_SIZE).toMillis(), config.get(ConfigKeys.WINDOW_SLIDE).toMillis(),
                        config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS).toMillis())))
                .uid("route-rejects");

        DataStream<TaggedArticle> tagged = articles
                .keyBy(new ArticleIdKey())
                .process(new ExactDuplicateFilter(config.get(ConfigKeys.DEDUP_HORIZON).toMillis()))
                .name("drop-exact-duplicates")
                .uid("drop-exact-duplicates")
                .map(new ArticleTagger(config))
                .name("tag-countries-topics")
                .uid("tag-countries-topics");

        SingleOutputStreamOperator<TrendWindow> windows = tagged
                .flatMap(new SeriesFanOut())
                .name("fan-out-series")
                .uid("fan-out-series")
                .keyBy(new SeriesKey())
                .window(SlidingEventTimeWindows.of(config.get(ConfigKeys.WINDOW_SIZE), config.get(ConfigKeys.WINDOW_SLIDE)))
                .allowedLateness(config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS))
                .sideOutputLateData(TOO_LATE)
                .aggregate(new WindowCounter(), new WindowResultCollector())
                .name("count-windows")
                .uid("count-windows");

        DataStream<TrendWindow> scored = windows
                .keyBy(new TrendWindowKey())
                .process(new TrendScorer(config.get(ConfigKeys.WINDOW_SLIDE).toMillis(),
                        config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS).toMillis(), config.get(ConfigKeys.TREND_HALF_LIFE).toMillis(),
                        config.get(ConfigKeys.TREND_NOISE_FLOOR), config.get(ConfigKeys.TREND_MIN_HISTORY)))
                .name("score-trends")
                .uid("score-trends");

        // the router rejects too-late articles first; the windows' own late output is a safety net
        DataStream<Rejection> rejections = articles.getSideOutput(IngestRouter.REJECTED)
                .union(windows.getSideOutput(TOO_LATE).map(new TooLateRejection()).name("too-late").uid("too-late"));

        return new Outputs(scored, rejections);
    }
}
