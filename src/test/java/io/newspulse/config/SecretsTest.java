package io.newspulse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordComesFromAFileAndIsNeverPrinted() throws Exception {
        Path file = dir.resolve("pg-password");
        Files.writeString(file, "s3cret\n");
        JobConfig c = ConfigLoader.load(null, List.of("--jdbc.password-file=" + file), Map.of());
        assertThat(Secrets.jdbcPassword(c)).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void kafkaCredentialsComeFromAPropertiesFileAndTheEnvironment() throws Exception {
        Path file = dir.resolve("kafka.properties");
        Files.writeString(file, "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n");
        JobConfig c = ConfigLoader.load(null, List.of("--kafka.properties-file=" + file), Map.of());
        Properties p = Secrets.kafkaProperties(c, Map.of(Secrets.KAFKA_JAAS_ENV, "PlainLoginModule required password=\"x\";"));
        assertThat(p).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN")
                .containsKey("sasl.jaas.config");
        assertThat(c.toString()).doesNotContain("PlainLoginModule");
    }

    @Test
    void anUnreadableSecretFileNamesTheKey() {
        JobConfig c = ConfigLoader.load(null, List.of("--jdbc.password-file=" + dir.resolve("missing")), Map.of());
        assertThatThrownBy(() -> Secrets.jdbcPassword(c)).hasMessageContaining("'jdbc.password-file'");
    }
}
