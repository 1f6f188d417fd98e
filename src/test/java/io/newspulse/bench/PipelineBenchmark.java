package io.newspulse.bench;

import io.newspulse.NewsPulseJob;
import io.newspulse.Pipeline;
import io.newspulse.config.ConfigKeys;
import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import io.newspulse.enrich.TaggedArticle;
import io.newspulse.ingest.ArticleDecoder;
import io.newspulse.ingest.IngestLimits;
import io.newspulse.ingest.IngestResult;
import io.newspulse.ingest.RecordOrigin;
import io.newspulse.sample.SampleFeedGenerator;
import io.newspulse.sink.JdbcSinks;
import io.newspulse.trend.SeriesFanOut;
import io.newspulse.trend.SeriesKey;
import io.newspulse.trend.TrendMention;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.FileUtils;

/**
 * Throughput of the job on a MiniCluster with a bounded in-memory source ({@link BenchFeed}, made from indexes), at
 * parallelism 1 and 2, checkpoints on. Prints figures; asserts nothing.
 *
 * <ul>
 *   <li>{@code pipeline}: the whole topology ({@link Pipeline#define}: decode, extract, tag, deduplicate, count,
 *       score, alert), fed pre-extracted JSON articles and then HTML pages: articles/s;
 *   <li>{@code counting}: the counting and scoring stage alone ({@link Pipeline#trends}) fed tagged articles: series
 *       updates (article × series) per second; beside it the same windowed count written in Flink SQL (HOP windows,
 *       GROUP BY topic and geo) on the same tagged input, and the ratio; and two floors, a bare count of the same
 *       windows in a keyed function and in memory ({@link BareCounts});
 *   <li>{@code state}: bytes of state per active series, from the size of a savepoint taken with 100,000 series open,
 *       and the JVM heap the running job holds for them;
 *   <li>{@code latency}: from the watermark passing a window's end to its alert row committed (real SQLite sinks).
 * </ul>
 *
 * Run: {@code scripts/bench.sh pipeline|counting|state [N]}, {@code scripts/bench.sh latency [DAYS]}.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {}

    /** Checkpoint and savepoint folders the benchmarks made, deleted when they end. */
    private static final List<Path> TEMPORARY = new ArrayList<>();

    private static Path temporaryFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        TEMPORARY.add(dir);
        return dir;
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "pipeline";
        long n = args.length > 1 ? Long.parseLong(args[1]) : 0;
        System.out.printf("%d cores, Java %s, Flink MiniCluster in this JVM (heap %,d MB)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        try {
            run(what, n);
        } finally {
            for (Path dir : TEMPORARY) {
                FileUtils.deleteDirectoryQuietly(dir.toFile());
            }
        }
    }

    private static void run(String what, long n) throws Exception {
        switch (what) {
            case "pipeline":
                pipeline(n > 0 ? n : 100_000);
                break;
            case "counting":
                counting(n > 0 ? n : 300_000);
                break;
            case "state":
                state(n > 0 ? (int) n : 100_000);
                break;
            case "latency":
                latency(n > 0 ? (int) n : 8);
                break;
            default:
                throw new IllegalArgumentException("pipeline | counting | state | latency");
        }
    }

    private static void pipeline(long n) throws Exception {
        System.out.printf("whole job, %,d articles over 30 days of event time (3 KB text; pages about 6 KB)%n", n);
        warmUp(() -> wholeJob(2, new BenchFeed(20_000, 2, 5), "mixed"));
        for (String form : System.getProperty("bench.forms", "json,html").split(",")) {
            for (int p : new int[] {1, 2}) {
                if (p > Integer.getInteger("bench.maxParallelism", 2)) {
                    continue;
                }
                BenchFeed feed = new BenchFeed(n - n % p, p, 30);
                double seconds = run(wholeJob(p, feed, form), "bench-pipeline-" + form + "-p" + p);
                System.out.printf("  %-4s parallelism %d: %,9d articles in %6.1f s = %,8.0f articles/s%n",
                        form, p, feed.count(), seconds, feed.count() / seconds);
            }
        }
    }

    /**
     * The whole job on {@code feed}, each article made as a JSON envelope ({@code json}), an HTML page ({@code html})
     * or either in turn ({@code mixed}), outputs discarded.
     */
    private static StreamExecutionEnvironment wholeJob(int parallelism, BenchFeed feed, String form) throws IOException {
        StreamExecutionEnvironment env = environment(parallelism);
        JobConfig config = config();
        ArticleDecoder decoder = new ArticleDecoder(IngestLimits.from(config));
        GeneratorFunction<Long, IngestResult> make = i -> decoder.decodeEnvelope(
                form.equals("html") || form.equals("mixed") && i % 2 == 0 ? feed.html(i) : feed.json(i),
                RecordOrigin.kafka("bench", 0, i, feed.eventTimeMillis(i) + 60_000));
        Pipeline.Outputs out = Pipeline.define(env, new DataGeneratorSource<>(make, feed.count(), RateLimiterStrategy.noOp(),
                TypeInformation.of(IngestResult.class)), config);
        out.trendWindows.sinkTo(new DiscardingSink<>());
        out.alerts.sinkTo(new DiscardingSink<>());
        out.rejections.sinkTo(new DiscardingSink<>());
        return env;
    }

    private static void counting(long n) throws Exception {
        long updates = 0;
        BenchFeed probe = new BenchFeed(n, 1, 30);
        for (long i = 0; i < n; i++) {
            updates += BenchFeed.seriesOf(probe.tagged(i));
        }
        System.out.printf("counting stage, %,d tagged articles over 30 days = %,d series updates (topic × country and"
                + " topic × country pair), 6 h windows sliding by 1 h%n", n, updates);
        warmUp(() -> {
            StreamExecutionEnvironment env = environment(2);
            Pipeline.trends(tagged(env, new BenchFeed(50_000, 2, 10)), config()).scored.sinkTo(new DiscardingSink<>());
            return env;
        });
        for (int p : new int[] {1, 2}) {
            if (p > Integer.getInteger("bench.maxParallelism", 2)) {
                continue;
            }
            BenchFeed feed = new BenchFeed(n - n % p, p, 30);
            StreamExecutionEnvironment env = environment(p);
            Pipeline.trends(tagged(env, feed), config()).scored.sinkTo(new DiscardingSink<>());
            double ours = run(env, "bench-counting-p" + p);

            if (Boolean.getBoolean("bench.oursOnly")) { // for profiling
                System.out.printf("  parallelism %d: newspulse counting + scoring %,10.0f updates/s (%5.1f s)%n", p, updates / ours, ours);
                continue;
            }
            env = environment(p);
            sqlWindows(env, tagged(env, feed)).sinkTo(new DiscardingSink<>());
            double sql = run(env, "bench-sql-p" + p);
            System.out.printf("  parallelism %d: newspulse counting + scoring %,10.0f updates/s (%5.1f s);"
                    + " Flink SQL HOP count %,10.0f updates/s (%5.1f s); ours / SQL = %.2f%n",
                    p, updates / ours, ours, updates / sql, sql, sql / ours);
            double keyed = run(floor(p, feed, false), "bench-bare-keyed-p" + p);
            double inMemory = run(floor(p, feed, true), "bench-bare-in-memory-p" + p);
            System.out.printf("  parallelism %d: floors, a bare count of the same windows: in a keyed function with"
                    + " a Flink timer per window %,10.0f updates/s (%5.1f s); in memory, due by watermark %,10.0f"
                    + " updates/s (%5.1f s)%n", p, updates / keyed, keyed, updates / inMemory, inMemory);
        }
    }

    /**
     * The same fan-out and keyBy as the counting stage into a bare count of each sliding window (no sources,
     * headlines, totals or scores), in a keyed function with Flink's timers and state or in memory ({@link BareCounts}):
     * what the least such a count costs in each design.
     */
    private static StreamExecutionEnvironment floor(int parallelism, BenchFeed feed, boolean inMemory) throws IOException {
        StreamExecutionEnvironment env = environment(parallelism);
        KeyedStream<TrendMention, String> mentions = tagged(env, feed).process(new SeriesFanOut()).keyBy(new SeriesKey());
        (inMemory
                ? mentions.transform("bare-count-in-memory", TypeInformation.of(BareCounts.WindowCount.class),
                        new BareCounts.InMemory())
                : mentions.process(new BareCounts.Keyed()))
                .sinkTo(new DiscardingSink<>());
        return env;
    }

    /** Set by the state benchmark's source once it has made every article (the MiniCluster runs in this JVM). */
    private static final AtomicBoolean ALL_MADE = new AtomicBoolean();

    /**
     * Bytes of state per active series: {@code series} series (topic × a made-up place), each mentioned three times
     * over one day, through the counting and scoring stage; then the source holds event time still (so windows stay
     * open, as they would in a running job) and a savepoint is taken. Its size over the number of series is the figure:
     * window contents, open windows of the scorer, settled baselines with their learned words, timers.
     */
    private static void state(int series) throws Exception {
        long mentions = 3L * series;
        String[] topics = {"trade", "diplomacy", "defense", "economy", "energy", "health", "elections", "agriculture"};
        GeneratorFunction<Long, TaggedArticle> make = i -> {
            TaggedArticle t = new TaggedArticle();
            long k = Math.min(i, mentions - 1);
            int s = (int) (k % series);
            t.articleId = "state-" + i;
            t.storyId = t.articleId;
            t.language = "en";
            t.source = "Source " + (i % 50);
            t.eventTime = BenchFeed.T0.plusMillis(k * 86_400_000L / mentions);
            t.title = "Talks on " + topics[s % topics.length] + " resume in place " + s;
            t.titleTerms.addAll(List.of("talks", topics[s % topics.length], "resume", "place"));
            if (i < mentions) {
                t.topics.add(topics[s % topics.length]);
                t.countries.add(String.format("X%05d", s / topics.length));
            } else { // the feed goes quiet: no series, event time held at the last article's
                ALL_MADE.set(true);
                Thread.sleep(50);
            }
            return t;
        };
        StreamExecutionEnvironment env = environment(1);
        DataGeneratorSource<TaggedArticle> source = new DataGeneratorSource<>(make, Long.MAX_VALUE,
                RateLimiterStrategy.noOp(), TypeInformation.of(TaggedArticle.class));
        DataStream<TaggedArticle> tagged = env.fromSource(source, WatermarkStrategy
                .<TaggedArticle>forBoundedOutOfOrderness(Duration.ofHours(1))
                .withTimestampAssigner((a, ts) -> a.eventTime.toEpochMilli()), "state-articles");
        Pipeline.trends(tagged, config()).scored.sinkTo(new DiscardingSink<>());
        JobClient job = env.executeAsync("bench-state");
        while (!ALL_MADE.get()) {
            Thread.sleep(200);
        }
        Thread.sleep(5_000); // what is in flight reaches its operators
        Path dir = temporaryFolder("newspulse-state");
        String savepoint = job.triggerSavepoint(dir.toUri().toString(), SavepointFormatType.CANONICAL).get();
        long running = heapAfterGc();
        job.cancel().get(); // and the MiniCluster of this job shuts down
        Thread.sleep(2_000);
        long heap = running - heapAfterGc();
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("state: %,d series (%,d mentions over one day, windows of the last hours still open):"
                + " savepoint %,d bytes = %,.0f bytes per series (%s)%n", series, mentions, bytes, (double) bytes / series,
                savepoint);
        System.out.printf("  JVM heap the running job held, less what is left once it is cancelled: %,d MB = %,.0f bytes"
                + " per series (the series in memory, which the heap state backend shares until they change)%n",
                heap >> 20, (double) heap / series);
    }

    /** Heap in use after a few full collections. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** When the source's watermark first passed each window end: window end → wall-clock millis (same JVM). */
    private static final ConcurrentHashMap<Long, Long> WATERMARK_PASSED =
            new ConcurrentHashMap<>();

    /**
     * Alert latency: the whole job with its real JDBC sinks (SQLite) fed the sample feed of {@code days} days (planted
     * stories that should alert) in event-time order at one hour of event time per 100 ms, once for each of five seeds
     * (a feed raises a handful of alerts), the latencies pooled. The source notes when
     * its watermark passes each window's end (the watermark is the newest event time less the out-of-orderness); the
     * benchmark polls {@code trend_alerts} every 5 ms and notes when each alert row appears. The latency of an alert
     * is the difference: every step of the job, the alert's judgment and its database commit.
     */
    private static void latency(int days) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long seeds = Long.getLong("bench.feeds", 5); // 3-5 alerts a feed: -Dbench.feeds=30 for a p99 over 100 or so
        for (long seed = 1; seed <= seeds; seed++) {
            latencies.addAll(alertLatencies(seed, days));
        }
        Collections.sort(latencies);
        if (latencies.isEmpty()) {
            System.out.println("latency: no alerts were raised");
            return;
        }
        System.out.printf("latency: sample feeds of %d seeds, %d days each, at one hour of event time per %d ms; %d alerts;"
                + " watermark past the window's end → alert row committed: p50 %d ms, p99 %d ms, max %d ms%n", seeds, days,
                HOUR_MILLIS, latencies.size(), percentile(latencies, 0.5), percentile(latencies, 0.99),
                latencies.get(latencies.size() - 1));
    }

    /** Wall-clock milliseconds one hour of event time takes in the latency benchmark. */
    private static final long HOUR_MILLIS = 100;

    /** The latency of each alert the sample feed of {@code seed} raises (one job). */
    private static List<Long> alertLatencies(long seed, int days) throws Exception {
        long hourMillis = HOUR_MILLIS;
        WATERMARK_PASSED.clear();
        StringWriter feedText = new StringWriter();
        new SampleFeedGenerator(seed, SampleFeedGenerator.DEFAULT_START, days).write(feedText);
        Path dir = temporaryFolder("newspulse-latency");
        JobConfig config = ConfigLoader.load(null, List.of("--jdbc.url=jdbc:sqlite:" + dir.resolve("latency.db")), Map.of());
        long slide = config.get(ConfigKeys.WINDOW_SLIDE).toMillis();
        long outOfOrderness = config.get(ConfigKeys.WATERMARK_OUT_OF_ORDERNESS).toMillis();
        ArticleDecoder decoder = new ArticleDecoder(IngestLimits.from(config));
        // the feed in event-time order (decoded here to learn each record's event time; the source decodes again)
        List<String> lines = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (String line : feedText.toString().split("\n")) {
            IngestResult r = decoder.decodeEnvelope(line.getBytes(StandardCharsets.UTF_8),
                    RecordOrigin.kafka("latency", 0, lines.size(), 0));
            if (r.article != null) {
                lines.add(line);
                times.add(r.article.eventTime.toEpochMilli());
            }
        }
        Integer[] order = new Integer[lines.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(times::get));
        List<String> sortedLines = new ArrayList<>();
        long[] sortedTimes = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            sortedLines.add(lines.get(order[k]));
            sortedTimes[k] = times.get(order[k]);
        }
        PacedFeed paced = new PacedFeed(sortedLines, sortedTimes, decoder, hourMillis, slide, outOfOrderness);
        StreamExecutionEnvironment env = environment(1);
        JdbcSinks sinks = new JdbcSinks(config);
        sinks.createTables();
        Pipeline.Outputs out = Pipeline.define(env, new DataGeneratorSource<>(paced, sortedLines.size(), RateLimiterStrategy.noOp(),
                TypeInformation.of(IngestResult.class)), config);
        NewsPulseJob.attachSinks(out, sinks);
        JobClient job = env.executeAsync("bench-latency");
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> windowEnds = new HashMap<>();
        // asked for while the job runs: the job's MiniCluster shuts down as soon as the job ends
        CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
        try (Connection c = sinks.connect()) {
            while (!result.isDone()) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT alert_id, window_end FROM trend_alerts")) {
                    long now = System.currentTimeMillis();
                    while (rs.next()) {
                        if (seen.putIfAbsent(rs.getString(1), now) == null) {
                            windowEnds.put(rs.getString(1), LocalDateTime.parse(rs.getString(2).replace(' ', 'T'))
                                    .toInstant(ZoneOffset.UTC).toEpochMilli()); // stored as UTC text
                        }
                    }
                } catch (SQLException busy) {
                    // the sink is writing: read again at the next poll
                }
                Thread.sleep(5);
            }
        }
        result.get(); // a failed job ends the benchmark with its cause
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<String, Long> e : seen.entrySet()) {
            Long passed = WATERMARK_PASSED.get(windowEnds.get(e.getKey()));
            if (passed != null) {
                latencies.add(e.getValue() - passed);
            }
        }
        System.out.printf("  seed %d: %,d articles, %d alerts%n", seed, sortedLines.size(), latencies.size());
        return latencies;
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** The latency benchmark's source: the feed in event-time order, one hour of event time per {@code hourMillis}. */
    private static final class PacedFeed implements GeneratorFunction<Long, IngestResult> {
        private static final long serialVersionUID = 1L;
        private final List<String> lines;
        private final long[] eventTimes;
        private final ArticleDecoder decoder;
        private final long hourMillis;
        private final long slideMillis;
        private final long outOfOrdernessMillis;
        private transient long startWall;
        private transient long nextWindowEnd;

        PacedFeed(List<String> lines, long[] eventTimes, ArticleDecoder decoder, long hourMillis, long slideMillis,
                long outOfOrdernessMillis) {
            this.lines = lines;
            this.eventTimes = eventTimes;
            this.decoder = decoder;
            this.hourMillis = hourMillis;
            this.slideMillis = slideMillis;
            this.outOfOrdernessMillis = outOfOrdernessMillis;
        }

        @Override
        public IngestResult map(Long i) throws Exception {
            int k = i.intValue();
            long eventTime = eventTimes[k];
            if (startWall == 0) {
                startWall = System.currentTimeMillis();
                nextWindowEnd = (eventTimes[0] / slideMillis + 1) * slideMillis;
            }
            long due = startWall + (eventTime - eventTimes[0]) * hourMillis / 3_600_000L;
            long wait = due - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            IngestResult r = decoder.decodeEnvelope(lines.get(k).getBytes(StandardCharsets.UTF_8),
                    RecordOrigin.kafka("latency", 0, k, eventTime));
            // the watermark this record lets the source emit (see EventDrivenWatermarks), and the window ends it passes
            long watermark = eventTime - outOfOrdernessMillis - 1;
            long now = System.currentTimeMillis();
            while (nextWindowEnd - 1 <= watermark) {
                WATERMARK_PASSED.putIfAbsent(nextWindowEnd, now);
                nextWindowEnd += slideMillis;
            }
            return r;
        }
    }

    /** Tagged articles made by a parallel bounded source, with event-time watermarks an hour behind. */
    private static DataStream<TaggedArticle> tagged(StreamExecutionEnvironment env, BenchFeed feed) {
        DataGeneratorSource<TaggedArticle> source = new DataGeneratorSource<>(
                (GeneratorFunction<Long, TaggedArticle>) feed::tagged, feed.count(), RateLimiterStrategy.noOp(),
                TypeInformation.of(TaggedArticle.class));
        WatermarkStrategy<TaggedArticle> watermarks = WatermarkStrategy
                .<TaggedArticle>forBoundedOutOfOrderness(Duration.ofHours(1))
                .withTimestampAssigner((a, ts) -> a.eventTime.toEpochMilli());
        return env.fromSource(source, watermarks, "tagged-articles");
    }

    /**
     * The peer: the same series mentions counted per HOP window in Flink SQL, as one would write it with no
     * scoring, distinct sources or headlines.
     */
    private static DataStream<Row> sqlWindows(StreamExecutionEnvironment env, DataStream<TaggedArticle> tagged) {
        StreamTableEnvironment tables = StreamTableEnvironment.create(env);
        DataStream<Row> mentions = tagged
                .process(new SeriesFanOut())
                .map((TrendMention m) -> Row.of(m.topic, m.geo))
                .returns(Types.ROW_NAMED(new String[] {"topic", "geo"}, Types.STRING, Types.STRING));
        Table table = tables.fromDataStream(mentions, Schema.newBuilder()
                .columnByMetadata("rowtime", "TIMESTAMP_LTZ(3)")
                .watermark("rowtime", "SOURCE_WATERMARK()")
                .build());
        tables.createTemporaryView("mentions", table);
        Table counts = tables.sqlQuery("SELECT topic, geo, window_start, window_end, COUNT(*) AS articles"
                + " FROM TABLE(HOP(TABLE mentions, DESCRIPTOR(rowtime), INTERVAL '1' HOUR, INTERVAL '6' HOUR))"
                + " GROUP BY topic, geo, window_start, window_end");
        return tables.toDataStream(counts);
    }

    private static JobConfig config() {
        return ConfigLoader.load(null, List.of(), Map.of());
    }

    /**
     * A MiniCluster of {@code parallelism} slots, checkpoints to files every {@code checkpoint.interval} (as the local run
     * does: the in-memory storage refuses state over 5 MB), and no restarts, so a failure ends the benchmark instead of
     * being timed.
     */
    private static StreamExecutionEnvironment environment(int parallelism) throws IOException {
        Configuration conf = new Configuration();
        conf.setString("execution.checkpointing.storage", "filesystem");
        conf.setString("execution.checkpointing.dir",
                temporaryFolder("newspulse-bench-checkpoints").toUri().toString());
        conf.setString("restart-strategy.type", "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        env.enableCheckpointing(config().get(ConfigKeys.CHECKPOINT_INTERVAL).toMillis(), CheckpointingMode.EXACTLY_ONCE);
        return env;
    }

    interface Job {
        StreamExecutionEnvironment define() throws Exception;
    }

    /** Runs a short job first, untimed, so the JIT has compiled the hot code before anything is measured. */
    private static void warmUp(Job job) throws Exception {
        double seconds = run(job.define(), "bench-warm-up");
        System.out.printf("  (warm-up job: %.1f s, not counted)%n", seconds);
    }

    /** Runs the job and returns its net run time in seconds. */
    private static double run(StreamExecutionEnvironment env, String name) throws Exception {
        JobExecutionResult result = env.execute(name);
        return result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0;
    }
}
