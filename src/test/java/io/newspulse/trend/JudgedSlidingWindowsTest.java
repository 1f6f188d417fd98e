package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.junit.jupiter.api.Test;

class JudgedSlidingWindowsTest {
    private static final long HOUR = 3_600_000L;
    private static final JudgedSlidingWindows WINDOWS = new JudgedSlidingWindows(
            SlidingEventTimeWindows.of(Duration.ofHours(6), Duration.ofHours(1)), 3 * HOUR);

    private static long[] windowEnds(long time, long judgedAt) {
        return WINDOWS.assignWindows(new CountedArticle(true, time, judgedAt), time, null).stream()
                .mapToLong(TimeWindow::getEnd).sorted().toArray();
    }

    @Test
    void anArticleCountsInTheWindowsNotFinalWhenItWasJudged() {
        long t = 5 * HOUR + 10; // windows ending 6 … 11 h
        assertThat(windowEnds(t, Long.MIN_VALUE)).as("not judged: every window")
                .containsExactly(6 * HOUR, 7 * HOUR, 8 * HOUR, 9 * HOUR, 10 * HOUR, 11 * HOUR);
        // final once their end and the lateness have passed: the window ending 8 h at 11 h − 1 ms
        assertThat(windowEnds(t, 11 * HOUR - 2)).startsWith(8 * HOUR);
        assertThat(windowEnds(t, 11 * HOUR - 1)).containsExactly(9 * HOUR, 10 * HOUR, 11 * HOUR);
        assertThat(windowEnds(t, 14 * HOUR - 1)).isEmpty();
    }
}
