package io.newspulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    @Test
    void readsTheFormatsNewsUses() {
        Instant t = Instant.parse("2025-08-25T13:12:00Z");
        assertThat(DateParsing.parse("2025-08-25T13:12:00Z")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25T09:12:00-04:00")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25T15:12:00+0200")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25T13:12:00")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25 13:12:00")).isEqualTo(t);
        assertThat(DateParsing.parse("Mon, 25 Aug 2025 13:12:00 GMT")).isEqualTo(t);
        assertThat(DateParsing.parse("25 Aug 2025 13:12:00 GMT")).as("RFC 1123 without the day of the week").isEqualTo(t);
        assertThat(DateParsing.parse("Mon, 25 Aug 2025 09:12 EDT")).isEqualTo(t);
        assertThat(DateParsing.parse("August 25, 2025 9:12 AM EDT")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25t13:12:00z")).as("ISO in lower case").isEqualTo(t);
        assertThat(DateParsing.parse("1756127520")).isEqualTo(t);
        assertThat(DateParsing.parse("1756127520000")).isEqualTo(t);
        assertThat(DateParsing.parse("2025-08-25")).isEqualTo(Instant.parse("2025-08-25T00:00:00Z"));
    }

    @Test
    void neverGuesses() {
        assertThat(DateParsing.parse("yesterday")).isNull();
        assertThat(DateParsing.parse("")).isNull();
        assertThat(DateParsing.parse(null)).isNull();
        assertThat(DateParsing.parse("2025-13-45")).isNull();
    }
}
