package io.newspulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.config.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many readers a source can keep busy: no reader without a file to read. */
class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsReadByOneReader() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");
        assertThat(Sources.readers(files(feed))).isEqualTo(1);
    }

    @Test
    void aFolderByOneReaderPerFileItsReaderWillRead() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        Files.writeString(dir.resolve("b.html"), "<html></html>");
        Files.createDirectories(dir.resolve("2025/03"));
        Files.writeString(dir.resolve("2025/03/c.jsonl"), "{}\n");
        Files.writeString(dir.resolve(".hidden.jsonl"), "{}\n"); // skipped by the file source, as by the count
        Files.writeString(dir.resolve("_SUCCESS"), "");
        assertThat(Sources.readers(files(dir))).isEqualTo(3);
    }

    @Test
    void anEmptyFolderStillHasOneReader() {
        assertThat(Sources.readers(files(dir))).isEqualTo(1);
    }

    @Test
    void kafkaIsNotLimited() {
        JobConfig kafka = ConfigLoader.load(null, List.of("--source.type=kafka"), Map.of());
        assertThat(Sources.readers(kafka)).isEqualTo(Integer.MAX_VALUE);
    }

    private static JobConfig files(Path path) {
        return ConfigLoader.load(null, List.of("--source.type=files", "--source.path=" + path), Map.of());
    }
}
