package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class LateArticleHoldTest {
    private static final long HOUR = 3_600_000L;

    /** 6 h windows sliding by 1 h, 3 h allowed lateness. */
    private static OneInputStreamOperatorTestHarness<CountedArticle, CountedArticle> hold() throws Exception {
        return new OneInputStreamOperatorTestHarness<>(new LateArticleHold(6 * HOUR, HOUR, 3 * HOUR));
    }

    /** An article in the pane ending 6 h (windows ending 6 … 11 h) judged at 11 h − 1 ms: it counts from the 9 h window. */
    private static StreamRecord<CountedArticle> late() {
        long t = 5 * HOUR + 10;
        return new StreamRecord<>(new CountedArticle(true, t, 11 * HOUR - 1), t);
    }

    /** What went out: articles as their event time, watermarks as "w" and their time, in hours. */
    private static List<String> out(OneInputStreamOperatorTestHarness<CountedArticle, CountedArticle> h) {
        return h.getOutput().stream().map(o -> o instanceof Watermark
                ? "w" + (((Watermark) o).getTimestamp() + 1) / (double) HOUR
                : "article " + ((StreamRecord<?>) o).getTimestamp() / HOUR).toList();
    }

    @Test
    void aLateArticleWaitsUntilTheWatermarkComesAsFarAsTheOneItWasJudgedAgainst() throws Exception {
        try (var h = hold()) {
            h.open();
            h.processWatermark(new Watermark(10 * HOUR - 1));
            h.processElement(late()); // the window ending 11 h has not fired here, the router had passed its end
            long onTime = 10 * HOUR + 5;
            h.processElement(new StreamRecord<>(new CountedArticle(true, onTime, 9 * HOUR), onTime));
            h.processWatermark(new Watermark(12 * HOUR - 1)); // a jump past the judged watermark

            assertThat(out(h)).containsExactly("w10.0", "article 10", "w11.0", "article 5", "w12.0");
        }
    }

    @Test
    void anArticleWhoseOpenWindowsHaveAllFiredHereGoesOnAtOnce() throws Exception {
        try (var h = hold()) {
            h.open();
            h.processWatermark(new Watermark(11 * HOUR - 1));
            h.processElement(late());
            assertThat(out(h)).containsExactly("w11.0", "article 5");
        }
    }

    @Test
    void aHeldArticleSurvivesASnapshotAndRestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = hold()) {
            h.open();
            h.processWatermark(new Watermark(10 * HOUR - 1));
            h.processElement(late());
            snapshot = h.snapshot(1, 1);
        }
        try (var h = hold()) {
            h.initializeState(snapshot);
            h.open();
            h.processWatermark(new Watermark(12 * HOUR - 1));
            assertThat(out(h)).containsExactly("w11.0", "article 5", "w12.0");
        }
    }
}
