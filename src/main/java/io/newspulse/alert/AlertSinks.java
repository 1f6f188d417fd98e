package io.newspulse.alert;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.config.Secrets;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** The optional alert channels besides the table: a Kafka topic and an HTTP webhook. */
public final class AlertSinks {
    private static final int WEBHOOK_IN_FLIGHT = 100;

    private AlertSinks() {}

    public static void attach(DataStream<TrendAlert> alerts, JobConfig config) {
        String topic = config.get(ConfigKeys.ALERTS_KAFKA_TOPIC);
        if (topic != null) {
            alerts.sinkTo(kafka(config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS), topic, Secrets.kafkaProperties(config, System.getenv())))
                    .name("alerts-kafka").uid("sink-alerts-kafka");
        }
        String url = config.get(ConfigKeys.ALERTS_WEBHOOK_URL);
        if (url != null) {
            WebhookNotifier notifier = new WebhookNotifier(url, config.get(ConfigKeys.ALERTS_WEBHOOK_TIMEOUT),
                    config.get(ConfigKeys.ALERTS_WEBHOOK_RETRIES));
            AsyncDataStream.unorderedWait(alerts, notifier, notifier.worstCaseMillis(), TimeUnit.MILLISECONDS, WEBHOOK_IN_FLIGHT)
                    .name("alerts-webhook").uid("alerts-webhook")
                    .sinkTo(new DiscardingSink<>()).name("alerts-webhook-done").uid("alerts-webhook-done");
        }
    }

    static KafkaSink<TrendAlert> kafka(String bootstrapServers, String topic, java.util.Properties clientProperties) {
        return KafkaSink.<TrendAlert>builder()
                .setBootstrapServers(bootstrapServers)
                .setKafkaProducerConfig(clientProperties)
                .setRecordSerializer(KafkaRecordSerializationSchema.<TrendAlert>builder()
                        .setTopic(topic)
                        .setKeySerializationSchema(new AlertJson.Key())
                        .setValueSerializationSchema(new AlertJson.Value())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
