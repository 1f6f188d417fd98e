package io.newspulse.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import io.newspulse.extract.HtmlCharset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Reads article files for local runs and replays: {@code .jsonl}/{@code .json} files hold one envelope
 * per line, {@code .html}/{@code .htm} files hold one page each; any of them may be gzipped. Records are
 * decoded here, in the source, like Kafka records. The checkpointed position counts records already
 * emitted, so a restore skips exactly those.
 */
public class ArticleFileFormat implements BulkFormat<IngestResult, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    private static final int LINES_PER_BATCH = 64;

    private final ArticleDecoder decoder;
    private final long maxRecordBytes;

    public ArticleFileFormat(ArticleDecoder decoder, long maxRecordBytes) {
        this.decoder = decoder;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Reader<IngestResult> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new FileReader(split, 0);
    }

    @Override
    public Reader<IngestResult> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new FileReader(split, skip);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<IngestResult> getProducedType() {
        return TypeInformation.of(IngestResult.class);
    }

    enum Kind { LINES, PAGE, UNSUPPORTED }

    static Kind kindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return Kind.LINES;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.PAGE;
        }
        return Kind.UNSUPPORTED;
    }

    private final class FileReader implements BulkFormat.Reader<IngestResult> {
        private final String path;
        private final Kind kind;
        private final FSDataInputStream raw;
        private final InputStream in;
        private BufferedReader lines;
        private long emitted;
        private long lineNumber;
        private boolean done;

        FileReader(FileSourceSplit split, long alreadyEmitted) throws IOException {
            Path p = split.path();
            this.path = p.getPath();
            this.kind = kindOf(p.getName());
            this.raw = kind == Kind.UNSUPPORTED ? null : FileSystem.get(p.toUri()).open(p);
            this.in = raw == null ? null : p.getName().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            if (kind == Kind.LINES) {
                lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            // skip what a previous attempt already emitted (the restored position), without decoding it
            if (kind != Kind.LINES) {
                emitted = alreadyEmitted;
                done = alreadyEmitted > 0;
            }
            while (kind == Kind.LINES && emitted < alreadyEmitted && !done) {
                done = nextLine() == null;
                emitted++;
            }
        }

        @Override
        public RecordIterator<IngestResult> readBatch() throws IOException {
            if (done) {
                return null;
            }
            long skipBefore = emitted;
            List<IngestResult> batch = new ArrayList<>();
            int max = kind == Kind.LINES ? LINES_PER_BATCH : 1;
            while (batch.size() < max) {
                IngestResult r = next();
                if (r == null) {
                    done = true;
                    break;
                }
                batch.add(r);
            }
            if (batch.isEmpty()) {
                return null;
            }
            return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, skipBefore);
        }

        /** The next record of the file, or null at its end. Blank lines are not records. */
        private IngestResult next() throws IOException {
            switch (kind) {
                case UNSUPPORTED:
                    if (emitted > 0) {
                        return null;
                    }
                    emitted++;
                    return ArticleDecoder.reject(RecordOrigin.page(path), null, RejectReason.UNSUPPORTED_FILE,
                            "not an article file: " + path, "");
                case PAGE:
                    if (emitted > 0) {
                        return null;
                    }
                    emitted++;
                    return readPage();
                default:
                    String line = nextLine();
                    if (line == null) {
                        return null;
                    }
                    emitted++;
                    return decoder.decodeEnvelope(line.getBytes(StandardCharsets.UTF_8), RecordOrigin.fileLine(path, lineNumber));
            }
        }

        private String nextLine() throws IOException {
            String line;
            do {
                line = lines.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
            return line;
        }

        private IngestResult readPage() throws IOException {
            RecordOrigin origin = RecordOrigin.page(path);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
            if (bytes.length > maxRecordBytes) {
                return ArticleDecoder.reject(origin, null, RejectReason.RECORD_TOO_LARGE,
                        "page larger than limits.max-record-bytes " + maxRecordBytes, "");
            }
            return decoder.decodePage(HtmlCharset.decode(bytes), origin);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
