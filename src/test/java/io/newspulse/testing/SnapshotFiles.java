package io.newspulse.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.OperatorSnapshotUtil;

/**
 * Snapshot files that stand for a build's state in later builds' restore tests: a build writes one when the
 * environment variable {@code NEWSPULSE_WRITE_SNAPSHOT} names the file (the test that writes it is skipped otherwise).
 */
public final class SnapshotFiles {
    private SnapshotFiles() {}

    /** The file asked for; skips the calling test if none is. */
    public static Path requested() {
        String path = System.getenv("NEWSPULSE_WRITE_SNAPSHOT");
        assumeTrue(path != null, "writes a snapshot only when NEWSPULSE_WRITE_SNAPSHOT names a file");
        return Path.of(path);
    }

    public static void write(OperatorSubtaskState snapshot, Path path) throws Exception {
        Files.createDirectories(path.toAbsolutePath().getParent());
        OperatorSnapshotUtil.writeStateHandle(snapshot, path.toString());
    }
}
