package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigKey;
import io.newspulse.config.ConfigKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README is part of the interface: its configuration table and its test command must match the code. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyConfigurationKeyIsDocumentedWithItsDefault() throws IOException {
        String readme = readme();
        List<String> missing = new ArrayList<>();
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            String def = key.defaultValue() == null ? "(unset)" : key.defaultValue();
            String row = "| `" + key.name() + "` | `" + def + "` |";
            if (!readme.contains(row)) {
                missing.add(row);
            }
        }
        assertThat(missing).as("README configuration rows").isEmpty();
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(ci).contains("mvn -B verify");
        assertThat(readme()).contains("mvn -B verify");
    }
}
