package io.newspulse.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentStringsTest {
    @Test
    void equalStringsMetCloseTogetherShareTheFirstInstance() {
        RecentStrings names = new RecentStrings(16);
        String first = new String("tariffs");
        String second = new String("tariffs");
        assertThat(names.of(first)).isSameAs(first);
        assertThat(names.of(second)).isSameAs(first);
        assertThat(names.of(null)).isNull();
    }

    @Test
    void aStringOfTheSameSlotTakesItsPlaceAndIsNeverMistakenForIt() {
        RecentStrings names = new RecentStrings(16);
        String aa = new String("Aa");
        String bb = new String("BB"); // same hash code, same slot
        assertThat(names.of(aa)).isSameAs(aa);
        assertThat(names.of(bb)).isSameAs(bb);
        String aaAgain = new String("Aa");
        assertThat(names.of(aaAgain)).as("Aa was replaced by BB").isSameAs(aaAgain);
    }

    @Test
    void theTableSizeIsAPowerOfTwo() {
        assertThatThrownBy(() -> new RecentStrings(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
