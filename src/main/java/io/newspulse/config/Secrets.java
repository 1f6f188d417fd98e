package io.newspulse.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Credentials, read where operators keep them: the environment or files (mounted secrets), never the
 * committed configuration. Nothing here is ever logged.
 */
public final class Secrets {
    /** Environment variable holding the SASL JAAS line for Kafka (overrides the properties file's). */
    public static final String KAFKA_JAAS_ENV = "NEWSPULSE_KAFKA_SASL_JAAS_CONFIG";

    private Secrets() {}

    /** The database password: {@code jdbc.password}, else the first line of {@code jdbc.password-file}, else null. */
    public static String jdbcPassword(JobConfig config) {
        String password = config.get(ConfigKeys.JDBC_PASSWORD);
        if (password != null) {
            return password;
        }
        String file = config.get(ConfigKeys.JDBC_PASSWORD_FILE);
        if (file == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (IOException e) {
            throw new ConfigException("Configuration key 'jdbc.password-file': cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Extra Kafka client properties from {@code kafka.properties-file} and the environment. */
    public static Properties kafkaProperties(JobConfig config, java.util.Map<String, String> env) {
        Properties props = new Properties();
        String file = config.get(ConfigKeys.KAFKA_PROPERTIES_FILE);
        if (file != null) {
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new ConfigException("Configuration key 'kafka.properties-file': cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
        String jaas = env.get(KAFKA_JAAS_ENV);
        if (jaas != null && !jaas.isBlank()) {
            props.setProperty("sasl.jaas.config", jaas);
        }
        return props;
    }
}
