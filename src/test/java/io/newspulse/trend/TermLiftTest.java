package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.enrich.TitleTerms;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The top words are the first {@value TermLift#TOP} by lift (at least the minimum), ties alphabetical. */
    @Test
    void theTopWordsAreTheHighestLiftsInOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int articles = 2 + random.nextInt(40);
            TermLift.Candidates candidates = new TermLift.Candidates(articles);
            Map<String, Double> usual = new HashMap<>();
            Map<String, Double> lift = new HashMap<>();
            for (int w = random.nextInt(12); w > 0; w--) {
                String word = "w" + random.nextInt(30);
                if (lift.containsKey(word)) {
                    continue;
                }
                int count = 1 + random.nextInt(articles);
                usual.put(word, random.nextInt(4) * 0.1); // coarse rates: equal lifts happen
                candidates.offer(word, count);
                if (count >= TermLift.MIN_COUNT) {
                    lift.put(word, (double) count / articles - usual.get(word));
                }
            }
            List<String> expected = lift.entrySet().stream()
                    .filter(e -> e.getValue() >= TermLift.MIN_LIFT)
                    .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .limit(TermLift.TOP)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toList());
            assertThat(candidates.top(word -> usual.getOrDefault(word, 0.0))).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void headlineWordsLeaveOutStopwordsNumbersAndNames() {
        assertThat(TitleTerms.of("U.S. and China trade barbs over 25% tariffs in Beijing", Set.of("us", "china", "beijing")))
                .containsExactly("trade", "barbs", "tariffs");
    }
}
