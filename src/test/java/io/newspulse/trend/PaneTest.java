package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.enrich.TaggedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

/** A pane's counts, and the fan-out that feeds panes. */
class PaneTest {
    private static final long HOUR = 3_600_000L;

    private static TrendMention mention(String id, String source, String headline, long t) {
        TrendMention m = new TrendMention("trade", "CN-US", id, source, headline, t, true);
        m.terms.addAll(List.of(headline.toLowerCase(Locale.ROOT).split(" ")));
        return m;
    }

    private static Map<String, Integer> sources(Pane p) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < p.sources.length; i++) {
            assertThat(map.put(p.sources[i], p.sourceArticles[i])).as("sources are distinct").isNull();
        }
        return map;
    }

    private static Map<String, Integer> words(Pane p) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < p.words.length; i++) {
            assertThat(map.put(p.words[i], p.wordCounts[i])).as("words are distinct").isNull();
        }
        return map;
    }

    @Test
    void countsHeadlineWordsOfOriginalArticlesTellingApartWordsOfTheSameHashCode() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Pane acc = new Pane(HOUR);
        acc.add(mention("a", "Aa", "Aa tariffs", 1));
        acc.add(mention("b", "BB", "BB tariffs", 2));
        acc.add(mention("c", "Aa", "Aa BB", 3));
        TrendMention copy = mention("d", "CC", "Aa tariffs", 4);
        copy.original = false;
        acc.add(copy);
        assertThat(words(acc)).containsOnly(Map.entry("aa", 2), Map.entry("bb", 2), Map.entry("tariffs", 2));
        assertThat(sources(acc)).containsOnly(Map.entry("Aa", 2), Map.entry("BB", 1), Map.entry("CC", 0));
    }

    @Test
    void aPaneOfAnEarlierBuildMovesItsMapsIntoTheArrays() {
        Pane expected = new Pane(HOUR);
        expected.add(mention("a", "Reuters", "Tariffs rise", 50));
        expected.add(mention("b", "AP", "Tariffs stall", 40));
        Pane old = new Pane(HOUR); // as restored from a session-7 savepoint: maps, and no arrays
        old.articleCount = 2;
        old.headlines = expected.headlines;
        old.sources = null;
        old.sourceArticles = null;
        old.words = null;
        old.wordCounts = null;
        old.articlesBySource = new HashMap<>(Map.of("Reuters", 1, "AP", 1));
        old.terms = new HashMap<>(Map.of("tariffs", 2, "rise", 1, "stall", 1));

        assertThat(old.restored()).isTrue();
        assertThat(sources(old)).isEqualTo(sources(expected));
        assertThat(words(old)).isEqualTo(words(expected));
        assertThat(old.articlesBySource).isNull();
        assertThat(old.terms).isNull();
        old.add(mention("c", "AP", "Tariffs rise", 45)); // and counts on
        expected.add(mention("c", "AP", "Tariffs rise", 45));
        assertThat(sources(old)).isEqualTo(sources(expected));
        assertThat(words(old)).isEqualTo(words(expected));
        assertThat(old.restored()).as("nothing left to move").isFalse();
    }

    @Test
    void countsArticlesAndDistinctSourcesAndKeepsTheNewestDistinctHeadlines() {
        Pane acc = new Pane(HOUR);
        acc.add(mention("a", "Reuters", "Tariffs rise", 50));
        acc.add(mention("b", "AP", "Tariffs rise", 40));          // syndicated title
        acc.add(mention("c", "Reuters", "Talks stall", 30));
        acc.add(mention("d", "Bloomberg", "Exporters brace", 60));
        acc.add(mention("e", "CNBC", "Markets wobble", 10));

        assertThat(acc.articleCount).isEqualTo(5);
        assertThat(sources(acc)).containsOnly(Map.entry("Reuters", 2), Map.entry("AP", 1), Map.entry("Bloomberg", 1),
                Map.entry("CNBC", 1));
        assertThat(acc.headlines).extracting(h -> h.text).containsExactly("Exporters brace", "Tariffs rise", "Talks stall");
        assertThat(acc.headlines.get(1).eventTimeMillis).as("the newer copy of a title stands for it").isEqualTo(50);
    }

    @Test
    void aSyndicatedCopyAddsItsSourceButNotACount() {
        Pane acc = new Pane(HOUR);
        acc.add(mention("a", "Reuters", "Tariffs rise", 50));
        acc.add(new TrendMention("trade", "CN-US", "a-copy", "Yahoo News", "Tariffs rise", 55, false));
        assertThat(acc.articleCount).isEqualTo(1);
        assertThat(sources(acc)).containsOnly(Map.entry("Reuters", 1), Map.entry("Yahoo News", 0));
    }

    @Test
    void theResultDoesNotDependOnArrivalOrder() {
        List<TrendMention> ms = List.of(mention("a", "X", "One", 5), mention("b", "Y", "Two", 3),
                mention("c", "Z", "Three", 4), mention("d", "X", "Four", 1));
        Pane forward = new Pane(HOUR);
        ms.forEach(forward::add);
        Pane backward = new Pane(HOUR);
        for (int i = ms.size() - 1; i >= 0; i--) {
            backward.add(ms.get(i));
        }
        assertThat(backward.articleCount).isEqualTo(forward.articleCount);
        assertThat(sources(backward)).isEqualTo(sources(forward));
        assertThat(words(backward)).isEqualTo(words(forward));
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
        SeriesFanOut.mentions(a, new ListCollector<>(out));

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
        SeriesFanOut.mentions(a, new ListCollector<>(out));
        assertThat(out).isEmpty();
    }
}
