package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.enrich.TitleTerms;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermLiftTest {
    @Test
    void wordsThatAreNewToTheSeriesStandOut() {
        Map<String, Integer> window = Map.of("tariffs", 9, "steel", 6, "talks", 2, "coup", 1);
        Map<String, Double> usual = Map.of("tariffs", 0.85, "talks", 0.05); // tariffs are usual here
        TermLift.Candidates candidates = new TermLift.Candidates(10);
        window.forEach(candidates::offer);
        assertThat(candidates.top(word -> usual.getOrDefault(word, 0.0))).containsExactly("steel", "talks");
    }

    @Test
    void headlineWordsLeaveOutStopwordsNumbersAndNames() {
        assertThat(TitleTerms.of("U.S. and China trade barbs over 25% tariffs in Beijing", Set.of("us", "china", "beijing")))
                .containsExactly("trade", "barbs", "tariffs");
    }
}
