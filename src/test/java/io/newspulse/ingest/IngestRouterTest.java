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

    private static IngestResult article(String id, String time) {
        Article a = new Article();
        a.id = id;
        a.title = id;
        a.eventTime = Instant.parse(time);
        a.eventTimeBasis = "published";
        return IngestResult.accepted(a);
    }

    @Test
    void articlesGoOnAndRejectionsGoToTheSideOutput() throws Exception {
        IngestRouter router = new IngestRouter(6 * HOUR, HOUR, 6 * HOUR);
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
        IngestRouter router = new IngestRouter(6 * HOUR, HOUR, 2 * HOUR);
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
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h =
                new OneInputStreamOperatorTestHarness<>(new WatermarkKeepingRouter(new IngestRouter(6 * HOUR, HOUR, 2 * HOUR)))) {
            h.open();
            h.processWatermark(new Watermark(w));
            snapshot = h.snapshot(1, 1);
        }
        try (OneInputStreamOperatorTestHarness<IngestResult, Article> h =
                new OneInputStreamOperatorTestHarness<>(new WatermarkKeepingRouter(new IngestRouter(6 * HOUR, HOUR, 2 * HOUR)))) {
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
}
