package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.StateBackend;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.junit.jupiter.api.Test;

/**
 * The production configuration keeps state in RocksDB, where every read is a copy and a change counts only once it is
 * written back; the heap backend hands out the stored objects themselves, so a change forgotten to be written back goes
 * unnoticed there. The same randomized input (late articles, late totals, a snapshot and restore half way) must give the
 * same rows on both, and as a run without the restore.
 */
class SeriesTrendsOnRocksDbTest {
    private static final long HOUR = 3_600_000L;

    /** One input, in arrival order: a mention, a window total, or the watermark. */
    private record Step(TrendMention mention, WindowTotal total, long watermark) {}

    private static List<Step> input(long seed) {
        Random random = new Random(seed);
        String[] geos = {"US", "CN", "CN-US", "JP"};
        String[] words = {"tariffs", "talks", "summit", "exports", "strike", "deal"};
        List<Step> steps = new ArrayList<>();
        int id = 0;
        for (int hour = 1; hour <= 60; hour++) {
            int articles = 0;
            for (String geo : geos) {
                for (int n = random.nextInt(hour % 17 == 0 ? 12 : 4); n > 0; n--) {
                    // mostly this hour; some up to five hours late (within or past the allowed lateness)
                    int back = random.nextInt(6) == 0 ? 1 + random.nextInt(5) : 0;
                    long t = (hour - 1 - back) * HOUR + random.nextInt((int) HOUR);
                    if (t < 0) {
                        continue;
                    }
                    TrendMention m = new TrendMention("trade", geo, "a" + id++, "source " + random.nextInt(5),
                            "headline " + random.nextInt(9), t, random.nextInt(6) > 0);
                    m.terms = List.of(words[random.nextInt(words.length)], words[random.nextInt(words.length)]);
                    steps.add(new Step(m, null, Long.MIN_VALUE));
                    articles++;
                }
            }
            if (hour <= 4 || hour >= 40 && hour <= 42) { // a series silent long enough to be forgotten, and back
                TrendMention m = new TrendMention("trade", "KR", "a" + id++, "source 1", "headline 1",
                        (hour - 1) * HOUR + 60_000, true);
                m.terms = List.of("summit");
                steps.add(new Step(m, null, Long.MIN_VALUE));
                articles++;
            }
            steps.add(new Step(null, new WindowTotal(hour * HOUR, 20 + articles, hour), Long.MIN_VALUE));
            if (hour > 3 && random.nextInt(5) == 0) { // a total corrected after its window fired
                steps.add(new Step(null, new WindowTotal((hour - 2) * HOUR, 25 + articles, hour - 2), Long.MIN_VALUE));
            }
            steps.add(new Step(null, null, hour * HOUR - 1));
        }
        steps.add(new Step(null, null, 80 * HOUR));
        return steps;
    }

    private static SeriesTrendsHarness harness(
            StateBackend backend) throws Exception {
        // a half-life of 2 h: a series silent for over 20 windows is forgotten (and dropped)
        SeriesTrendsHarness h = new SeriesTrendsHarness(new SeriesTrends(3 * HOUR, HOUR, 2 * HOUR, 2 * HOUR, 1.0, 5));
        h.setStateBackend(backend);
        return h;
    }

    /** The rows the table ends with (the last per series and window), and the too-late mentions. */
    private static Map<String, String> run(StateBackend backend, List<Step> steps) throws Exception {
        return run(backend, steps, steps.size() / 2);
    }

    /** As {@link #run(StateBackend, List)}, with the snapshot and restore after {@code half} steps. */
    private static Map<String, String> run(StateBackend backend, List<Step> steps, int half) throws Exception {
        List<TrendWindow> rows = new ArrayList<>();
        List<String> tooLate = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (var h = harness(backend)) {
            h.open();
            play(h, steps.subList(0, half));
            rows.addAll(h.extractOutputValues());
            tooLate.addAll(tooLate(h));
            snapshot = h.snapshot(1, 1);
        }
        try (var h = harness(backend)) {
            h.initializeState(snapshot);
            h.open();
            play(h, steps.subList(half, steps.size()));
            rows.addAll(h.extractOutputValues());
            tooLate.addAll(tooLate(h));
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (TrendWindow w : rows) {
            table.put(w.seriesKey() + "@" + w.windowEnd, w.articleCount + " " + w.sourceCount + " " + w.topSourceArticles
                    + " " + w.totalArticles + " " + w.share + " " + w.baseline + " " + w.baselineStd + " " + w.score + " "
                    + w.topHeadlines + " " + w.topTerms);
        }
        table.put("too late", tooLate.toString());
        return table;
    }

    private static List<String> tooLate(SeriesTrendsHarness h) {
        List<String> ids = new ArrayList<>();
        var late = h.getSideOutput(SeriesTrends.TOO_LATE);
        if (late != null) { // null when none came
            late.forEach(r -> ids.add(r.getValue().articleId));
        }
        return ids;
    }

    private static void play(SeriesTrendsHarness h,
            List<Step> steps) throws Exception {
        for (Step s : steps) {
            if (s.mention() != null) {
                h.processElement(s.mention(), s.mention().eventTimeMillis);
            } else if (s.total() != null) {
                h.processBroadcastElement(s.total(), s.total().windowEnd - 1);
            } else {
                h.watermark(s.watermark());
            }
        }
    }

    @Test
    void rocksDbAndTheHeapGiveTheSameRows() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            List<Step> steps = input(seed);
            Map<String, String> heap = run(new HashMapStateBackend(), steps);
            Map<String, String> rocks = run(new EmbeddedRocksDBStateBackend(), steps);
            assertThat(heap).as("rows of seed %d", seed).hasSizeGreaterThan(100);
            assertThat(heap.get("too late")).as("some mentions come too late").isNotEqualTo("[]");
            assertThat(rocks).as("seed %d", seed).isEqualTo(heap);
            assertThat(run(new HashMapStateBackend(), steps, steps.size()))
                    .as("seed %d, the same rows without the restore", seed).isEqualTo(heap);
        }
    }
}
