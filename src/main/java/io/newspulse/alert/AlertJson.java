package io.newspulse.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** The JSON form of an alert, shared by the Kafka topic and the webhook: snake_case, ISO-8601 times. */
public final class AlertJson {
    private AlertJson() {}

    public static String of(TrendAlert a) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("alert_id", a.alertId);
        n.put("severity", a.severity);
        n.put("topic", a.topic);
        n.put("geo", a.geo);
        n.put("window_start", String.valueOf(a.windowStart));
        n.put("window_end", String.valueOf(a.windowEnd));
        n.put("score", a.score);
        n.put("article_count", a.articleCount);
        n.put("source_count", a.sourceCount);
        if (a.share != null) {
            n.put("share", a.share);
        }
        if (a.expectedCount != null) {
            n.put("expected_count", a.expectedCount);
        }
        n.put("headline", a.headline);
        a.headlines.forEach(n.putArray("headlines")::add);
        a.topTerms.forEach(n.putArray("top_terms")::add);
        try {
            return Json.MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + a.alertId, e);
        }
    }

    /** Value of the Kafka record. */
    public static class Value implements SerializationSchema<TrendAlert> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] serialize(TrendAlert a) {
            return of(a).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Key of the Kafka record: the alert id, so consumers can drop the duplicates an at-least-once replay may send. */
    public static class Key implements SerializationSchema<TrendAlert> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] serialize(TrendAlert a) {
            return a.alertId.getBytes(StandardCharsets.UTF_8);
        }
    }
}
