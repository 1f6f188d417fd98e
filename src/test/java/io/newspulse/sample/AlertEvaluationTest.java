package io.newspulse.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.sample.AlertEvaluation.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEvaluationTest {
    private static final Instant T = Instant.parse("2025-08-23T12:00:00Z");

    @Test
    void countsHitsMissesDecoysAndDelays() {
        List<PlantedEvent> events = List.of(
                new PlantedEvent("burst", "burst", "trade", "CN-US", T, T.plusSeconds(20 * 3600), true),
                new PlantedEvent("coup", "burst", "conflict", "GA", T, T.plusSeconds(10 * 3600), true),
                new PlantedEvent("spam", "decoy", "technology", "IN", T, T.plusSeconds(8 * 3600), false));
        List<Alert> alerts = List.of(
                new Alert("trade", "CN-US", T.plusSeconds(3600)),
                new Alert("trade", "US", T.plusSeconds(7200)),          // same story, a country of the pair
                new Alert("technology", "IN", T.plusSeconds(3600)),     // the decoy
                new Alert("health", "FR", T.plusSeconds(3600)));        // unplanned
        AlertEvaluation.Result r = AlertEvaluation.evaluate(events, alerts, Duration.ofHours(6));

        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.alertsOnDecoys).isEqualTo(1);
        assertThat(r.medianDelay()).isEqualTo(Duration.ofHours(1));
        assertThat(r.lines).contains("coup: missed");
    }
}
