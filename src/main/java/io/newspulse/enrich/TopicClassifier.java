package io.newspulse.enrich;

import java.util.List;

/** Assigns the topics an article covers, best first (multi-label). */
public interface TopicClassifier {
    default List<TopicScore> classify(String title, String body) {
        return classify(Tokenizer.tokenize(title), Tokenizer.tokenize(body));
    }

    /** {@link #classify(String, String)} on texts already tokenized. */
    List<TopicScore> classify(Tokens title, Tokens body);

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
