package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    /** Whatever the order they come in, the kept headlines are the newest of distinct texts, each text at its newest. */
    @Test
    void keepsTheNewestDistinctHeadlinesWhateverTheOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            List<Headline> kept = new ArrayList<>();
            Map<String, Headline> newest = new HashMap<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                Headline h = new Headline(random.nextInt(6), random.nextInt(8) == 0 ? " " : "h" + random.nextInt(6));
                Headline.offer(kept, h);
                if (!h.text.isBlank()) {
                    newest.merge(h.text, h, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            List<Headline> expected = newest.values().stream().sorted(Comparator.naturalOrder())
                    .limit(Headline.KEPT).collect(Collectors.toList());
            assertThat(kept).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
