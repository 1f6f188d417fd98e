package io.newspulse.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
        Instant iso = parseIso(s);
        if (iso != null) {
            return iso;
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

    /**
     * The ISO-8601 forms nearly every page uses, read by hand: {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} then {@code Z},
     * {@code ±HH:MM}, {@code ±HHMM} or nothing (UTC). Null for anything else, including impossible dates, which the
     * formatters then try (and reject) as before.
     */
    static Instant parseIso(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, 17, 2);
            i = 19;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return null;
                }
                nano = digits(s, start, i - start);
                for (int k = i - start; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        int offsetMinutes = 0;
        if (i < n) {
            char sign = s.charAt(i);
            int hh;
            int mm;
            if (sign == 'Z' && i + 1 == n) {
                hh = 0;
                mm = 0;
            } else if ((sign == '+' || sign == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
                hh = digits(s, i + 1, 2);
                mm = digits(s, i + 4, 2);
            } else if ((sign == '+' || sign == '-') && n - i == 5) {
                hh = digits(s, i + 1, 2);
                mm = digits(s, i + 3, 2);
            } else {
                return null;
            }
            if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
                return null;
            }
            offsetMinutes = (sign == '-' ? -1 : 1) * (hh * 60 + mm);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || day > YearMonth.of(year, month).lengthOfMonth()
                || Math.abs(offsetMinutes) > 18 * 60) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    /** The number written by {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int length) {
        if (from + length > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
