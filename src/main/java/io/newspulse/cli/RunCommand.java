package io.newspulse.cli;

import io.newspulse.NewsPulseJob;
import io.newspulse.config.ConfigException;
import io.newspulse.config.JobConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Runs the job in this JVM on a Flink MiniCluster (the embedded default), or wherever the environment points. */
@Command(name = "run", description = {
    "Runs the job on a local Flink MiniCluster.",
    "Settings: [--config FILE] [--key=value …] (see the README's configuration table)."})
final class RunCommand implements Callable<Integer> {
    /** Everything after {@code run} is a setting; the job's own loader validates and explains them. */
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        JobConfig config;
        long started = System.nanoTime();
        JobExecutionResult result;
        try {
            config = NewsPulseJob.loadConfig(settings);
            result = NewsPulseJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), config);
        } catch (ConfigException e) {
            System.err.println("newspulse: " + e.getMessage());
            return 2;
        }
        System.err.printf("newspulse: job finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return result == null ? 1 : 0;
    }
}
