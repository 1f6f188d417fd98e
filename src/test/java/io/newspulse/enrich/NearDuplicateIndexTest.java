package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final String BODY = "Officials in Beijing said the new tariffs on steel would take effect next month, "
            + "widening a trade dispute that has rattled exporters on both sides of the Pacific this year.";

    private static final String COPY = BODY + " First published by Reuters.";

    /** A band in which the copy and its original agree (the job sends every band to its index). */
    private static int sharedBand() {
        int[] a = MinHash.of(BODY);
        int[] b = MinHash.of(COPY);
        for (int band = 0; band < MinHash.BANDS; band++) {
            if (MinHash.bandKey(a, band).equals(MinHash.bandKey(b, band))) {
                return band;
            }
        }
        throw new AssertionError("the copy shares no band with its original");
    }

    private static BandProbe probe(String id, String body, long time) {
        return new BandProbe(sharedBand(), id, MinHash.of(body), time);
    }

    @Test
    void theEarliestPublishedIsTheOriginalWhateverArrivesFirst() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new NearDuplicateIndex(86_400_000L, 0.7, 500)), new BandKey(), Types.STRING)) {
            h.open();
            // the copy (published later) reaches the bucket before its original
            h.processElement(new StreamRecord<>(probe("copy", COPY, 2_000), 2_000));
            h.processElement(new StreamRecord<>(probe("original", BODY, 1_000), 1_000));
            h.processWatermark(new Watermark(5_000));

            assertThat(h.extractOutputValues()).extracting(v -> v.articleId + "->" + v.originalId)
                    .containsExactly("original->null", "copy->original");
            // entries leave once the horizon has passed
            h.processWatermark(new Watermark(90_000_000L));
            assertThat(h.numKeyedStateEntries()).isZero();
        }
    }
}
