package io.newspulse.testing;

import java.io.IOException;
import java.net.ServerSocket;
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
    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;

    private KafkaProcess(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    /** Formats the log directory and starts the broker. */
    public static KafkaProcess start(Path dir) throws Exception {
        Files.createDirectories(dir);
        int port = freePort();
        int controllerPort = freePort();
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
        kafka.run("format", List.of("kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c", config.toString()))
                .waitFor(120, TimeUnit.SECONDS);
        kafka.startBroker();
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker (again) and waits until it answers. */
    public void startBroker() throws Exception {
        process = run("broker", List.of("kafka.Kafka", config.toString()));
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited: see " + dir.resolve("broker.log"));
            }
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", "2000",
                    "default.api.timeout.ms", "3000"))) {
                if (!admin.describeCluster().nodes().get().isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Kafka broker did not answer within 120 s");
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

    private static String randomClusterId() {
        UUID u = UUID.randomUUID();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        stopBroker();
    }
}
