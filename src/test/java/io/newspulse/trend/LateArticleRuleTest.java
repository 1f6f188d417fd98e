package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LateArticleRuleTest {
    private static final long HOUR = 3_600_000L;
    /** 6 h windows sliding by 1 h, 3 h allowed lateness: an article at 5:00:00.010 is in the windows ending 6 … 11 h. */
    private static final LateArticleRule RULE = new LateArticleRule(6 * HOUR, HOUR, 3 * HOUR);
    private static final long T = 5 * HOUR + 10;

    @Test
    void aLateArticleCountsFromTheFirstWindowNotFinalWhenItWasJudged() {
        assertThat(RULE.firstCounted(T, Long.MIN_VALUE)).isEqualTo(6 * HOUR);
        assertThat(RULE.firstCounted(T, 9 * HOUR - 2)).as("the 6 h window is final at 9 h − 1 ms").isEqualTo(6 * HOUR);
        assertThat(RULE.firstCounted(T, 11 * HOUR - 1)).isEqualTo(9 * HOUR);
        assertThat(RULE.firstCounted(T, 14 * HOUR - 1)).as("too late: past the last window").isGreaterThan(RULE.lastWindowEnd(T));
    }

    @Test
    void itWaitsOnlyWhileAWindowItCountsInHasNotFiredThoughTheRouterHadPassedItsEnd() {
        long judged = 11 * HOUR - 1; // counts in the windows ending 9, 10 and 11 h; the router had passed all three ends
        assertThat(RULE.waits(T, judged, 8 * HOUR - 1)).as("none of them fired here").isTrue();
        assertThat(RULE.waits(T, judged, 10 * HOUR - 1)).as("the 11 h window has not fired here").isTrue();
        assertThat(RULE.waits(T, judged, 11 * HOUR - 1)).as("all fired here").isFalse();
        assertThat(RULE.waits(T, 10 * HOUR - 2, 9 * HOUR - 1))
                .as("judged before the 10 h window's end, which is all that has not fired here").isFalse();
        assertThat(RULE.waits(T, Long.MIN_VALUE, Long.MIN_VALUE)).as("not judged: an on-time article").isFalse();
    }
}
