package io.newspulse;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.alert.AlertGrouper;
import io.newspulse.alert.AlertRules;
import io.newspulse.alert.AlertTopicKey;
import io.newspulse.alert.SpikeDetector;
import io.newspulse.alert.TrendAlert;
import io.newspulse.enrich.ArticleTagger;
import io.newspulse.enrich.EnglishOnly;
import io.newspulse.enrich.BandKey;
import io.newspulse.enrich.BandProbes;
import io.newspulse.enrich.DuplicateVerdict;
import io.newspulse.enrich.NearDuplicateIndex;
import io.newspulse.enrich.StoryResolver;
import io.newspulse.enrich.TaggedArticleKey;
import io.newspulse.enrich.VerdictKey;
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
import io.newspulse.trend.JudgedSlidingWindows;
import io.newspulse.trend.LateArticleHold;
import io.newspulse.trend.SeriesFanOut;
import io.newspulse.trend.SeriesKey;
import io.newspulse.trend.SeriesTrends;
import io.newspulse.trend.TooLateRejection;
import io.newspulse.trend.TrendMention;
import io.newspulse.trend.TrendWindow;
import io.newspulse.trend.TrendWindowKey;
import io.newspulse.trend.TrendWindowSerializer;
import io.newspulse.trend.TotalCollector;
import io.newspulse.trend.TotalCounter;
import io.newspulse.trend.TotalsAsOf;
import io.newspulse.trend.WindowTotal;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;

/**
 * The job's data flow, and nothing else: source → route rejects → drop exact duplicates → tag → mark
 * near-duplicate copies → keep English stories → fan out to series → per series: panes, sliding event-time windows,
 * share of coverage (window totals broadcast), score → alerts. Wiring of real sources and sinks lives in
 * {@link NewsPulseJob}, so tests can run this topology on any bounded source.
 */
public final class Pipeline {
    /** What the topology produces: scored windows, alerts, and every input that was not counted. */
    public static final class Outputs {
        public final DataStream<TrendWindow> trendWindows;
        public final DataStream<TrendAlert> alerts;
        public final DataStream<Rejection> rejections;

        Outputs(DataStream<TrendWindow> trendWindows, DataStream<TrendAlert> alerts, DataStream<Rejection> rejections) {
            this.trendWindows = trendWindows;
            this.alerts = alerts;
            this.rejections = rejections;
        }
    }

    private Pipeline() {}

    public static Outputs define(StreamExecutionEnvironment env, Source<IngestResult, ?, ?> source, JobConfig config) {
        return define(env, source, Integer.MAX_VALUE, config);
    }

    /**
     * The job reading {@code source} with at most {@code readers} parallel readers ({@link
     * io.newspulse.ingest.Sources#readers}); the router runs in the readers' tasks, the rest of the job at the
     * environment's parallelism.
     */
    public static Outputs define(StreamExecutionEnvironment env, Source<IngestResult, ?, ?> source, int readers,
            JobConfig config) {
        long outOfOrderness = config.get(ConfigKeys.WATERMARK_OUT_OF_ORDERNESS).toMillis();
        WatermarkStrategy<IngestResult> watermarks = WatermarkStrategy
                .<IngestResult>forGenerator(ctx -> new EventDrivenWatermarks(outOfOrderness))
                .withTimestampAssigner(new EventTimeAssigner())
                .withIdleness(config.get(ConfigKeys.WATERMARK_IDLENESS));

        SingleOutputStreamOperator<IngestResult> read = env
                .fromSource(source, watermarks, "articles")
                .uid("articles-source");
        SingleOutputStreamOperator<Article> articles = read
                .transform("route-rejects", TypeInformation.of(Article.class), new WatermarkKeepingRouter(new IngestRouter(
                        config.get(ConfigKeys.WINDOW_SIZE).toMillis(), config.get(ConfigKeys.WINDOW_SLIDE).toMillis(),
                        config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS).toMillis(), outOfOrderness)))
                .uid("route-rejects");
        if (env.getParallelism() > readers) { // fewer files than parallel tasks: no reader without one (Sources#readers)
            read.setParallelism(readers);
            articles.setParallelism(readers); // chained to its reader: each split judged in one task (IngestRouter)
        }

        DataStream<TaggedArticle> tagged = articles
                .keyBy(new ArticleIdKey())
                .process(new ExactDuplicateFilter(config.get(ConfigKeys.DEDUP_HORIZON).toMillis()))
                .name("drop-exact-duplicates")
                .uid("drop-exact-duplicates")
                .map(new ArticleTagger(config))
                .name("tag-countries-topics")
                .uid("tag-countries-topics");

        // near-duplicates: each article asks the index of each of its MinHash bands for an earlier copy
        DataStream<DuplicateVerdict> verdicts = tagged
                .flatMap(new BandProbes())
                .name("minhash-bands")
                .uid("minhash-bands")
                .keyBy(new BandKey())
                .process(new NearDuplicateIndex(config.get(ConfigKeys.DEDUP_HORIZON).toMillis(),
                        config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS).toMillis(),
                        config.get(ConfigKeys.DEDUP_MIN_SIMILARITY), config.get(ConfigKeys.DEDUP_MAX_BUCKET_ENTRIES)))
                .name("near-duplicate-index")
                .uid("near-duplicate-index");
        DataStream<TaggedArticle> stories = tagged
                .keyBy(new TaggedArticleKey())
                .connect(verdicts.keyBy(new VerdictKey()))
                .process(new StoryResolver())
                .name("resolve-stories")
                .uid("resolve-stories");

        DataStream<TaggedArticle> english = stories
                .filter(new EnglishOnly())
                .name("english-only")
                .uid("english-only");

        Trends trends = trends(english, config);
        DataStream<TrendWindow> scored = trends.scored;

        // the scorer's output is already partitioned by series: the detector runs in the scorer's task, no shuffle
        DataStream<TrendAlert> alerts = DataStreamUtils.reinterpretAsKeyedStream(scored, new TrendWindowKey())
                .transform("detect-spikes", TypeInformation.of(TrendAlert.class), new SpikeDetector(AlertRules.from(config)))
                .uid("detect-spikes")
                .keyBy(new AlertTopicKey())
                .process(new AlertGrouper(config.get(ConfigKeys.ALERTS_COOLDOWN).toMillis()))
                .name("one-alert-per-story")
                .uid("one-alert-per-story");

        // the router rejects too-late articles first; the windows' own late output is a safety net
        DataStream<Rejection> rejections = articles.getSideOutput(IngestRouter.REJECTED)
                .union(trends.tooLate.map(new TooLateRejection()).name("too-late").uid("too-late"));

        return new Outputs(scored, alerts, rejections);
    }

    /** The counting and scoring stage: scored windows, and the mentions that came too late for their windows. */
    public static final class Trends {
        public final DataStream<TrendWindow> scored;
        public final DataStream<TrendMention> tooLate;

        Trends(DataStream<TrendWindow> scored, DataStream<TrendMention> tooLate) {
            this.scored = scored;
            this.tooLate = tooLate;
        }
    }

    /**
     * Tagged English stories → series mentions → per series, sliding event-time windows (added up from panes) with
     * their share of the window totals → scores against each series' own history. Public so benchmarks can feed it tagged articles directly.
     */
    public static Trends trends(DataStream<TaggedArticle> english, JobConfig config) {
        SlidingEventTimeWindows windowing =
                SlidingEventTimeWindows.of(config.get(ConfigKeys.WINDOW_SIZE), config.get(ConfigKeys.WINDOW_SLIDE));
        Duration lateness = config.get(ConfigKeys.WINDOW_ALLOWED_LATENESS);

        SingleOutputStreamOperator<TrendMention> mentions = english
                .process(new SeriesFanOut())
                .name("fan-out-series")
                .uid("fan-out-series");

        // every article counts in its windows' totals, series or not; a late one not in those final when it was judged,
        // and perhaps only once the watermark has come as far as when it was judged (LateArticleRule)
        DataStream<WindowTotal> totals = mentions.getSideOutput(SeriesFanOut.COUNTED)
                .transform("hold-late-articles", SeriesFanOut.COUNTED.getTypeInfo(), new LateArticleHold(
                        config.get(ConfigKeys.WINDOW_SIZE).toMillis(), config.get(ConfigKeys.WINDOW_SLIDE).toMillis(),
                        lateness.toMillis()))
                .setParallelism(1) // as the window totals
                .uid("hold-late-articles")
                .windowAll(new JudgedSlidingWindows(windowing, lateness.toMillis()))
                .allowedLateness(lateness)
                .aggregate(new TotalCounter(), new TotalCollector(config.get(ConfigKeys.WINDOW_SIZE).plus(lateness).toMillis()))
                .name("count-window-totals")
                .uid("count-window-totals")
                .process(new TotalsAsOf())
                .setParallelism(1) // chained to the window totals
                .name("window-totals-as-of")
                .uid("window-totals-as-of");

        // each series counts its panes, takes its share of the (broadcast) window totals and scores its windows
        SingleOutputStreamOperator<TrendWindow> scored = mentions
                .keyBy(new SeriesKey())
                .connect(totals.broadcast())
                .transform("count-and-score-series", TrendWindowSerializer.TYPE,
                        new SeriesTrends(config.get(ConfigKeys.WINDOW_SIZE).toMillis(),
                                config.get(ConfigKeys.WINDOW_SLIDE).toMillis(), lateness.toMillis(),
                                config.get(ConfigKeys.TREND_HALF_LIFE).toMillis(),
                                config.get(ConfigKeys.TREND_NOISE_FLOOR), config.get(ConfigKeys.TREND_MIN_HISTORY)))
                .uid("count-and-score-series");
        return new Trends(scored, scored.getSideOutput(SeriesTrends.TOO_LATE));
    }
}
