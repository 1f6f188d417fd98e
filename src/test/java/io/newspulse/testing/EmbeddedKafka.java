package io.newspulse.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real Kafka broker (KRaft, one combined broker + controller) in the test JVM, from Kafka's own test kit. */
public final class EmbeddedKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Largest record the broker and {@link #send} accept: room for the tests' oversized pages. */
    public static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    public static EmbeddedKafka start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("message.max.bytes", String.valueOf(MAX_RECORD_BYTES))
                .setConfigProp("replica.fetch.max.bytes", String.valueOf(MAX_RECORD_BYTES))
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new EmbeddedKafka(cluster);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void createTopic(String topic, int partitions) throws Exception {
        createTopic(bootstrapServers(), topic, partitions);
    }

    public void send(String topic, int partitions, List<String> values) throws Exception {
        send(bootstrapServers(), topic, partitions, values);
    }

    public void sendBytes(String topic, int partitions, List<byte[]> values) throws Exception {
        sendBytes(bootstrapServers(), topic, partitions, values);
    }

    public void awaitCommitted(String group, String topic, long records) throws Exception {
        awaitCommitted(bootstrapServers(), group, topic, records);
    }

    /**
     * Creates the topic and waits until the broker names a leader for each partition: a send right after the
     * creation otherwise meets {@code NOT_LEADER_OR_FOLLOWER} while the broker is still applying it.
     */
    public static void createTopic(String bootstrapServers, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            long deadline = System.currentTimeMillis() + 30_000;
            while (true) {
                try {
                    TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                    if (d.partitions().size() == partitions && d.partitions().stream().allMatch(p -> p.leader() != null)) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("topic " + topic + " has no leader for every partition after 30 s");
                }
                Thread.sleep(50);
            }
        }
    }

    /** Sends each record to the partition given by its index modulo {@code partitions}, in order, and waits. */
    public static void send(String bootstrapServers, String topic, int partitions, List<String> values) throws Exception {
        List<byte[]> bytes = new java.util.ArrayList<>(values.size());
        for (String v : values) {
            bytes.add(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
        }
        sendBytes(bootstrapServers, topic, partitions, bytes);
    }

    /**
     * {@link #send} for raw bytes (records that are not text). Order is kept within each partition by one request
     * in flight at a time. Not an idempotent producer: a retried first batch after {@code NOT_LEADER_OR_FOLLOWER}
     * met {@code OUT_OF_ORDER_SEQUENCE_NUMBER} until it expired, the batch behind it having been written first
     * (seen on the test kit's broker); with one request in flight a retry cannot be overtaken.
     */
    public static void sendBytes(String bootstrapServers, String topic, int partitions, List<byte[]> values) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(MAX_RECORD_BYTES));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(2L * MAX_RECORD_BYTES));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                sent.add(producer.send(new ProducerRecord<>(topic, i % partitions, null, values.get(i))));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        }
    }

    /**
     * Waits until consumer group {@code group} has committed offsets covering {@code records} records of
     * {@code topic} (Flink's Kafka source commits on completed checkpoints, so this is "processed and
     * checkpointed").
     */
    public static void awaitCommitted(String bootstrapServers, String group, String topic, long records) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                long sum = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
                if (sum >= records) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("group " + group + " did not commit " + records + " records of " + topic + " within 120 s");
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
