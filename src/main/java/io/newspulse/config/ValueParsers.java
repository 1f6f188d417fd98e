package io.newspulse.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for configuration values; each failure says what is allowed (also used by commands for their options). */
public final class ValueParsers {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d)");
    private static final Pattern HOST_PORT = Pattern.compile("[^:\\s]+:\\d{1,5}");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private ValueParsers() {}

    static String nonBlank(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a non-empty value is required");
        }
        return value.trim();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String oneOf(String value, String... allowed) {
        String v = nonBlank(value).toLowerCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(v)) {
            throw new IllegalArgumentException("allowed values are " + String.join(", ", allowed));
        }
        return v;
    }

    static boolean bool(String value) {
        return Boolean.parseBoolean(oneOf(value, "true", "false"));
    }

    /** A positive duration such as {@code 500ms}, {@code 30s}, {@code 10m}, {@code 6h}, {@code 2d} or ISO {@code PT1H}. */
    public static Duration positiveDuration(String value) {
        Duration d = duration(value);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the duration must be greater than zero");
        }
        return d;
    }

    static Duration duration(String value) {
        String v = nonBlank(value).toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m":
                case "min": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                default: return Duration.ofDays(n);
            }
        }
        if (v.startsWith("pt") || v.startsWith("p")) {
            try {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (RuntimeException ignored) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException(
                "expected a duration such as 500ms, 30s, 10m, 6h, 2d or ISO-8601 PT1H (negative values are not allowed)");
    }

    static int intInRange(String value, int min, int max) {
        long n;
        try {
            n = Long.parseLong(nonBlank(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number between " + min + " and " + max);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("expected a whole number between " + min + " and " + max);
        }
        return (int) n;
    }

    static double doubleInRange(String value, double min, double max) {
        double d;
        try {
            d = Double.parseDouble(nonBlank(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number between " + min + " and " + max);
        }
        if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException("expected a number between " + min + " and " + max);
        }
        return d;
    }

    /** A byte size such as {@code 2mb}, {@code 512kb} or a plain number of bytes. */
    static long byteSize(String value, long min, long max) {
        Matcher m = SIZE.matcher(nonBlank(value).toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 2mb, 512kb or a number of bytes");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long bytes = switch (unit) {
            case "kb" -> n * 1024;
            case "mb" -> n * 1024 * 1024;
            case "gb" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
        if (bytes < min || bytes > max) {
            throw new IllegalArgumentException("expected a size between " + min + " and " + max + " bytes");
        }
        return bytes;
    }

    static String jdbcUrl(String value) {
        String v = nonBlank(value);
        if (!v.startsWith("jdbc:sqlite:") && !v.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("expected a jdbc:sqlite:… or jdbc:postgresql://… URL");
        }
        return v;
    }

    static String httpUrlOrNull(String value) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return v;
            }
        } catch (java.net.URISyntaxException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("expected an http:// or https:// URL with a host");
    }

    static String hostPorts(String value) {
        String v = nonBlank(value);
        for (String hp : v.split(",")) {
            if (!HOST_PORT.matcher(hp.trim()).matches()) {
                throw new IllegalArgumentException("expected host:port[,host:port…]");
            }
        }
        return v;
    }
}
