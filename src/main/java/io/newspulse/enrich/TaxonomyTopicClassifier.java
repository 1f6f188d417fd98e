package io.newspulse.enrich;

import io.newspulse.enrich.Taxonomy.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every topic of the {@link Taxonomy} on an article: each phrase found adds its weight for up to
 * {@value #MAX_OCCURRENCES} occurrences (so one repeated word cannot carry a topic), headline phrases
 * count double, negative phrases subtract. Topics at or above {@code minScore} and at or above a share of
 * the best topic's score are returned, best first.
 */
public final class TaxonomyTopicClassifier implements TopicClassifier {
    static final int MAX_OCCURRENCES = 3;
    static final double HEADLINE_FACTOR = 2;

    private final Taxonomy taxonomy;
    private final double minScore;
    private final double minShareOfBest;

    /**
     * @param minScore absolute score a topic needs
     * @param minShareOfBest fraction of the best topic's score a topic needs too (0 keeps every topic over minScore)
     */
    public TaxonomyTopicClassifier(Taxonomy taxonomy, double minScore, double minShareOfBest) {
        this.taxonomy = taxonomy;
        this.minScore = minScore;
        this.minShareOfBest = minShareOfBest;
    }

    @Override
    public List<TopicScore> classify(Tokens title, Tokens body) {
        // keyed by identity: each phrase has one list of cues
        Map<List<Cue>, Integer> bodyCounts = new IdentityHashMap<>();
        Map<List<Cue>, Integer> titleCounts = new IdentityHashMap<>();
        count(title, titleCounts);
        count(body, bodyCounts);

        Map<String, Double> scores = new HashMap<>();
        addScores(titleCounts, HEADLINE_FACTOR, scores);
        addScores(bodyCounts, 1, scores);

        double best = 0;
        for (double s : scores.values()) {
            best = Math.max(best, s);
        }
        double threshold = Math.max(minScore, best * minShareOfBest);
        java.util.Set<String> kept = new java.util.HashSet<>();
        scores.forEach((topic, s) -> {
            if (s >= threshold) {
                kept.add(topic);
            }
        });
        // a story is counted once, under the most specific topic: a central-bank story that also scores as
        // economy is a central-bank story (the taxonomy's `parent`)
        List<TopicScore> result = new ArrayList<>();
        for (String topic : kept) {
            if (!isParentOfAnother(topic, kept)) {
                result.add(new TopicScore(topic, scores.get(topic)));
            }
        }
        result.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : a.topic.compareTo(b.topic));
        return result;
    }

    private boolean isParentOfAnother(String topic, java.util.Set<String> kept) {
        for (String other : kept) {
            Taxonomy.Topic t = taxonomy.topics().get(other);
            if (!other.equals(topic) && t != null && topic.equals(t.parent)) {
                return true;
            }
        }
        return false;
    }

    private void count(Tokens tokens, Map<List<Cue>, Integer> counts) {
        taxonomy.matcher().match(tokens, m -> counts.merge(m.value, 1, Integer::sum));
    }

    private static void addScores(Map<List<Cue>, Integer> counts, double factor, Map<String, Double> scores) {
        counts.forEach((cues, n) -> {
            int occurrences = Math.min(n, MAX_OCCURRENCES);
            for (Cue cue : cues) {
                scores.merge(cue.topic, cue.weight * occurrences * factor, Double::sum);
            }
        });
    }
}
