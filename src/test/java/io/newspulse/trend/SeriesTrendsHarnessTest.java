package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.junit.jupiter.api.Test;

class SeriesTrendsHarnessTest {
    private static final long HOUR = 3_600_000L;
    private static final long LATENESS = 3 * HOUR;

    /** Hour-long windows (one pane each) unless a test says otherwise; 3 h lateness, 24 h half-life, 10 windows of history. */
    private static SeriesTrendsHarness harness(
            long sizeMillis, long halfLifeMillis) throws Exception {
        return new SeriesTrendsHarness(new SeriesTrends(sizeMillis, HOUR, LATENESS, halfLifeMillis, 1.0, 10), 1, 1, 0);
    }

    private static SeriesTrendsHarness harness() throws Exception {
        return harness(HOUR, 24 * HOUR);
    }

    /**
     * Keyed state entries (panes, open windows, histories: one per series and state) in the heap backend, after a
     * checkpoint has written what the operator holds.
     */
    private static int stateEntries(SeriesTrendsHarness h) throws Exception {
        h.checkpoint();
        return ((HeapKeyedStateBackend<?>) ((AbstractStreamOperator<?>) h.getOperator()).getKeyedStateBackend())
                .numKeyValueStateEntries();
    }

    /** The panes and open windows the operator keeps for {@code series}. */
    private static SeriesWindows windowsOf(SeriesTrendsHarness h,
            String series) throws Exception {
        return stateOf(h, series, SeriesTrends.WINDOWS);
    }

    /** The settled history the operator keeps for {@code series}. */
    private static TrendBaseline historyOf(SeriesTrendsHarness h,
            String series) throws Exception {
        return stateOf(h, series, SeriesTrends.SETTLED);
    }

    private static <T> T stateOf(SeriesTrendsHarness h,
            String series, ValueStateDescriptor<T> descriptor) throws Exception {
        h.checkpoint();
        return checkpointedStateOf(h, series, descriptor);
    }

    /** What keyed state holds for {@code series} now: as of the last checkpoint. */
    private static <T> T checkpointedStateOf(SeriesTrendsHarness h, String series, ValueStateDescriptor<T> descriptor)
            throws Exception {
        KeyedStateBackend<String> backend = ((AbstractStreamOperator<?>) h.getOperator()).getKeyedStateBackend();
        backend.setCurrentKey(series);
        return backend.getPartitionedState(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE, descriptor).value();
    }

    private static int nextId;

    /** {@code count} articles of series trade|{@code geo}, from as many publishers, in the hour ending at {@code hour}. */
    private static void mentions(SeriesTrendsHarness h, String geo,
            long hour, long count, String... terms) throws Exception {
        for (int i = 0; i < count; i++) {
            long t = (hour - 1) * HOUR + i * 1000;
            TrendMention m = new TrendMention("trade", geo, "a" + nextId++, "source " + i, "headline " + i, t, true);
            m.terms = List.of(terms);
            h.processElement(m, t);
        }
    }

    /** The feed's total for the window ending at {@code hour}, numbered as the feed's window {@code hour}. */
    private static void total(SeriesTrendsHarness h, long hour,
            long total) throws Exception {
        h.processBroadcastElement(new WindowTotal(hour * HOUR, total, hour), hour * HOUR - 1);
    }

    /** The last row emitted per series and window: what the upsert leaves in the table. */
    private static Map<String, TrendWindow> table(List<TrendWindow> emitted) {
        Map<String, TrendWindow> t = new LinkedHashMap<>();
        emitted.forEach(w -> t.put(w.seriesKey() + "@" + w.windowEnd, w));
        return t;
    }

    /** The first row emitted per series and window: what the spike detector judges. */
    private static Map<String, TrendWindow> firstRows(List<TrendWindow> emitted) {
        Map<String, TrendWindow> first = new LinkedHashMap<>();
        emitted.forEach(w -> first.putIfAbsent(w.seriesKey() + "@" + w.windowEnd, w));
        return first;
    }

    private static String at(String geo, long hour) {
        return "trade|" + geo + "@" + Instant.ofEpochMilli(hour * HOUR);
    }

    @Test
    void keepsOneHistoryPerSeriesAndScoresASpike() throws Exception {
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 300; i++) {
                mentions(h, "CN-US", i, 2);
                mentions(h, "JP", i, 20);
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            mentions(h, "CN-US", 301, 20);
            mentions(h, "JP", 301, 20);
            total(h, 301, 100);
            h.watermark(301 * HOUR - 1);

            Map<String, TrendWindow> t = table(h.extractOutputValues());
            TrendWindow us = t.get(at("CN-US", 301));
            TrendWindow jp = t.get(at("JP", 301));
            assertThat(us.articleCount).isEqualTo(20);
            assertThat(us.share).isEqualTo(0.2);
            assertThat(us.score).isGreaterThan(5);
            assertThat(us.baseline).as("baseline share").isBetween(0.015, 0.025);
            assertThat(jp.score).isBetween(-0.5, 0.5);
            assertThat(t.get(at("JP", 1)).score).as("no score before trend.min-history").isNull();
        }
    }

    /** Six-hour windows sliding by one hour, added up from hourly panes, count what a plain count over each window counts. */
    @Test
    void slidingWindowsAddUpTheirPanes() throws Exception {
        Random random = new Random(3);
        List<TrendMention> all = new ArrayList<>();
        try (var h = harness(6 * HOUR, 24 * HOUR)) {
            h.open();
            for (int hour = 1; hour <= 35; hour++) {
                int n = hour > 30 ? 0 : random.nextInt(4); // some hours have no article of the series
                for (int i = 0; i < n; i++) {
                    long t = (hour - 1) * HOUR + random.nextInt((int) HOUR);
                    TrendMention m = new TrendMention("trade", "US", "a" + nextId++, "source " + random.nextInt(3),
                            "headline " + random.nextInt(8), t, random.nextInt(5) > 0);
                    all.add(m);
                    h.processElement(m, t);
                }
                total(h, hour, 50);
                h.watermark(hour * HOUR - 1);
            }
            h.watermark(40 * HOUR);
            Map<String, TrendWindow> t = table(h.extractOutputValues());
            int windows = 0;
            for (long end = HOUR; end <= 35 * HOUR; end += HOUR) {
                CountedWindow expected = new CountedWindow();
                for (TrendMention m : all) {
                    if (m.eventTimeMillis >= end - 6 * HOUR && m.eventTimeMillis < end) {
                        expected.add(m);
                    }
                }
                TrendWindow w = t.get("trade|US@" + Instant.ofEpochMilli(end));
                if (expected.headlines.isEmpty()) {
                    assertThat(w).as("window ending %s has no article", end / HOUR).isNull();
                    continue;
                }
                windows++;
                assertThat(w.articleCount).as("articles, window ending %d", end / HOUR).isEqualTo(expected.articleCount);
                assertThat(w.sourceCount).as("sources, window ending %d", end / HOUR).isEqualTo(expected.sourceCount());
                assertThat(w.topSourceArticles).isEqualTo(expected.topSourceArticles());
                assertThat(w.topHeadlines).isEqualTo(expected.headlines.stream().map(x -> x.text).toList());
                assertThat(w.windowStart).isEqualTo(Instant.ofEpochMilli(end - 6 * HOUR));
            }
            assertThat(windows).isGreaterThan(20);
            assertThat(stateEntries(h)).as("panes and windows dropped once final; the history stays").isEqualTo(1);
        }
    }

    /**
     * A heap state backend keeps the objects written to it and serializes them for a checkpoint while the operator goes
     * on: what a checkpoint wrote must not change with the series after it.
     */
    @Test
    void aCheckpointKeepsTheSeriesAsItWasThen() throws Exception {
        try (var h = harness(6 * HOUR, 24 * HOUR)) {
            h.open();
            for (int hour = 1; hour <= 8; hour++) {
                mentions(h, "US", hour, 2, "tariffs");
                total(h, hour, 10);
                h.watermark(hour * HOUR - 1);
            }
            h.checkpoint();
            SeriesWindows atCheckpoint = checkpointedStateOf(h, "trade|US", SeriesTrends.WINDOWS);
            TrendBaseline historyAtCheckpoint = checkpointedStateOf(h, "trade|US", SeriesTrends.SETTLED);
            String windows = describe(atCheckpoint);
            double mean = historyAtCheckpoint.mean;
            long settled = historyAtCheckpoint.windows;
            assertThat(settled).as("some windows are final").isGreaterThan(0);

            total(h, 8, 20); // a late total first, into a window that has fired
            assertThat(table(h.extractOutputValues()).get(at("US", 8)).totalArticles).isEqualTo(20);
            for (int hour = 8; hour <= 12; hour++) { // into the checkpointed pane of hour 8, and later ones
                mentions(h, "US", hour, 5, "summit");
                total(h, hour + 1, 10);
                h.watermark((hour + 1) * HOUR - 1);
            }
            assertThat(describe(checkpointedStateOf(h, "trade|US", SeriesTrends.WINDOWS))).isEqualTo(windows);
            assertThat(checkpointedStateOf(h, "trade|US", SeriesTrends.SETTLED).mean).isEqualTo(mean);
            assertThat(checkpointedStateOf(h, "trade|US", SeriesTrends.SETTLED).windows).isEqualTo(settled);
            assertThat(describe(windowsOf(h, "trade|US"))).as("the next checkpoint has the new articles")
                    .isNotEqualTo(windows);
        }
    }

    private static String describe(SeriesWindows w) {
        StringBuilder b = new StringBuilder();
        w.panes.forEach(p -> b.append(p.end / HOUR).append(':').append(p.articleCount).append(' '));
        w.open.forEach(o -> b.append('w').append(o.end / HOUR).append(':').append(o.articleCount).append(' '));
        return b.append(Arrays.toString(w.dueTimes)).toString();
    }

    @Test
    void lateArticlesLeaveTheSameTableAsOnTimeArrival() throws Exception {
        List<TrendWindow> onTime;
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 40; i++) {
                mentions(h, "CN-US", i, i == 30 || i == 31 ? 9 : 2);
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            onTime = new ArrayList<>(h.extractOutputValues());
        }
        List<TrendWindow> late;
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 40; i++) {
                // windows 30 and 31 first fire with part of their articles, the rest arrives two hours late
                mentions(h, "CN-US", i, i == 30 || i == 31 ? 4 : 2);
                if (i == 33) {
                    for (long hour : new long[] {30, 31}) {
                        for (int k = 4; k < 9; k++) {
                            long t = (hour - 1) * HOUR + k * 1000;
                            h.processElement(new TrendMention("trade", "CN-US", "late" + hour + k, "source " + k,
                                    "headline " + k, t, true), t);
                        }
                    }
                }
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            late = new ArrayList<>(h.extractOutputValues());
            assertThat(h.getSideOutput(SeriesTrends.TOO_LATE)).as("within the allowed lateness").isNull();
        }
        assertThat(late.size()).isGreaterThan(onTime.size());
        assertThat(table(late)).isEqualTo(table(onTime));
    }

    /**
     * A late article counts only in the windows not yet final when the router judged it ({@link TrendMention#watermark}),
     * however far behind the watermark is where it is counted (parallel channels interleave differently on every run):
     * the table is the same whether it comes while windows it does not count in are still open here or not. And a
     * window whose end the router had passed when it judged the article first fires without it, as the spike detector
     * judges that first row.
     */
    @Test
    void aLateArticleCountsOnlyInTheWindowsOpenWhenItWasJudged() throws Exception {
        Map<String, Map<String, TrendWindow>> tables = new LinkedHashMap<>();
        Map<String, Map<String, TrendWindow>> judged = new LinkedHashMap<>();
        for (long arrivesAt : new long[] {10, 11}) {
            try (var h = harness(6 * HOUR, 24 * HOUR)) {
                h.open();
                feedWithALateArticle(h, 1, 20, arrivesAt);
                assertThat(h.getSideOutput(SeriesTrends.TOO_LATE)).isNull();
                tables.put("arrives at " + arrivesAt + " h", table(h.extractOutputValues()));
                judged.put("arrives at " + arrivesAt + " h", firstRows(h.extractOutputValues()));
            }
        }
        assertThat(judged.get("arrives at 10 h").get(at("US", 11)).articleCount).isEqualTo(12);
        assertThat(judged.get("arrives at 10 h")).isEqualTo(judged.get("arrives at 11 h"));
        Map<String, TrendWindow> t = tables.get("arrives at 10 h");
        assertThat(List.of(7L, 8L, 9L, 10L, 11L, 12L)).extracting(hour -> t.get(at("US", hour)).articleCount)
                .containsExactly(12L, 12L, 13L, 13L, 13L, 12L);
        assertThat(t.get(at("US", 9)).sourceCount).as("its source too").isEqualTo(3);
        assertThat(t.get(at("US", 8)).sourceCount).isEqualTo(2);
        assertThat(t).isEqualTo(tables.get("arrives at 11 h"));
    }

    /**
     * Two articles an hour of series trade|US in hours {@code from} to {@code to}, with their totals and watermarks; and
     * after the watermark of hour {@code lateAfter}, a late article in the pane ending 6 h (windows ending 6 … 11 h),
     * judged at 11 h − 1 ms, when the windows ending up to 8 h were final (3 h lateness).
     */
    private static void feedWithALateArticle(SeriesTrendsHarness h, int from, int to, long lateAfter) throws Exception {
        for (int i = from; i <= to; i++) {
            mentions(h, "US", i, 2);
            total(h, i, 100);
            h.watermark(i * HOUR - 1);
            if (i == lateAfter) {
                long t = 5 * HOUR + 10;
                TrendMention m = new TrendMention("trade", "US", "late", "late source", "late", t, true);
                m.watermark = 11 * HOUR - 1;
                h.processElement(m, t);
            }
        }
    }

    /** A late article held until the watermark comes as far as the one it was judged against survives a restore. */
    @Test
    void aHeldLateArticleSurvivesASnapshotAndRestore() throws Exception {
        Map<String, TrendWindow> uninterrupted;
        try (var h = harness(6 * HOUR, 24 * HOUR)) {
            h.open();
            feedWithALateArticle(h, 1, 20, 10);
            uninterrupted = table(h.extractOutputValues());
        }
        OperatorSubtaskState snapshot;
        try (var h = harness(6 * HOUR, 24 * HOUR)) {
            h.open();
            feedWithALateArticle(h, 1, 10, 10);
            assertThat(windowsOf(h, "trade|US").held).extracting(m -> m.articleId).containsExactly("late");
            snapshot = h.snapshot(1, 1);
        }
        try (var restored = harness(6 * HOUR, 24 * HOUR)) {
            restored.initializeState(snapshot);
            restored.open();
            feedWithALateArticle(restored, 11, 20, 0);
            Map<String, TrendWindow> t = table(restored.extractOutputValues());
            assertThat(t.get(at("US", 9)).articleCount).as("counted after the restore").isEqualTo(13);
            t.forEach((window, row) -> assertThat(row).as(window).isEqualTo(uninterrupted.get(window)));
        }
    }

    @Test
    void anArticleAfterItsWindowsAreFinalGoesToTheTooLateOutput() throws Exception {
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 10; i++) {
                mentions(h, "US", i, 2);
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            int rows = h.extractOutputValues().size();
            long t = 5 * HOUR + 10; // window ending 6 h, final at 9 h − 1 ms
            h.processElement(new TrendMention("trade", "US", "very-late", "s", "h", t, true), t);
            assertThat(h.getSideOutput(SeriesTrends.TOO_LATE)).extracting(r -> r.getValue().articleId).containsExactly("very-late");
            assertThat(h.extractOutputValues()).hasSize(rows);
        }
    }

    /** A late article raises a window's total: the rows of every series in that window are sent again with their share. */
    @Test
    void aLateTotalCorrectsEverySeriesOfItsWindow() throws Exception {
        try (var h = harness()) {
            h.open();
            mentions(h, "CN-US", 10, 5);
            mentions(h, "JP", 10, 10);
            total(h, 10, 50);
            h.watermark(10 * HOUR - 1);
            assertThat(h.extractOutputValues()).extracting(w -> w.geo + " " + w.share + " " + w.feedWindow)
                    .containsExactlyInAnyOrder("CN-US 0.1 10", "JP 0.2 10");

            total(h, 10, 100);
            assertThat(h.extractOutputValues()).hasSize(4);
            assertThat(h.extractOutputValues().subList(2, 4)).extracting(w -> w.geo + " " + w.share)
                    .containsExactlyInAnyOrder("CN-US 0.05", "JP 0.1");

            h.watermark(13 * HOUR);
            assertThat(stateEntries(h)).as("only the settled histories stay once the window is final").isEqualTo(2);
        }
    }

    /**
     * A late article raises a window's total at a watermark the series operator has not reached yet (its own input
     * lags): the change waits for that watermark, so the windows that fire before it, and that the spike detector
     * judges, are scored with the totals of that time, the same as when the change comes after that watermark. For the
     * changed window itself (it fires first with its earlier total) and for a later window, whose baseline holds the
     * changed one.
     */
    @Test
    void aTotalALateArticleChangedWaitsForTheWatermarkItWasChangedAt() throws Exception {
        for (long changed : new long[] {10, 8}) {
            Map<String, List<String>> runs = new LinkedHashMap<>();
            for (boolean early : new boolean[] {true, false}) {
                try (var h = harness(HOUR, 24 * HOUR)) {
                    h.open();
                    for (int i = 1; i <= 11; i++) {
                        mentions(h, "US", i, 5);
                        total(h, i, 50);
                        if (i == 10 && early) {
                            changedTotal(h, changed);
                        }
                        h.watermark(i * HOUR - 1);
                        if (i == 10 && !early) {
                            changedTotal(h, changed);
                        }
                    }
                    runs.put(early ? "early" : "after", firstRows(h.extractOutputValues()).values().stream()
                            .map(w -> w.windowEnd + " " + w.share + " " + w.baseline).toList());
                    runs.put(early ? "early table" : "after table", table(h.extractOutputValues()).values().stream()
                            .map(w -> w.windowEnd + " " + w.share + " " + w.baseline).toList());
                }
            }
            assertThat(runs.get("early")).as("first rows, window %d changed", changed).isEqualTo(runs.get("after"));
            assertThat(runs.get("early table")).as("tables, window %d changed", changed).isEqualTo(runs.get("after table"));
            assertThat(runs.get("early")).as("window 10 first fires with its earlier total").contains(
                    Instant.ofEpochMilli(10 * HOUR) + " 0.1 " + runs.get("early").get(9).split(" ")[2]);
        }
    }

    /** The total of the window ending at {@code hour} raised to 100 by a late article, at the watermark of 10 h. */
    private static void changedTotal(SeriesTrendsHarness h, long hour) throws Exception {
        changedTotal(h, hour, 100, 10);
    }

    /** The total of the window ending at {@code hour} changed to {@code total} at the watermark of {@code asOfHour}. */
    private static void changedTotal(SeriesTrendsHarness h, long hour, long total, long asOfHour) throws Exception {
        WindowTotal t = new WindowTotal(hour * HOUR, total, hour);
        t.asOf = asOfHour * HOUR - 1;
        h.processBroadcastElement(t, t.asOf);
    }

    /** Two changes of one window's total, at two watermarks the operator has not reached: each applies at its own. */
    @Test
    void twoChangesOfATotalWaitForTheirOwnWatermarks() throws Exception {
        Map<Boolean, List<String>> judged = new LinkedHashMap<>();
        for (boolean early : new boolean[] {true, false}) {
            try (var h = harness(HOUR, 24 * HOUR)) {
                h.open();
                for (int i = 1; i <= 12; i++) {
                    mentions(h, "US", i, 5);
                    total(h, i, 50);
                    if (early && i == 10) {
                        changedTotal(h, 8, 100, 10);
                        changedTotal(h, 8, 150, 11);
                    }
                    h.watermark(i * HOUR - 1);
                    if (!early && (i == 10 || i == 11)) {
                        changedTotal(h, 8, i == 10 ? 100 : 150, i);
                    }
                }
                judged.put(early, firstRows(h.extractOutputValues()).values().stream()
                        .map(w -> w.windowEnd + " " + w.baseline).toList());
            }
        }
        assertThat(judged.get(true)).isEqualTo(judged.get(false));
    }

    /** An article that opens a window late may come before that window's total: its row waits for the total. */
    @Test
    void aWindowOpenedLateWaitsForItsTotal() throws Exception {
        try (var h = harness()) {
            h.open();
            mentions(h, "US", 1, 2);
            total(h, 1, 10);
            h.watermark(3 * HOUR - 1);
            assertThat(h.extractOutputValues()).hasSize(1);

            long t = 2 * HOUR - 10; // the window ending 2 h, final at 5 h − 1 ms, had no article until now
            h.processElement(new TrendMention("trade", "US", "late", "s", "h", t, true), t);
            assertThat(h.extractOutputValues()).as("no total for that window yet").hasSize(1);
            h.processBroadcastElement(new WindowTotal(2 * HOUR, 4, 2), t);
            assertThat(h.extractOutputValues()).hasSize(2);
            assertThat(h.extractOutputValues().get(1)).extracting(w -> w.windowEnd, w -> w.share)
                    .containsExactly(Instant.ofEpochMilli(2 * HOUR), 0.25);
        }
    }

    /**
     * A window's headline words are first chosen against the history settled when it fires, and checked again when
     * it is final; the table must end with the final choice. "tariff" heads every window: as the history learns it,
     * it stops setting later windows apart (with a one-hour half-life, five windows learned put it at 97 %).
     */
    @Test
    void headlineWordsInTheTableAreThoseOfTheFinalHistory() throws Exception {
        try (var h = harness(HOUR, HOUR)) {
            h.open();
            for (int i = 1; i <= 12; i++) {
                mentions(h, "US", i, 5, "tariff");
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            Map<String, TrendWindow> t = table(h.extractOutputValues());
            assertThat(t.get(at("US", 1)).topTerms).containsExactly("tariff");
            for (int i = 6; i <= 9; i++) { // final by the last watermark, and long past the word's novelty
                assertThat(t.get(at("US", i)).topTerms).as("window %d", i).isEmpty();
            }
        }
    }

    /** Open windows written before they kept their candidate words (older state) read them again from their panes. */
    @Test
    void openWindowsWithoutKeptWordsReadThemFromTheirPanes() throws Exception {
        List<List<TrendWindow>> runs = new ArrayList<>();
        for (boolean forget : new boolean[] {false, true}) {
            try (var h = harness(3 * HOUR, HOUR)) {
                h.open();
                for (int i = 1; i <= 12; i++) {
                    mentions(h, "US", i, 3, "tariff", i % 2 == 0 ? "steel" : "talks");
                    total(h, i, 100);
                    h.watermark(i * HOUR - 1);
                    if (forget) {
                        for (OpenWindow w : windowsOf(h, "trade|US").open) {
                            w.termWords = null;
                            w.termCounts = null;
                        }
                    }
                }
                h.watermark(Long.MAX_VALUE);
                runs.add(h.extractOutputValues());
            }
        }
        assertThat(runs.get(0)).extracting(w -> w.topTerms).anySatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    /**
     * A series silent for longer than its history lasts (ten half-lives: ten windows here) loses its history, state
     * and all, and comes back scored exactly as a series never seen before.
     */
    @Test
    void aLongSilentSeriesIsDroppedAndComesBackAsNew() throws Exception {
        try (var h = harness(HOUR, HOUR)) {
            h.open();
            for (int i = 1; i <= 32; i++) {
                mentions(h, "JP", i, 5); // keeps the feed going
                if (i <= 5) {
                    mentions(h, "US", i, 4, "tariff");
                }
                if (i == 32) { // US returns, and KR appears for the first time, alike
                    mentions(h, "US", i, 2, "tariff");
                    mentions(h, "KR", i, 2, "tariff");
                }
                total(h, i, 20);
                h.watermark(i * HOUR - 1);
                if (i == 12) {
                    assertThat(historyOf(h, "trade|US")).as("still within its history's reach").isNotNull();
                }
            }
            assertThat(historyOf(h, "trade|JP")).isNotNull();
            Map<String, TrendWindow> t = table(h.extractOutputValues());
            TrendWindow us = t.get(at("US", 32));
            TrendWindow kr = t.get(at("KR", 32));
            assertThat(us).usingRecursiveComparison().ignoringFields("geo").isEqualTo(kr);
            assertThat(us.score).isNotNull();
            assertThat(t.get(at("US", 5)).baseline).as("US had a history before its silence").isPositive();
        }
        // and between the two, the history was dropped
        try (var h = harness(HOUR, HOUR)) {
            h.open();
            for (int i = 1; i <= 31; i++) {
                mentions(h, "JP", i, 5);
                if (i <= 5) {
                    mentions(h, "US", i, 4, "tariff");
                }
                total(h, i, 20);
                h.watermark(i * HOUR - 1);
            }
            assertThat(historyOf(h, "trade|US")).isNull();
            assertThat(windowsOf(h, "trade|US")).isNull();
        }
    }

    @Test
    void historySurvivesASnapshotAndRestore() throws Exception {
        OperatorSubtaskState snapshot;
        List<TrendWindow> uninterrupted;
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 31; i++) {
                mentions(h, "CN-US", i, 3 + i % 2);
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            uninterrupted = h.extractOutputValues();
        }
        try (var h = harness()) {
            h.open();
            for (int i = 1; i <= 30; i++) {
                mentions(h, "CN-US", i, 3 + i % 2);
                total(h, i, 100);
                h.watermark(i * HOUR - 1);
            }
            mentions(h, "CN-US", 31, 3 + 31 % 2); // counted in its pane, not yet fired
            snapshot = h.snapshot(1, 1);
        }
        try (var restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            total(restored, 31, 100);
            restored.watermark(31 * HOUR - 1);
            TrendWindow w = restored.extractOutputValues().get(0);
            assertThat(w).isEqualTo(uninterrupted.get(uninterrupted.size() - 1));
            assertThat(w.score).isNotNull();
        }
    }

    /**
     * An allowed lateness that is not a whole number of slides: a window is final between two window ends, and its
     * timer there must settle it without opening a window at that time.
     */
    @Test
    void aLatenessBetweenWindowEndsOpensNoWindowThere() throws Exception {
        long lateness = 90 * 60_000L;
        try (var h = new SeriesTrendsHarness(new SeriesTrends(2 * HOUR, HOUR, lateness, 24 * HOUR, 1.0, 10), 1, 1, 0)) {
            h.open();
            for (int i = 1; i <= 8; i++) {
                mentions(h, "US", i, 2);
                total(h, i, 10);
                h.watermark(i * HOUR - 1);
                h.watermark(i * HOUR + 30 * 60_000L); // half past: the window that ended 90 min ago is final
                assertThat(windowsOf(h, "trade|US").open).as("open windows after hour %d", i).isNotEmpty()
                        .allSatisfy(w -> assertThat(w.end % HOUR).as("window ending %d", w.end).isZero());
            }
            total(h, 9, 10);
            h.watermark(Long.MAX_VALUE);
            assertThat(table(h.extractOutputValues())).hasSize(9); // windows ending 1 h … 9 h
            assertThat(stateEntries(h)).as("every window final: only the history is left").isEqualTo(1);
        }
    }
}
