package io.newspulse.ingest;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes each Kafka record into an article or a rejection inside the source, so the watermark is
 * generated per partition from the article's real published time (which, for raw pages, is only
 * known after extraction).
 */
public class KafkaArticleDeserializer implements KafkaRecordDeserializationSchema<IngestResult> {
    private static final long serialVersionUID = 1L;

    private final ArticleDecoder decoder;

    public KafkaArticleDeserializer(ArticleDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<IngestResult> out) {
        RecordOrigin origin = RecordOrigin.kafka(record.topic(), record.partition(), record.offset(), record.timestamp());
        out.collect(decoder.decodeEnvelope(record.value(), origin));
    }

    @Override
    public TypeInformation<IngestResult> getProducedType() {
        return TypeInformation.of(IngestResult.class);
    }
}
