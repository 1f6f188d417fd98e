package io.newspulse.enrich;

import java.util.List;

/** Assigns the topics an article covers, best first (multi-label). */
public interface TopicClassifier {
    List<TopicScore> classify(String title, String body);

    /** A topic id from the taxonomy and its score. */
    final class TopicScore {
        public final String topic;
        public final double score;

        public TopicScore(String topic, double score) {
            this.topic = topic;
            this.score = score;
        }

        @Override
        public String toString() {
            return topic + "=" + score;
        }
    }
}
