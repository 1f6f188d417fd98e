package io.newspulse.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job's configuration: every key of {@link ConfigKeys}, validated once when it is built, immutable
 * afterwards. Values are kept as their validated text so the object stays trivially serializable.
 */
public final class JobConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> values;

    JobConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            String raw = this.values.get(key.name());
            if (raw != null) {
                key.parse(raw);
            }
        }
        validateTogether();
    }

    /** The defaults alone (what the embedded local run uses). */
    public static JobConfig defaults() {
        return new JobConfig(new HashMap<>());
    }

    public <T> T get(ConfigKey<T> key) {
        String raw = values.getOrDefault(key.name(), key.defaultValue());
        return raw == null ? null : key.parse(raw);
    }

    private void validateTogether() {
        long size = get(ConfigKeys.WINDOW_SIZE).toMillis();
        long slide = get(ConfigKeys.WINDOW_SLIDE).toMillis();
        if (slide > size || size % slide != 0) {
            throw new ConfigException("Configuration key 'window.size' (" + size + " ms) must be a multiple of 'window.slide' ("
                    + slide + " ms) and not smaller than it");
        }
        if (size / slide > 1000) {
            throw new ConfigException("Configuration key 'window.slide' is too small for 'window.size': an article would fall in "
                    + size / slide + " windows; at most 1000 are allowed");
        }
        if (get(ConfigKeys.WINDOW_ALLOWED_LATENESS).isNegative()) {
            throw new ConfigException("Configuration key 'window.allowed-lateness' must not be negative");
        }
        if (get(ConfigKeys.WATERMARK_OUT_OF_ORDERNESS).isNegative()) {
            throw new ConfigException("Configuration key 'watermark.out-of-orderness' must not be negative");
        }
    }

    /** The settings as text, secrets masked, for logs. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("JobConfig{");
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            Object v = get(key);
            if (key == ConfigKeys.JDBC_PASSWORD && v != null) {
                v = "******";
            }
            sb.append(key.name()).append('=').append(v).append(", ");
        }
        sb.setLength(sb.length() - 2);
        return sb.append('}').toString();
    }
}
