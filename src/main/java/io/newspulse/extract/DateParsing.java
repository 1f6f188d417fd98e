package io.newspulse.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the date formats news pages and feeds use: ISO-8601 with or without offset (no offset means
 * UTC), RFC 1123 ({@code Mon, 25 Aug 2025 09:00:00 GMT}), plain dates, and epoch seconds or millis.
 * Returns null for anything else: a date is never guessed.
 */
public final class DateParsing {
    private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");
    private static final DateTimeFormatter OFFSET_NO_COLON = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]")
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter SPACE_SEPARATED = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm[:ss]")
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a z", Locale.ENGLISH));

    private DateParsing() {}

    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (DIGITS.matcher(s).matches()) {
            long n = Long.parseLong(s);
            return s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        // each form is tried only if the text can be it: a failed parse throws, and exceptions cost more than the parse
        boolean hasT = s.indexOf('T') > 0 || s.indexOf('t') > 0;
        if (hasT) {
            try {
                return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
            try {
                return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
            try {
                return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (s.indexOf(' ') > 0 && Character.isDigit(s.charAt(0))) {
            try {
                return OffsetDateTime.parse(s, SPACE_SEPARATED).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (s.length() == 10) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        if (!Character.isLetterOrDigit(s.charAt(0))) { // the zoned forms start with a day or month name, or the day
            return null;
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(s, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
