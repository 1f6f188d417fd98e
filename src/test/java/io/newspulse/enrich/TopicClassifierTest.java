package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
    private static Taxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = Taxonomy.load(null);
    }

    private static List<String> topics(String title, String body) {
        return new TaxonomyTopicClassifier(taxonomy, 3.0, 0.35).classify(title, body).stream()
                .map(t -> t.topic).collect(Collectors.toList());
    }

    @Test
    void coversTheRequiredTopics() {
        assertThat(taxonomy.topics().keySet()).contains("trade", "diplomacy", "defense", "economy", "energy",
                "technology", "politics", "health", "climate");
        assertThat(taxonomy.topics()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void classifiesByWeightedPhrasesInAnyForm() {
        assertThat(topics("Tariffs hit exporters", "The trade war widened as new tariffs took effect.")).first().isEqualTo("trade");
        assertThat(topics("Central bank cuts interest rates", "")).first().isEqualTo("central_banks");
        assertThat(topics("Oil prices climb", "Crude rose as OPEC cut output.")).first().isEqualTo("energy");
        assertThat(topics("Vaccine campaign launched after outbreak", "")).first().isEqualTo("health");
    }

    @Test
    void negativePhrasesAndSideRemarksDoNotMakeTopics() {
        assertThat(topics("Lakers make a move before the trade deadline", "The trade deadline passed quietly.")).doesNotContain("trade");
        List<String> t = topics("New tariffs in the trade war", "Tariffs and duties rose again as the trade war escalated. "
                + "One hospital was mentioned.");
        assertThat(t).contains("trade").doesNotContain("health");
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(topics("Officials who spoke", "Those who attended said nothing.")).doesNotContain("health");
        assertThat(topics("WHO declares outbreak over", "")).contains("health");
    }

    @Test
    void articlesWithoutTopicVocabularyGetNoTopic() {
        assertThat(topics("A quiet day", "Nothing of note happened in the town today.")).isEmpty();
    }
}
