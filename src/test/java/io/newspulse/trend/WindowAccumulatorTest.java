package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.enrich.TaggedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class WindowAccumulatorTest {
    private static TrendMention mention(String id, String source, String headline, long t) {
        return new TrendMention("trade", "CN-US", id, source, headline, t, true);
    }

    @Test
    void countsArticlesAndDistinctSourcesAndKeepsTheNewestDistinctHeadlines() {
        WindowAccumulator acc = new WindowAccumulator();
        acc.add(mention("a", "Reuters", "Tariffs rise", 50));
        acc.add(mention("b", "AP", "Tariffs rise", 40));          // syndicated title
        acc.add(mention("c", "Reuters", "Talks stall", 30));
        acc.add(mention("d", "Bloomberg", "Exporters brace", 60));
        acc.add(mention("e", "CNBC", "Markets wobble", 10));

        assertThat(acc.articleCount).isEqualTo(5);
        assertThat(acc.articlesBySource.keySet()).containsExactlyInAnyOrder("Reuters", "AP", "Bloomberg", "CNBC");
        assertThat(acc.headlines).extracting(h -> h.text).containsExactly("Exporters brace", "Tariffs rise", "Talks stall");
        assertThat(acc.headlines.get(1).eventTimeMillis).as("the newer copy of a title stands for it").isEqualTo(50);
    }

    @Test
    void aSyndicatedCopyAddsItsSourceButNotACount() {
        WindowAccumulator acc = new WindowAccumulator();
        acc.add(mention("a", "Reuters", "Tariffs rise", 50));
        acc.add(new TrendMention("trade", "CN-US", "a-copy", "Yahoo News", "Tariffs rise", 55, false));
        assertThat(acc.articleCount).isEqualTo(1);
        assertThat(acc.articlesBySource).containsOnly(java.util.Map.entry("Reuters", 1), java.util.Map.entry("Yahoo News", 0));
    }

    @Test
    void theResultDoesNotDependOnArrivalOrder() {
        List<TrendMention> ms = List.of(mention("a", "X", "One", 5), mention("b", "Y", "Two", 3),
                mention("c", "Z", "Three", 4), mention("d", "X", "Four", 1));
        WindowAccumulator forward = new WindowAccumulator();
        ms.forEach(forward::add);
        WindowAccumulator backward = new WindowAccumulator();
        for (int i = ms.size() - 1; i >= 0; i--) {
            backward.add(ms.get(i));
        }
        assertThat(backward.articleCount).isEqualTo(forward.articleCount);
        assertThat(backward.articlesBySource).isEqualTo(forward.articlesBySource);
        assertThat(backward.headlines).extracting(h -> h.text).isEqualTo(forward.headlines.stream().map(h -> h.text).toList());
    }

    @Test
    void fansOutToEachCountryAndEachSortedPair() {
        TaggedArticle a = new TaggedArticle();
        a.articleId = "x";
        a.title = "US and China trade barbs";
        a.source = "Reuters";
        a.eventTime = Instant.parse("2025-08-25T10:00:00Z");
        a.countries.addAll(List.of("US", "CN", "KR"));
        a.topics.addAll(List.of("trade", "diplomacy"));
        List<TrendMention> out = new ArrayList<>();
        new SeriesFanOut().flatMap(a, new ListCollector<>(out));

        assertThat(out).extracting(TrendMention::seriesKey).containsExactlyInAnyOrder(
                "trade|CN", "trade|KR", "trade|US", "trade|CN-KR", "trade|CN-US", "trade|KR-US",
                "diplomacy|CN", "diplomacy|KR", "diplomacy|US", "diplomacy|CN-KR", "diplomacy|CN-US", "diplomacy|KR-US");
    }

    @Test
    void articlesWithoutTopicOrCountryJoinNoSeries() {
        TaggedArticle a = new TaggedArticle();
        a.eventTime = Instant.EPOCH;
        a.countries.add("US");
        List<TrendMention> out = new ArrayList<>();
        new SeriesFanOut().flatMap(a, new ListCollector<>(out));
        assertThat(out).isEmpty();
    }
}
