package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A window read through its panes gives the row a window counted from its own mentions gives. */
class WindowPanesTest {
    private static final long HOUR = 3_600_000L;
    private static final long SIZE = 6 * HOUR;

    @Test
    void readsTheSameAsTheWindowCountedDirectly() {
        Random random = new Random(7);
        // "Aa" and "BB" share a hash code: panes find words and sources by their hash codes first
        String[] sources = {"Reuters", "AP", "AFP", "BBC", "CNN", "Aa", "BB"};
        String[] words = {"tariff", "steel", "talks", "summit", "deal", "export", "ban", "Aa", "BB"};
        String[] titles = {"Steel tariff", "Talks stall", "Summit opens", "Export ban", "Deal near"};
        for (int round = 0; round < 500; round++) {
            List<TrendMention> mentions = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                long time = random.nextInt(12) * HOUR + random.nextInt(3); // twelve panes, ties in time
                TrendMention m = new TrendMention("trade", "US", "a" + i, sources[random.nextInt(sources.length)],
                        titles[random.nextInt(titles.length)], time, random.nextInt(5) > 0);
                for (String w : words) {
                    if (random.nextInt(3) == 0) {
                        m.terms.add(w);
                    }
                }
                mentions.add(m);
            }
            List<Pane> panes = new ArrayList<>();
            for (TrendMention m : mentions) {
                long end = (m.eventTimeMillis / HOUR + 1) * HOUR;
                Pane pane = panes.stream().filter(p -> p.end == end).findFirst().orElse(null);
                if (pane == null) {
                    pane = new Pane(end);
                    panes.add(pane);
                    panes.sort((a, b) -> Long.compare(a.end, b.end));
                }
                pane.add(m);
            }
            Map<String, Double> usual = new HashMap<>();
            for (String w : words) {
                usual.put(w, random.nextInt(3) * 0.2);
            }
            for (long end = HOUR; end <= 17 * HOUR; end += HOUR) {
                CountedWindow direct = new CountedWindow();
                for (TrendMention m : mentions) {
                    if (m.eventTimeMillis >= end - SIZE && m.eventTimeMillis < end) {
                        direct.add(m);
                    }
                }
                WindowPanes window = WindowPanes.of(panes, end, SIZE);
                String at = "round " + round + ", window ending " + end / HOUR + " h";
                assertThat(window.articleCount()).as(at).isEqualTo(direct.articleCount);
                assertThat(window.sourceCount()).as(at).isEqualTo(direct.sourceCount());
                assertThat(window.topSourceArticles()).as(at).isEqualTo(direct.topSourceArticles());
                assertThat(window.headlines()).as(at).isEqualTo(direct.headlines.stream().map(h -> h.text).toList());
                assertThat(window.termCandidates(direct.articleCount).top(w -> usual.getOrDefault(w, 0.0))).as(at)
                        .isEqualTo(direct.topTerms(w -> usual.getOrDefault(w, 0.0)));
                assertThat(window.isEmpty()).as(at).isEqualTo(direct.articleCount == 0 && direct.articlesBySource.isEmpty());
            }
        }
    }
}
