package io.newspulse.cli;

import io.newspulse.sample.SampleFeedGenerator;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the deterministic sample feed and its ground truth. */
@Command(name = "generate", description = {
    "Writes the sample feed (JSON lines) to standard output or --out, with its ground truth.",
    "--out FILE.jsonl writes FILE.jsonl and FILE.truth.json; --out DIR writes DIR/feed.jsonl and DIR/ground-truth.json."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", description = "a .jsonl file, or a directory (created when missing)")
    Path out;

    @Option(names = "--seed", defaultValue = "20250815", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--days", defaultValue = "10", description = "days of news (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--start", defaultValue = "2025-08-15T00:00:00Z", description = "first hour (default: ${DEFAULT-VALUE})")
    Instant start;

    @Override
    public Integer call() throws Exception {
        SampleFeedGenerator generator = new SampleFeedGenerator(seed, start, days);
        if (out == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            generator.write(w);
            w.flush();
            return 0;
        }
        Path feed;
        Path truth;
        String name = out.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            feed = out;
            truth = out.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
        } else {
            feed = out.resolve("feed.jsonl");
            truth = out.resolve("ground-truth.json");
        }
        if (feed.toAbsolutePath().getParent() != null) {
            Files.createDirectories(feed.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            int n = generator.write(w);
            System.err.println("newspulse: wrote " + n + " records to " + feed);
        }
        try (Writer w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            generator.writeTruth(w);
            System.err.println("newspulse: wrote the ground truth to " + truth);
        }
        return 0;
    }
}
