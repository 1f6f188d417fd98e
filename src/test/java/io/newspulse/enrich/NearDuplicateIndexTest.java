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
        return new BandProbe(sharedBand(), id, MinHash.of(body), time, false);
    }

    private static BandProbe lateProbe(String id, String body, long time) {
        return new BandProbe(sharedBand(), id, MinHash.of(body), time, true);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> index() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(
                        new NearDuplicateIndex(86_400_000L, 3_600_000L, 0.7, 500)), new BandKey(), Types.STRING);
        h.open();
        return h;
    }

    @Test
    void theEarliestPublishedIsTheOriginalWhateverArrivesFirst() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h = index()) {
            // the copy (published later) reaches the bucket before its original
            h.processElement(new StreamRecord<>(probe("copy", COPY, 2_000), 2_000));
            h.processElement(new StreamRecord<>(probe("original", BODY, 1_000), 1_000));
            h.processWatermark(new Watermark(5_000));

            assertThat(h.extractOutputValues()).extracting(v -> v.articleId + "->" + v.originalId)
                    .containsExactly("original->null", "copy->original");
            // entries leave once the horizon and the allowed lateness have passed
            h.processWatermark(new Watermark(100_000_000L));
            assertThat(h.numKeyedStateEntries()).isZero();
        }
    }

    /**
     * A probe already behind the watermark is answered at once, not at the next watermark: its article goes on behind
     * the watermark it was judged against, so its windows are the same however far the watermark gets meanwhile.
     */
    @Test
    void aProbeBehindTheWatermarkIsAnsweredAtOnce() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h = index()) {
            h.processElement(new StreamRecord<>(probe("original", BODY, 1_000), 1_000));
            h.processWatermark(new Watermark(10_000));
            h.processElement(new StreamRecord<>(lateProbe("late-copy", COPY, 5_000), 5_000));

            assertThat(h.extractOutputValues()).extracting(v -> v.articleId + "->" + v.originalId)
                    .containsExactly("original->null", "late-copy->original");
        }
    }

    /**
     * An article that was late when it entered the job reaches the index before or after the watermark passes it,
     * depending on how parallel channels interleave; the verdicts must not depend on which.
     */
    @Test
    void aLateArticleGetsTheSameVerdictsWhetherTheWatermarkHasPassedItOrNot() throws Exception {
        for (boolean watermarkFirst : new boolean[] {true, false}) {
            try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h = index()) {
                h.processElement(new StreamRecord<>(probe("earlier", BODY, 1_000), 1_000));
                h.processElement(new StreamRecord<>(probe("later-copy", COPY, 9_000), 9_000));
                if (watermarkFirst) {
                    h.processWatermark(new Watermark(10_000));
                }
                // published between the two, but late at ingestion
                h.processElement(new StreamRecord<>(lateProbe("late-copy", COPY, 5_000), 5_000));
                h.processElement(new StreamRecord<>(lateProbe("late-story", "A different story altogether, about "
                        + "grain exports through the Black Sea and the insurers who cover the ships.", 6_000), 6_000));
                h.processElement(new StreamRecord<>(probe("after", "A different story altogether, about grain exports "
                        + "through the Black Sea and the insurers who cover the ships. More follows.", 20_000), 20_000));
                h.processWatermark(new Watermark(30_000));

                assertThat(h.extractOutputValues()).as("watermark first: %s", watermarkFirst)
                        .extracting(v -> v.articleId + "->" + v.originalId)
                        .containsExactlyInAnyOrder("earlier->null", "later-copy->earlier", "late-copy->earlier",
                                // the late original is not taken as the original of a later article
                                "late-story->null", "after->null");
            }
        }
    }

    @Test
    void aProbeMatchesOnlyOriginalsWithinTheHorizonBeforeIt() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h = index()) {
            h.processElement(new StreamRecord<>(probe("old", BODY, 1_000), 1_000));
            h.processWatermark(new Watermark(2_000));
            // more than the horizon (a day) later, but arriving before the entry's allowed lateness has passed
            h.processElement(new StreamRecord<>(probe("much-later", COPY, 1_000 + 86_400_000L), 1_000 + 86_400_000L));
            h.processWatermark(new Watermark(2_000 + 86_400_000L));

            assertThat(h.extractOutputValues()).extracting(v -> v.articleId + "->" + v.originalId)
                    .containsExactly("old->null", "much-later->null");
        }
    }

    /** A bounded input ends with the watermark at the end of time: the probes still waiting are answered as before. */
    @Test
    void theLastProbesOfABoundedInputStillFindTheirOriginals() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, BandProbe, DuplicateVerdict> h = index()) {
            h.processElement(new StreamRecord<>(probe("original", BODY, 1_000), 1_000));
            h.processElement(new StreamRecord<>(probe("copy", COPY, 2_000), 2_000));
            h.processWatermark(new Watermark(Long.MAX_VALUE));

            assertThat(h.extractOutputValues()).extracting(v -> v.articleId + "->" + v.originalId)
                    .containsExactly("original->null", "copy->original");
        }
    }
}
