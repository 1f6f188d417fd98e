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

    /** The hand-read ISO forms give what the formatters give, and leave everything else to them. */
    @Test
    void theHandReadIsoFormsAgreeWithTheFormatters() {
        java.util.Random random = new java.util.Random(7);
        String[] offsets = {"Z", "+00:00", "-04:00", "+05:30", "+0200", "-0930", "", "+18:00"};
        for (int k = 0; k < 20_000; k++) {
            String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d", 1990 + random.nextInt(50),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
            if (random.nextBoolean()) {
                text += String.format(java.util.Locale.ROOT, ":%02d", random.nextInt(60));
                if (random.nextBoolean()) {
                    text += "." + "123456789".substring(0, 3);
                }
            }
            text += offsets[random.nextInt(offsets.length)];
            Instant expected = formattersOnly(text);
            assertThat(DateParsing.parseIso(text)).as(text).isEqualTo(expected);
        }
        for (String other : new String[] {"2025-02-30T10:00:00Z", "2025-08-25T24:00:00Z", "2025-08-25T10:00:00+19:00",
            "2025-08-25T10:00:00.1234567890Z", "2025-08-25 10:00:00", "2025-08-25T10:00:00z", "2025-08-25T10:00:00+05:30:00",
            "+12025-08-25T10:00:00Z", "2025-08-25T10:00:00Zjunk"}) {
            assertThat(DateParsing.parseIso(other)).as(other).isNull();
        }
    }

    /** The formatters {@link DateParsing#parse} tries after the hand-read forms. */
    private static Instant formattersOnly(String s) {
        for (java.time.format.DateTimeFormatter f : new java.time.format.DateTimeFormatter[] {
            java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new java.time.format.DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]")
                    .appendOffset("+HHMM", "Z").toFormatter(java.util.Locale.ROOT)}) {
            try {
                return java.time.OffsetDateTime.parse(s, f).toInstant();
            } catch (java.time.format.DateTimeParseException ignored) {
                // the next
            }
        }
        return java.time.LocalDateTime.parse(s, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .toInstant(java.time.ZoneOffset.UTC);
    }
}
