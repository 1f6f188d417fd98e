package io.newspulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class IngestRouterTest {
    private static final long HOUR = 3_600_000L;

    /** The router as the job runs it, keeping event time across a restore: 6 h windows, 2 h lateness. */
    private static OneInputStreamOperatorTestHarness<IngestResult, Article> keepingRouter() throws Exception {
        return new OneInputStreamOperatorTestHarness<>(new WatermarkKeepingRouter(new IngestRouter(6 * HOUR, HOUR, 2 * HOUR, HOUR)));
    }

    private static IngestResult article(String id, String time) {
        Article a = new Article();
        a.id = id;
        a.title = id;
        a.eventTime = Instant.parse(time);
        a.eventTimeBasis = "published";
        return IngestResult.accepted(a);
    }

    private static IngestResult article(String id, String time, String split) {
        IngestResult r = article(id, time);
        r.split = split;
        return r;
    }

    /**
     * Late means behind the newest article of the same split by more than the out-of-orderness (an hour here): the
     * same whichever task reads the split and however splits interleave.
     */
    @Test
    void anArticleIsLateWhenItIsBehindItsOwnSplit() throws Exception {
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = ProcessFunctionTestHarnesses.forProcessFunction(
                new IngestRouter(6 * HOUR, HOUR, 6 * HOUR, HOUR))) {
            h.processElement(article("a1", "2025-08-25T10:00:00Z", "kafka:t/0"), 0);
            h.processElement(article("a2", "2025-08-25T12:00:00Z", "kafka:t/0"), 0);
            h.processElement(article("b1", "2025-08-25T09:00:00Z", "kafka:t/1"), 0);  // behind a2, but not behind b's own
            h.processElement(article("a3", "2025-08-25T11:30:00Z", "kafka:t/0"), 0);  // within the hour
            h.processElement(article("a4", "2025-08-25T10:59:59Z", "kafka:t/0"), 0);  // more than an hour behind a2
            h.processElement(article("b2", "2025-08-25T07:59:59Z", "kafka:t/1"), 0);

            assertThat(h.extractOutputValues()).extracting(a -> a.id + (a.late ? " late" : ""))
                    .containsExactly("a1", "a2", "b1", "a3", "a4 late", "b2 late");
        }
    }

    /**
     * An article is judged against the later of the watermark and its own split's (the newest time read from the split
     * before it, less the out-of-orderness), and carries that time on: which of its windows it counts in then depends on
     * the split's content, not on how far the other splits or the parallel channels had got.
     */
    @Test
    void anArticleIsJudgedAgainstItsOwnSplitWhenThatIsFurtherOn() throws Exception {
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = ProcessFunctionTestHarnesses.forProcessFunction(
                new IngestRouter(6 * HOUR, HOUR, 2 * HOUR, HOUR))) {
            long watermark = Instant.parse("2025-08-25T10:00:00Z").toEpochMilli();
            h.processWatermark(new Watermark(watermark)); // held back by split b
            h.processElement(article("a1", "2025-08-25T20:00:00Z", "kafka:t/0"), 0); // a's own watermark: 18:59:59.999
            h.processElement(article("b1", "2025-08-25T11:00:00Z", "kafka:t/1"), 0);
            // windows ending 11:00 … 16:00, the last final at 17:59:59.999: too late for a, not for b
            h.processElement(article("a-too-late", "2025-08-25T10:30:00Z", "kafka:t/0"), 0);
            h.processElement(article("b-on-time", "2025-08-25T10:30:00Z", "kafka:t/1"), 0);
            // windows ending 15:00 … 20:00, those ending 15:00 … 17:00 final by a's watermark
            h.processElement(article("a-late", "2025-08-25T14:30:00Z", "kafka:t/0"), 0);

            long aWatermark = Instant.parse("2025-08-25T18:59:59.999Z").toEpochMilli();
            assertThat(h.extractOutputValues()).extracting(a -> a.id + " " + a.watermark + (a.late ? " late" : ""))
                    .containsExactly("a1 " + watermark, "b1 " + watermark, "b-on-time " + watermark,
                            "a-late " + aWatermark + " late");
            assertThat(h.getSideOutput(IngestRouter.REJECTED)).extracting(r -> r.getValue().articleId + ": "
                    + r.getValue().detail).containsExactly("a-too-late: published 2025-08-25T10:30:00Z, but event time had"
                    + " reached 2025-08-25T18:59:59.999Z in kafka:t/0");
        }
    }

    @Test
    void articlesGoOnAndRejectionsGoToTheSideOutput() throws Exception {
        IngestRouter router = new IngestRouter(6 * HOUR, HOUR, 6 * HOUR, HOUR);
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = ProcessFunctionTestHarnesses.forProcessFunction(router)) {
            h.processElement(article("a", "2025-08-25T10:00:00Z"), 0);
            Rejection bad = Rejection.of(RecordOrigin.kafka("t", 0, 3, 0), null, RejectReason.INVALID_JSON, "x", "{");
            h.processElement(IngestResult.rejected(bad), 0);

            assertThat(h.extractOutputValues()).extracting(a -> a.id).containsExactly("a");
            assertThat(h.getSideOutput(IngestRouter.REJECTED)).extracting(r -> r.getValue().reason).containsExactly("invalid_json");
        }
    }

    @Test
    void anArticleIsTooLateOnlyWhenItsLastWindowClosedAndTheLatenessPassed() throws Exception {
        IngestRouter router = new IngestRouter(6 * HOUR, HOUR, 2 * HOUR, HOUR);
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = ProcessFunctionTestHarnesses.forProcessFunction(router)) {
            // an article at 10:30 lies in windows ending 11:00 … 16:00; the last one accepts it until 18:00
            h.processWatermark(new Watermark(Instant.parse("2025-08-25T17:59:59.998Z").toEpochMilli()));
            h.processElement(article("on-time-enough", "2025-08-25T10:30:00Z"), 0);
            h.processWatermark(new Watermark(Instant.parse("2025-08-25T17:59:59.999Z").toEpochMilli()));
            h.processElement(article("too-late", "2025-08-25T10:30:00Z"), 0);

            assertThat(h.extractOutputValues()).extracting(a -> a.id).containsExactly("on-time-enough");
            List<Rejection> rejected = h.getSideOutput(IngestRouter.REJECTED).stream().map(StreamRecord::getValue).toList();
            assertThat(rejected).extracting(r -> r.reason).containsExactly("too_late");
            assertThat(rejected.get(0).rejectId).isEqualTo("too_late:too-late");
        }
    }

    @Test
    void eventTimeProgressSurvivesARestore() throws Exception {
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState snapshot;
        long w = Instant.parse("2025-08-25T18:00:00Z").toEpochMilli();
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.open();
            h.processWatermark(new Watermark(w));
            snapshot = h.snapshot(1, 1);
        }
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.initializeState(snapshot);
            h.open();
            // the restored watermark goes out first, and the restarted source's lower ones are held back
            h.processWatermark(new Watermark(w - 5 * HOUR));
            h.processElement(article("replayed-too-late", "2025-08-25T10:30:00Z"), 0);
            h.processElement(article("fresh", "2025-08-25T19:00:00Z"), 0);

            assertThat(h.getOutput()).filteredOn(o -> o instanceof Watermark).containsExactly(new Watermark(w));
            assertThat(h.extractOutputValues()).extracting(a -> a.id).containsExactly("fresh");
            assertThat(h.getSideOutput(IngestRouter.REJECTED)).extracting(r -> r.getValue().articleId)
                    .containsExactly("replayed-too-late");
        }
    }

    /**
     * A stop with --drain ends event time (it fires every window): a job resumed from that savepoint takes every article
     * as too late, visibly (OPERATIONS.md: stop without --drain to pause).
     */
    @Test
    void aDrainedSavepointEndsEventTime() throws Exception {
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState snapshot;
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.open();
            h.processWatermark(new Watermark(Instant.parse("2025-08-25T18:00:00Z").toEpochMilli()));
            h.processWatermark(Watermark.MAX_WATERMARK);
            snapshot = h.snapshot(1, 1);
        }
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.initializeState(snapshot);
            h.open();
            h.processElement(article("after-the-drain", "2025-08-25T19:00:00Z"), 0);
            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(h.getSideOutput(IngestRouter.REJECTED)).extracting(r -> r.getValue().reason)
                    .containsExactly("too_late");
        }
    }

    @Test
    void whereEachSplitHadGotToSurvivesARestore() throws Exception {
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState snapshot;
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.open();
            h.processElement(new StreamRecord<>(article("a1", "2025-08-25T12:00:00Z", "kafka:t/0"), 0));
            snapshot = h.snapshot(1, 1);
        }
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = keepingRouter()) {
            h.initializeState(snapshot);
            h.open();
            h.processElement(new StreamRecord<>(article("a2", "2025-08-25T10:00:00Z", "kafka:t/0"), 0));
            h.processElement(new StreamRecord<>(article("b1", "2025-08-25T10:00:00Z", "kafka:t/1"), 0));
            assertThat(h.extractOutputValues()).extracting(a -> a.id + (a.late ? " late" : "")).containsExactly("a2 late", "b1");
        }
    }

    /** A folder of pages is a split per page: the router remembers the splits read last, not every one. */
    @Test
    void onlyTheSplitsReadLastAreRemembered() throws Exception {
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h = ProcessFunctionTestHarnesses.forProcessFunction(
                new IngestRouter(6 * HOUR, HOUR, 6 * HOUR, HOUR))) {
            for (int page = 0; page <= IngestRouter.MAX_SPLITS; page++) {
                h.processElement(article("p" + page, "2025-08-25T12:00:00Z", "file:/pages/" + page + ".html"), 0);
            }
            h.processElement(article("again-first", "2025-08-25T09:00:00Z", "file:/pages/0.html"), 0);
            h.processElement(article("again-last", "2025-08-25T09:00:00Z", "file:/pages/" + IngestRouter.MAX_SPLITS + ".html"), 0);

            List<Article> out = h.extractOutputValues();
            assertThat(out.get(out.size() - 2).late).as("the first split was forgotten").isFalse();
            assertThat(out.get(out.size() - 1).late).as("the last split is remembered").isTrue();
        }
    }
}
