package io.newspulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.testing.TestFeed;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileFormatTest {
    private static final String BODY = "Officials in Seoul said exports rose sharply in August as chip demand recovered worldwide.";

    @TempDir
    Path dir;

    private final ArticleFileFormat format = new ArticleFileFormat(
            new ArticleDecoder(new IngestLimits(1024 * 1024, 500, 2000, 100_000, 40, Duration.ofDays(1))), 1024 * 1024);

    private static FileSourceSplit split(Path file) throws IOException {
        long size = Files.size(file);
        return new FileSourceSplit("s", new org.apache.flink.core.fs.Path(file.toUri()), 0, size, 0, size);
    }

    private static List<RecordAndPosition<IngestResult>> readAll(BulkFormat.Reader<IngestResult> reader) throws IOException {
        List<RecordAndPosition<IngestResult>> out = new ArrayList<>();
        BulkFormat.RecordIterator<IngestResult> batch;
        while ((batch = reader.readBatch()) != null) {
            RecordAndPosition<IngestResult> r;
            while ((r = batch.next()) != null) {
                out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
            }
            batch.releaseBatch();
        }
        reader.close();
        return out;
    }

    private Path jsonl(int records) throws IOException {
        TestFeed feed = new TestFeed();
        for (int i = 0; i < records; i++) {
            feed.article("Yonhap", "Korean exports rise " + i, BODY, TestFeed.at(i, 0));
        }
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n\n", feed.records()) + "\n");
        return file;
    }

    @Test
    void readsJsonLinesSkippingBlankLinesAndRestoresAfterTheLastEmittedRecord() throws IOException {
        Path file = jsonl(150);
        List<RecordAndPosition<IngestResult>> all = readAll(format.createReader(new Configuration(), split(file)));
        assertThat(all).hasSize(150);
        assertThat(all.get(0).getRecord().article.title).isEqualTo("Korean exports rise 0");
        assertThat(all.get(99).getRecordSkipCount()).isEqualTo(100);

        FileSourceSplit restored = split(file).updateWithCheckpointedPosition(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 100));
        List<RecordAndPosition<IngestResult>> rest = readAll(format.restoreReader(new Configuration(), restored));
        assertThat(rest).hasSize(50);
        assertThat(rest.get(0).getRecord().article.title).isEqualTo("Korean exports rise 100");
        assertThat(rest.get(0).getRecordSkipCount()).isEqualTo(101);
    }

    @Test
    void readsWholeHtmlPagesPlainOrGzipped() throws IOException {
        String html = "<html><head><meta property='article:published_time' content='2025-08-25T09:00:00Z'>"
                + "<title>Korean exports rise | Yonhap</title></head><body><article><p>" + BODY + "</p></article></body></html>";
        Path plain = dir.resolve("page.html");
        Files.writeString(plain, html);
        Path gz = dir.resolve("page2.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        for (Path p : List.of(plain, gz)) {
            List<RecordAndPosition<IngestResult>> r = readAll(format.createReader(new Configuration(), split(p)));
            assertThat(r).hasSize(1);
            assertThat(r.get(0).getRecord().article.title).isEqualTo("Korean exports rise");
            assertThat(r.get(0).getRecord().article.body).isEqualTo(BODY);
        }
    }

    @Test
    void otherFilesAreRejectedNotIgnored() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not an article");
        List<RecordAndPosition<IngestResult>> r = readAll(format.createReader(new Configuration(), split(notes)));
        assertThat(r).hasSize(1);
        assertThat(r.get(0).getRecord().rejection.reason).isEqualTo("unsupported_file");
    }

    @Test
    void pagesOverTheSizeLimitAreRejectedWithoutReadingThemWhole() throws IOException {
        ArticleFileFormat small = new ArticleFileFormat(
                new ArticleDecoder(new IngestLimits(2048, 500, 2000, 100_000, 40, Duration.ofDays(1))), 2048);
        Path big = dir.resolve("big.html");
        Files.writeString(big, "<html><body><p>" + "x".repeat(10_000) + "</p></body></html>");
        List<RecordAndPosition<IngestResult>> r = readAll(small.createReader(new Configuration(), split(big)));
        assertThat(r.get(0).getRecord().rejection.reason).isEqualTo("record_too_large");
    }
}
