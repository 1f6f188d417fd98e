package io.newspulse.ingest;

import io.newspulse.config.ConfigException;
import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.config.Secrets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** Builds the configured source; both kinds decode records into articles or rejections. */
public final class Sources {
    private Sources() {}

    public static Source<IngestResult, ?, ?> fromConfig(JobConfig config) {
        ArticleDecoder decoder = new ArticleDecoder(IngestLimits.from(config));
        return "kafka".equals(config.get(ConfigKeys.SOURCE_TYPE)) ? kafka(config, decoder) : files(config, decoder);
    }

    /**
     * How many readers the configured source can keep busy: for files, one per file (a reader without a file would end
     * at once, and the router's union state cannot be checkpointed once part of its tasks have ended: every checkpoint
     * of the rest of the run would be declined, and a stop with a savepoint would fail); for Kafka, no limit (an
     * unbounded reader without a partition stays idle, it does not end).
     */
    public static int readers(JobConfig config) {
        if ("kafka".equals(config.get(ConfigKeys.SOURCE_TYPE))) {
            return Integer.MAX_VALUE;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get(config.get(ConfigKeys.SOURCE_PATH)))) {
            // as FileSource's default filter: names starting with '.' or '_' are skipped
            long n = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().startsWith("_")).count();
            return (int) Math.max(1, Math.min(n, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new ConfigException("Configuration key 'source.path': cannot list "
                    + config.get(ConfigKeys.SOURCE_PATH) + ": " + e.getMessage());
        }
    }

    public static KafkaSource<IngestResult> kafka(JobConfig config, ArticleDecoder decoder) {
        KafkaSourceBuilder<IngestResult> b = KafkaSource.<IngestResult>builder()
                .setBootstrapServers(config.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS))
                .setTopics(config.get(ConfigKeys.KAFKA_TOPIC))
                .setGroupId(config.get(ConfigKeys.KAFKA_GROUP_ID))
                .setStartingOffsets(startingOffsets(config.get(ConfigKeys.KAFKA_STARTING_OFFSETS)))
                .setDeserializer(new KafkaArticleDeserializer(decoder))
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperties(Secrets.kafkaProperties(config, System.getenv()));
        if (config.get(ConfigKeys.KAFKA_BOUNDED)) {
            b.setBounded(OffsetsInitializer.latest());
        }
        return b.build();
    }

    private static OffsetsInitializer startingOffsets(String mode) {
        switch (mode) {
            case "earliest":
                return OffsetsInitializer.earliest();
            case "latest":
                return OffsetsInitializer.latest();
            default:
                return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        }
    }

    public static FileSource<IngestResult> files(JobConfig config, ArticleDecoder decoder) {
        String path = config.get(ConfigKeys.SOURCE_PATH);
        File f = new File(path);
        if (!f.exists()) {
            throw new ConfigException("Configuration key 'source.path': " + f.getAbsolutePath()
                    + " does not exist (run `scripts/newspulse generate` to write the sample feed)");
        }
        return FileSource.forBulkFileFormat(
                        new ArticleFileFormat(decoder, config.get(ConfigKeys.LIMITS_MAX_RECORD_BYTES)),
                        new Path(f.getAbsoluteFile().toURI()))
                .build();
    }
}
