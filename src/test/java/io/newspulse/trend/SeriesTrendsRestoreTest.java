package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.testing.SnapshotFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.OperatorSnapshotUtil;
import org.junit.jupiter.api.Test;

/**
 * The series operator restored from a snapshot goes on as if it had never stopped: the snapshot is taken half way
 * through a feed, the rest of the feed (late articles into panes written before the snapshot included) is played into
 * a new operator restored from it, and its rows must be those of one uninterrupted run of this build. One snapshot was
 * written by the session-7 build (panes with maps of sources and words, no watermark kept), one by this build.
 *
 * <p>The session-7 file was written by that build running {@link #writeSnapshot} with the environment variable
 * {@code NEWSPULSE_WRITE_SNAPSHOT=PATH}; later builds do not rewrite it: it stands for their predecessors' state.
 */
class SeriesTrendsRestoreTest {
    private static final long HOUR = 3_600_000L;
    private static final Path SESSION_7 = Path.of("src/test/resources/snapshots/series-trends-session7.snapshot");

    private static SeriesTrendsHarness harness() throws Exception {
        return new SeriesTrendsHarness(new SeriesTrends(6 * HOUR, HOUR, 3 * HOUR, 24 * HOUR, 1.0, 2), 1, 1, 0);
    }

    private static final String[] SOURCES = {"Reuters", "AP", "AFP", "BBC"};
    private static final String[][] WORDS = {{"tariff", "steel"}, {"tariff", "talks"}, {"summit"}, {"steel", "export"}};

    /** The articles of hour {@code hour} (ending at it) of three series, some of them syndicated copies. */
    private static void hour(SeriesTrendsHarness h, int hour,
            int late) throws Exception {
        String[] geos = {"US", "CN-US", "FR"};
        for (int g = 0; g < geos.length; g++) {
            int n = (hour * 7 + g * 3) % 5 + (hour >= 12 && g == 1 ? 6 : 0); // CN-US spikes from hour 12
            for (int i = 0; i < n; i++) {
                add(h, geos[g], hour, i);
            }
        }
        if (late > 0) { // articles of an earlier hour, whose windows have fired but are not final
            add(h, "US", late, 97);
            add(h, "CN-US", late, 98);
        }
        h.processBroadcastElement(new WindowTotal(hour * HOUR, 40 + hour % 3, hour), hour * HOUR - 1);
        h.watermark(hour * HOUR - 1);
    }

    private static void add(SeriesTrendsHarness h, String geo,
            int hour, int i) throws Exception {
        long t = (hour - 1) * HOUR + i * 60_000L + 1;
        TrendMention m = new TrendMention("trade", geo, geo + "-" + hour + "-" + i, SOURCES[i % SOURCES.length],
                "Headline " + (i % 3) + " of " + geo, t, i % 4 != 3);
        m.terms = new ArrayList<>(List.of(WORDS[(hour + i) % WORDS.length]));
        h.processElement(m, t);
    }

    private static void firstPart(SeriesTrendsHarness h)
            throws Exception {
        for (int hour = 1; hour <= 10; hour++) {
            hour(h, hour, 0);
        }
    }

    private static void secondPart(SeriesTrendsHarness h)
            throws Exception {
        for (int hour = 11; hour <= 20; hour++) {
            hour(h, hour, hour == 11 ? 9 : 0); // late articles into hour 9: a pane written before the snapshot
        }
        h.watermark(40 * HOUR);
    }

    /** The rows of a run of the first part and then {@code rest}, and how many of them the first part sent. */
    private record Run(int beforeSnapshot, List<TrendWindow> rows) {}

    private static Run uninterrupted(Part rest) throws Exception {
        try (var h = harness()) {
            h.open();
            firstPart(h);
            int beforeSnapshot = h.extractOutputValues().size();
            rest.play(h);
            return new Run(beforeSnapshot, h.extractOutputValues());
        }
    }

    /** Hours 11 to 20 without an article: the windows holding the first part's panes fire and settle on time alone. */
    private static void quietPart(SeriesTrendsHarness h) throws Exception {
        for (int hour = 11; hour <= 20; hour++) {
            h.processBroadcastElement(new WindowTotal(hour * HOUR, 40 + hour % 3, hour), hour * HOUR - 1);
            h.watermark(hour * HOUR - 1);
        }
        h.watermark(40 * HOUR);
    }

    /**
     * Builds before session 10 kept each series' next due time as a Flink timer: restored from their snapshot, the
     * operator takes them over, so windows fire and settle without a new article to wake their series, and its first
     * checkpoint keeps them.
     */
    @Test
    void aSnapshotOfTheSession7BuildKeepsItsDueTimes() throws Exception {
        Run run = uninterrupted(SeriesTrendsRestoreTest::quietPart);
        List<TrendWindow> uninterrupted = run.rows();
        int beforeSnapshot = run.beforeSnapshot();
        OperatorSubtaskState again;
        try (var h = harness()) { // restored, and a checkpoint at once: the due times it took over are in it
            h.initializeState(OperatorSnapshotUtil.readStateHandle(SESSION_7.toString()));
            h.open();
            again = h.snapshot(1, 1);
        }
        List<TrendWindow> resumed = new ArrayList<>(uninterrupted.subList(0, beforeSnapshot));
        try (var h = harness()) {
            h.initializeState(again);
            h.open();
            quietPart(h);
            resumed.addAll(h.extractOutputValues());
        }
        assertThat(uninterrupted.size() - beforeSnapshot).as("windows fire after the snapshot").isGreaterThan(10);
        assertThat(table(resumed)).usingRecursiveComparison().isEqualTo(table(uninterrupted));
    }

    /**
     * The session-7 snapshot holds no watermark: the restored operator's starts at {@link Long#MIN_VALUE}, as a job's does
     * until every input has sent one, and a late article into a window that had fired before the snapshot must still
     * correct it (when the watermark comes). The rows come in another order, and some twice, so the tables are compared.
     */
    @Test
    void aSnapshotOfTheSession7BuildRestoresAndTheTableEndsAsIfNeverStopped() throws Exception {
        Run run = uninterrupted(SeriesTrendsRestoreTest::secondPart);
        List<TrendWindow> uninterrupted = run.rows();
        int beforeSnapshot = run.beforeSnapshot();
        List<TrendWindow> resumed = new ArrayList<>(uninterrupted.subList(0, beforeSnapshot));
        try (var h = harness()) {
            h.initializeState(OperatorSnapshotUtil.readStateHandle(SESSION_7.toString()));
            h.open();
            secondPart(h);
            resumed.addAll(h.extractOutputValues());
        }
        assertThat(uninterrupted.size() - beforeSnapshot).as("the second part sends rows").isGreaterThan(40);
        assertThat(table(resumed)).usingRecursiveComparison().isEqualTo(table(uninterrupted));
    }

    /**
     * A snapshot of this build holds the watermark: restored, the operator takes the mentions that come before any
     * watermark as they came before the snapshot, and sends the very rows, in the same order, as an uninterrupted run.
     */
    @Test
    void aSnapshotOfThisBuildRestoresItsWatermarkAndTheRowsGoOnAsIfNeverStopped() throws Exception {
        restoresAsIfNeverStopped(SeriesTrendsRestoreTest::secondPart);
    }

    /** ... and its series' due times, which a checkpoint writes with their panes. */
    @Test
    void aSnapshotOfThisBuildKeepsItsDueTimes() throws Exception {
        restoresAsIfNeverStopped(SeriesTrendsRestoreTest::quietPart);
    }

    private interface Part {
        void play(SeriesTrendsHarness h) throws Exception;
    }

    private static void restoresAsIfNeverStopped(Part rest) throws Exception {
        List<TrendWindow> uninterrupted;
        OperatorSubtaskState snapshot;
        int beforeSnapshot;
        try (var h = harness()) {
            h.open();
            firstPart(h);
            snapshot = h.snapshot(1, 1);
            beforeSnapshot = h.extractOutputValues().size();
            rest.play(h);
            uninterrupted = h.extractOutputValues();
        }
        List<TrendWindow> restored;
        try (var h = harness()) { // restored, and a checkpoint at once: no series has changed, their state stays
            h.initializeState(snapshot);
            h.open();
            snapshot = h.snapshot(2, 2);
        }
        try (var h = harness()) {
            h.initializeState(snapshot);
            h.open();
            rest.play(h);
            restored = h.extractOutputValues();
        }
        assertThat(uninterrupted.size() - beforeSnapshot).as("rows after the snapshot").isGreaterThan(10);
        assertThat(restored).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(uninterrupted.subList(beforeSnapshot, uninterrupted.size()));
    }

    /** The last row sent per series and window: what the upserts leave in the table. */
    private static Map<String, TrendWindow> table(List<TrendWindow> rows) {
        Map<String, TrendWindow> t = new TreeMap<>();
        rows.forEach(w -> t.put(w.seriesKey() + "@" + w.windowEnd, w));
        return t;
    }

    /** Writes the snapshot of the first part to the environment variable {@code NEWSPULSE_WRITE_SNAPSHOT=PATH} (skipped without it). */
    @Test
    void writeSnapshot() throws Exception {
        Path path = SnapshotFiles.requested();
        try (var h = harness()) {
            h.open();
            firstPart(h);
            SnapshotFiles.write(h.snapshot(1, 1), path);
        }
    }
}
