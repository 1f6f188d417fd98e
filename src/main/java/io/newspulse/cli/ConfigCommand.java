package io.newspulse.cli;

import io.newspulse.config.ConfigKey;
import io.newspulse.config.ConfigKeys;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints every configuration key with its default and meaning, as the README's Markdown table. */
@Command(name = "config", description = "Prints all configuration keys, defaults and meanings (Markdown).")
final class ConfigCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println(table());
        return 0;
    }

    static String table() {
        StringBuilder sb = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            String def = key.defaultValue() == null ? "(unset)" : key.defaultValue();
            sb.append("| `").append(key.name()).append("` | `").append(def).append("` | ")
                    .append(key.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString().stripTrailing();
    }
}
