package io.newspulse.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code conf/newspulse.yaml} (nested or dotted keys) and applies command-line overrides of the
 * form {@code --key=value} or {@code --key value}. Unknown keys are errors, with the closest known key
 * suggested, so a typo never silently falls back to a default.
 */
public final class ConfigLoader {
    /** Environment variable that supplies {@code jdbc.password} without writing it into a file. */
    public static final String JDBC_PASSWORD_ENV = "NEWSPULSE_JDBC_PASSWORD";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {}

    /** Loads the file (if given and present), then the overrides, then the password from the environment. */
    public static JobConfig load(Path file, List<String> args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        if (file != null) {
            values.putAll(readYaml(file));
        }
        values.putAll(parseArgs(args));
        String password = env.get(JDBC_PASSWORD_ENV);
        if (password != null && !password.isEmpty() && !values.containsKey(ConfigKeys.JDBC_PASSWORD.name())) {
            values.put(ConfigKeys.JDBC_PASSWORD.name(), password);
        }
        return new JobConfig(values);
    }

    static Map<String, String> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Configuration file not found: " + file);
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("Configuration file " + file + " is not valid YAML: " + e.getMessage());
        }
        Map<String, String> flat = new LinkedHashMap<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new ConfigException("Configuration file " + file + " must hold a mapping of keys to values");
            }
            flatten("", root, flat);
        }
        flat.keySet().forEach(ConfigLoader::requireKnown);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                flatten(key, value, out);
            } else if (value.isNull()) {
                out.put(key, "");
            } else if (value.isValueNode()) {
                out.put(key, value.asText());
            } else {
                throw new ConfigException("Configuration key '" + key + "' must be a single value, not a list");
            }
        }
    }

    static Map<String, String> parseArgs(List<String> args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new ConfigException("Unexpected argument '" + arg + "': settings are given as --key=value");
            }
            String body = arg.substring(2);
            String key;
            String value;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                key = body.substring(0, eq);
                value = body.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                key = body;
                value = args.get(++i);
            } else {
                throw new ConfigException("Configuration key '" + body + "' needs a value: --" + body + "=…");
            }
            requireKnown(key);
            out.put(key, value);
        }
        return out;
    }

    static void requireKnown(String key) {
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            if (k.name().equals(key)) {
                return;
            }
        }
        throw new ConfigException("Unknown configuration key '" + key + "'" + suggestion(key)
                + ". Known keys are listed in the README's configuration table.");
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            int d = distance(key, k.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = k.name();
            }
        }
        return best != null && bestDistance <= Math.max(3, key.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
