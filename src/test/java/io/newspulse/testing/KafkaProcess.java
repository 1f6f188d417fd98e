package io.newspulse.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * A real Kafka broker (KRaft, combined broker and controller) in its own JVM, on fixed ports and a fixed log
 * directory, so that it can be stopped and started again mid-test the way a broker restarts in production.
 * Started from the Kafka jars on the test classpath ({@code kafka.Kafka}); the in-JVM test kit cannot restart a
 * broker on the same port.
 */
public final class KafkaProcess implements AutoCloseable {
    private static final String ADDRESS_IN_USE = "Address already in use";

    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;

    private KafkaProcess(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    /**
     * Formats the log directory and starts the broker. Should the ports drawn be taken before the broker binds
     * them, it starts afresh on other ports (up to three times); any other failure ends the test with the end of
     * the broker's log in the message.
     */
    public static KafkaProcess start(Path dir) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path attemptDir = dir.resolve("attempt-" + attempt);
            int port = Ports.free();
            int controllerPort = Ports.free();
            while (controllerPort == port) {
                controllerPort = Ports.free();
            }
            KafkaProcess kafka = format(attemptDir, port, controllerPort);
            try {
                kafka.startBroker(1);
                return kafka;
            } catch (IllegalStateException e) {
                if (attempt == 3 || !e.getMessage().contains(ADDRESS_IN_USE)) {
                    throw e;
                }
            }
        }
    }

    private static KafkaProcess format(Path dir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=1",
                "") + "\n");
        KafkaProcess kafka = new KafkaProcess(dir, config, port);
        Process format = kafka.run("format",
                List.of("kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c", config.toString()));
        if (!format.waitFor(120, TimeUnit.SECONDS)) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting the Kafka log directory took over 120 s: "
                    + tail(dir.resolve("format.log"), 0));
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed (exit " + format.exitValue()
                    + "): " + tail(dir.resolve("format.log"), 0));
        }
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Starts the broker again on its port and log directory and waits until it answers. A port still held a
     * moment after the broker died is waited out: up to five tries, two seconds apart.
     */
    public void startBroker() throws Exception {
        startBroker(5);
    }

    private void startBroker(int bindTries) throws Exception {
        Path log = dir.resolve("broker.log");
        for (int tryNo = 1; ; tryNo++) {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            process = run("broker", List.of("kafka.Kafka", config.toString()));
            if (awaitAnswer()) {
                return;
            }
            String output = tail(log, logStart);
            if (process.isAlive()) {
                killBroker();
                throw new IllegalStateException("the Kafka broker did not answer within 120 s; the end of " + log
                        + ":\n" + output);
            }
            if (tryNo >= bindTries || !output.contains(ADDRESS_IN_USE)) {
                throw new IllegalStateException("the Kafka broker exited (" + process.exitValue() + "); the end of "
                        + log + ":\n" + output);
            }
            Thread.sleep(2_000);
        }
    }

    /** True once the broker lists itself, false if it exits or 120 s pass first. */
    private boolean awaitAnswer() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", "2000",
                    "default.api.timeout.ms", "3000"))) {
                if (!admin.describeCluster().nodes().get().isEmpty()) {
                    return true;
                }
            } catch (Exception notYet) {
                Thread.sleep(200);
            }
        }
        return false;
    }

    /** Stops the broker the way an orderly restart does (SIGTERM) and waits for it to exit. */
    public void stopBroker() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills the broker without warning (SIGKILL), as a crashed machine would. */
    public void killBroker() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process run(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "-Dlog4j2.configurationFile=" + writeLogConfig()));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile())).start();
    }

    private String writeLogConfig() throws IOException {
        Path log = dir.resolve("log4j2.properties");
        if (!Files.exists(log)) {
            Files.writeString(log, "rootLogger.level = WARN\nrootLogger.appenderRef.out.ref = out\n"
                    + "appender.out.type = Console\nappender.out.name = out\nappender.out.layout.type = PatternLayout\n"
                    + "appender.out.layout.pattern = %d %-5p %c{1} - %m%n\n");
        }
        return log.toString();
    }

    /**
     * A cluster id as Kafka makes them (a random UUID, URL-safe base64), never starting with '-': the storage tool
     * would read such an id as an option and fail (one start in 64), as Kafka's own {@code Uuid.randomUuid} avoids.
     */
    static String randomClusterId() {
        while (true) {
            UUID u = UUID.randomUUID();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /** The last 40 lines written to a log from a byte offset on, for an error message (CI keeps no temp files). */
    private static String tail(Path log, long from) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int start = (int) Math.min(from, bytes.length);
            List<String> lines = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws Exception {
        stopBroker();
    }
}
