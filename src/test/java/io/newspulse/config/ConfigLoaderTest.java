package io.newspulse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private static JobConfig args(String... args) {
        return ConfigLoader.load(null, List.of(args), Map.of());
    }

    @Test
    void defaultsAreValid() {
        JobConfig c = JobConfig.defaults();
        assertThat(c.get(ConfigKeys.SOURCE_TYPE)).isEqualTo("files");
        assertThat(c.get(ConfigKeys.WINDOW_SIZE)).isEqualTo(Duration.ofHours(6));
        assertThat(c.get(ConfigKeys.JDBC_URL)).isEqualTo("jdbc:sqlite:data/newspulse.db");
        assertThat(c.get(ConfigKeys.JDBC_PASSWORD)).isNull();
    }

    @Test
    void theShippedConfigFileMatchesTheDefaults() {
        JobConfig shipped = ConfigLoader.load(Path.of("conf/newspulse.yaml"), List.of(), Map.of());
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertThat((Object) shipped.get(key)).as(key.name()).isEqualTo(JobConfig.defaults().get(key));
        }
    }

    @Test
    void readsNestedYamlAndCommandLineOverridesWin() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "window:\n  size: 12h\n  slide: 2h\nkafka.topic: news\n");
        JobConfig c = ConfigLoader.load(file, List.of("--window.size=24h", "--kafka.bootstrap-servers", "k1:9092,k2:9092"), Map.of());
        assertThat(c.get(ConfigKeys.WINDOW_SIZE)).isEqualTo(Duration.ofHours(24));
        assertThat(c.get(ConfigKeys.WINDOW_SLIDE)).isEqualTo(Duration.ofHours(2));
        assertThat(c.get(ConfigKeys.KAFKA_TOPIC)).isEqualTo("news");
        assertThat(c.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("k1:9092,k2:9092");
    }

    @Test
    void aBadValueNamesTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> args("--window.size=-5m"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'window.size'").hasMessageContaining("duration");
        assertThatThrownBy(() -> args("--window.slide=0s"))
                .hasMessageContaining("'window.slide'").hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> args("--source.type=ftp"))
                .hasMessageContaining("'source.type'").hasMessageContaining("files, kafka");
        assertThatThrownBy(() -> args("--jdbc.url=mysql://x"))
                .hasMessageContaining("'jdbc.url'").hasMessageContaining("jdbc:postgresql");
        assertThatThrownBy(() -> args("--kafka.bootstrap-servers=localhost"))
                .hasMessageContaining("'kafka.bootstrap-servers'").hasMessageContaining("host:port");
        assertThatThrownBy(() -> args("--tagging.min-topic-share=1.5"))
                .hasMessageContaining("'tagging.min-topic-share'").hasMessageContaining("between 0.0 and 1.0");
        assertThatThrownBy(() -> args("--window.size=90m"))
                .hasMessageContaining("'window.size'").hasMessageContaining("multiple of 'window.slide'");
    }

    @Test
    void referenceFilesAreReadBeforeTheJobStarts() {
        assertThatThrownBy(() -> new io.newspulse.enrich.ArticleTagger(args("--tagging.gazetteer=/no/such/gazetteer.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'tagging.gazetteer'")
                .hasMessageContaining("/no/such/gazetteer.yaml");
        assertThatThrownBy(() -> new io.newspulse.enrich.ArticleTagger(args("--tagging.taxonomy=/no/such/taxonomy.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'tagging.taxonomy'");
    }

    @Test
    void unknownKeysAreErrorsWithASuggestion() {
        assertThatThrownBy(() -> args("--window.sise=6h"))
                .hasMessageContaining("Unknown configuration key 'window.sise'").hasMessageContaining("did you mean 'window.size'");
        assertThatThrownBy(() -> args("stray"))
                .hasMessageContaining("--key=value");
    }

    @Test
    void thePasswordComesFromTheEnvironmentAndIsNeverPrinted() {
        JobConfig c = ConfigLoader.load(null, List.of(), Map.of(ConfigLoader.JDBC_PASSWORD_ENV, "s3cret"));
        assertThat(c.get(ConfigKeys.JDBC_PASSWORD)).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret").contains("jdbc.password=******");
    }
}
