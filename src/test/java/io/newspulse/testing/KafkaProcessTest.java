package io.newspulse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaProcessTest {
    /** An id starting with '-' is read as an option by Kafka's storage tool (a random id did so once in 64 starts). */
    @Test
    void clusterIdsNeverLookLikeAnOption() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaProcess.randomClusterId();
            assertThat(id).hasSize(22).doesNotStartWith("-").matches("[A-Za-z0-9_-]+");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
