package io.newspulse.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for servers a test starts (and may restart) on a fixed port.
 *
 * <p>A port from {@code new ServerSocket(0)} comes from the kernel's ephemeral range, the range every outgoing
 * connection in the test JVM (Kafka clients, JDBC, Flink's RPC) also takes its local port from: between the probe
 * and the server's bind, or while a server is down for a restart, a client can take that port and the server then
 * fails to start ("Address already in use"). These ports are drawn below the ephemeral range instead (Linux's
 * default starts at 32768), where only listening servers go.
 */
public final class Ports {
    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;

    private Ports() {
    }

    /** A port on the loopback interface that nothing listens on now, outside the ephemeral range. */
    public static int free() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IOException("no free port between " + LOW + " and " + HIGH + " after 200 draws");
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
