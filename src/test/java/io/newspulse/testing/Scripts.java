package io.newspulse.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the project's own scripts, as an operator would, and returns what they print. */
public final class Scripts {
    private Scripts() {}

    public static String run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out;
        byte[] err;
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " did not finish within " + timeoutSeconds + " s");
        }
        out = p.getInputStream().readAllBytes();
        err = p.getErrorStream().readAllBytes();
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): "
                    + new String(err, StandardCharsets.UTF_8) + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }
}
