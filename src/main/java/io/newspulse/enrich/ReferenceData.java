package io.newspulse.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a YAML reference file: the bundled resource, or a replacement file when a path is configured. */
final class ReferenceData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ReferenceData() {}

    static JsonNode load(String overridePath, String resource) {
        try {
            if (overridePath != null) {
                Path p = Path.of(overridePath);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("reference file not found: " + p.toAbsolutePath());
                }
                return YAML.readTree(p.toFile());
            }
            try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource missing from the jar: " + resource);
                }
                return YAML.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (overridePath != null ? overridePath : resource), e);
        }
    }
}
