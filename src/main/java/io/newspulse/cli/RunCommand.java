package io.newspulse.cli;

import io.newspulse.NewsPulseJob;
import io.newspulse.config.ConfigException;
import io.newspulse.config.JobConfig;
import io.newspulse.config.ValueParsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Runs the job in this JVM on a Flink MiniCluster (the embedded default), printing its progress. */
@Command(name = "run", description = {
    "Runs the job on a local Flink MiniCluster.",
    "Settings: [--config FILE] [--key=value …] (see the README's configuration table)."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--progress", defaultValue = "5s", paramLabel = "INTERVAL",
            description = "print progress every INTERVAL (0 turns it off; default: ${DEFAULT-VALUE})")
    String progress;

    @Option(names = "--checkpoint-dir", defaultValue = "data/checkpoints", paramLabel = "DIR",
            description = "where the local run keeps its checkpoints (default: ${DEFAULT-VALUE})")
    String checkpointDir;

    @Option(names = "--web-ui", arity = "0..1", fallbackValue = "8081", paramLabel = "PORT",
            description = "serve Flink's Web UI on this port while the job runs (default port 8081)")
    Integer webUiPort;

    /** Everything else is a setting; the job's own loader validates and explains them. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Configuration cluster = new Configuration();
        // checkpoints to files: the default in-memory storage refuses any operator state over 5 MB, and a
        // refused checkpoint fails the job, which then replays from the start over and over
        Path checkpoints = Path.of(checkpointDir).toAbsolutePath();
        cluster.setString("execution.checkpointing.storage", "filesystem");
        cluster.setString("execution.checkpointing.dir", checkpoints.toUri().toString());
        try {
            if (!progress.trim().equals("0")) {
                Duration every = ValueParsers.positiveDuration(progress);
                cluster.setString("metrics.reporter.progress.factory.class", ProgressReporter.Factory.class.getName());
                cluster.setString("metrics.reporter.progress.interval", every.toMillis() + " ms");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("newspulse run: --progress '" + progress + "': " + e.getMessage());
            return 2;
        }
        JobConfig config;
        long started = System.nanoTime();
        JobExecutionResult result;
        try {
            config = NewsPulseJob.loadConfig(settings);
            StreamExecutionEnvironment env;
            if (webUiPort != null) {
                cluster.set(RestOptions.PORT, webUiPort);
                env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(cluster);
                System.err.println("newspulse: Flink Web UI at http://localhost:" + webUiPort + " while the job runs");
            } else {
                env = StreamExecutionEnvironment.getExecutionEnvironment(cluster);
            }
            result = NewsPulseJob.run(env, config);
        } catch (ConfigException e) {
            System.err.println("newspulse: " + e.getMessage());
            return 2;
        }
        ProgressReporter.finish();
        System.err.printf("newspulse: job finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return result == null ? 1 : 0;
    }
}
