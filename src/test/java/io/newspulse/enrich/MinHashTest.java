package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String STORY = "WASHINGTON, Aug 25 (Reuters) - The United States will raise tariffs on Chinese "
            + "steel and aluminium from next month, officials said on Monday, widening a trade dispute that has rattled "
            + "exporters on both sides.\n\nCommerce Department officials said the duties would affect about 300 companies. "
            + "Beijing called the move protectionism and promised a response at the World Trade Organization. "
            + "Analysts warned that supply chains for cars and machinery could be disrupted again.";

    private static boolean shareABand(int[] a, int[] b) {
        for (int band = 0; band < MinHash.BANDS; band++) {
            if (MinHash.bandKey(a, band).equals(MinHash.bandKey(b, band))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aSyndicatedCopyIsAlikeAndMeetsItsOriginalInABand() {
        String copy = STORY.replace("(Reuters)", "(Yahoo News)") + "\n\nThis story was first published by Reuters.";
        int[] a = MinHash.of(STORY);
        int[] b = MinHash.of(copy);
        assertThat(MinHash.similarity(a, b)).isGreaterThanOrEqualTo(0.7);
        assertThat(shareABand(a, b)).isTrue();
        assertThat(MinHash.similarity(a, MinHash.of(STORY))).isEqualTo(1.0);
    }

    @Test
    void anIndependentStoryOnTheSameSubjectIsNotACopy() {
        String other = "BEIJING, Aug 25 (AP) - China vowed on Monday to retaliate against new U.S. tariffs on its steel, "
                + "saying Washington had broken its promises.\n\nThe Commerce Ministry said it would take all necessary "
                + "measures. Chinese steelmakers have already cut exports to America by a third this year, industry data "
                + "show, and shipments to Southeast Asia have risen.";
        assertThat(MinHash.similarity(MinHash.of(STORY), MinHash.of(other))).isLessThan(0.3);
    }

    /** Texts of known resemblance: the estimate must be right on average, not only for the two stories above. */
    @Test
    void estimatesTheJaccardSimilarityOfShingleSets() {
        java.util.Random random = new java.util.Random(7);
        for (double jaccard : new double[] {0.2, 0.5, 0.8}) {
            double sum = 0;
            int pairs = 300;
            for (int p = 0; p < pairs; p++) {
                // two texts of distinct random words sharing a run of words; shingles of 3 words
                int shared = 60;
                int own = (int) Math.round(shared * (1 - jaccard) / (2 * jaccard)); // each text's own part
                String common = words(random, shared);
                String a = common + " " + words(random, own);
                String b = common + " " + words(random, own);
                double shinglesShared = shared - 2;
                double union = shinglesShared + 2 * own;
                double truth = shinglesShared / union;
                sum += MinHash.similarity(MinHash.of(a), MinHash.of(b)) - truth;
            }
            assertThat(sum / pairs).as("mean error at Jaccard %.1f", jaccard).isBetween(-0.04, 0.04);
        }
    }

    @Test
    void aTextWithoutWordsHasAnEmptySignatureAndAShortTextAFullOne() {
        assertThat(MinHash.of("")).containsOnly(Integer.MAX_VALUE);
        assertThat(MinHash.of("Tariffs rise")).doesNotContain(Integer.MAX_VALUE);
    }

    private static String words(java.util.Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(sb.length() == 0 ? "" : " ").append('w').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        return sb.toString();
    }
}
