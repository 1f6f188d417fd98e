package io.newspulse.config;

import java.util.function.Function;

/**
 * One documented configuration key: its name, default, what it means, and how a text value is turned
 * into a typed one. The parser throws {@link IllegalArgumentException} with what is allowed; the
 * loader adds the key's name.
 */
public final class ConfigKey<T> {
    private final String name;
    private final String defaultValue;
    private final String description;
    private final Function<String, T> parser;

    ConfigKey(String name, String defaultValue, String description, Function<String, T> parser) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.description = description;
        this.parser = parser;
    }

    public String name() {
        return name;
    }

    /** The default as written in YAML, or {@code null} when the key is optional and unset by default. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    T parse(String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "Invalid value '" + value + "' for configuration key '" + name + "': " + e.getMessage());
        }
    }
}
