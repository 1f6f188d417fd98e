package io.newspulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.testing.EmbeddedKafka;
import io.newspulse.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job in a JVM of 1 GB heap (MiniCluster: JobManager and TaskManager together, so the TaskManager
 * has less), fed a burst of 100,000 queued articles — five days of event time, forty countries — plus pages of
 * 5 MB just under the size limit and of 24 MB over it. It must finish (an OutOfMemoryError ends the JVM at
 * once), read every record, reject the oversized pages with their reason and write the trend tables.
 */
class MemoryBoundsITCase {
    private static final int ARTICLES = 100_000;
    private static final String[] COUNTRIES = {"Japan", "Germany", "India", "Brazil", "Canada", "France", "Kenya",
        "Mexico", "Turkey", "Egypt", "Nigeria", "Vietnam", "Poland", "Chile", "Israel", "Iran", "Pakistan", "Spain",
        "Italy", "Sweden", "Norway", "Ghana", "Peru", "Argentina", "Australia", "Indonesia", "Thailand", "Ukraine",
        "Russia", "China", "Saudi Arabia", "South Africa", "Colombia", "Morocco", "Greece", "Portugal", "Ireland",
        "Austria", "Hungary", "Romania"};
    private static final String[] STORIES = {
        "%s's economy grew faster than expected as exports rose and stocks climbed on the data.",
        "The central bank of %s raised interest rates to fight inflation, its governor said.",
        "Hospitals in %s reported new virus cases as a vaccine campaign began in the capital.",
        "Troops in %s were put on alert after a border clash, the defence ministry said.",
        "Voters in %s go to the polls on Sunday in a tight election for parliament.",
        "Farmers in %s warned that drought would cut the wheat harvest and raise food prices."};

    @TempDir
    Path dir;

    @Test
    void aBurstOfQueuedArticlesAndGiantPagesFitInOneGigabyte() throws Exception {
        List<byte[]> records = new ArrayList<>(ARTICLES + 5);
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = 0; i < ARTICLES; i++) {
            records.add(article(i, start.plusMillis(5L * 24 * 3600 * 1000 * i / ARTICLES)));
            if (i % 25_000 == 12_345) {
                records.add(page("giant-" + i, 24 * 1024 * 1024, start.plusMillis(5L * 24 * 3600 * 1000 * i / ARTICLES)));
                records.add(page("large-" + i, 5 * 1000 * 1000 - 200, start.plusMillis(5L * 24 * 3600 * 1000 * i / ARTICLES)));
            }
        }
        String db = "jdbc:sqlite:" + dir.resolve("memory.db");
        String stderr;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopic("burst", 2);
            kafka.sendBytes("burst", 2, records);
            stderr = runJobInItsOwnJvm("-Xmx1g", "--source.type=kafka", "--kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--kafka.topic=burst", "--kafka.starting-offsets=earliest", "--kafka.bounded=true",
                    "--jdbc.url=" + db, "--checkpoint.interval=5s", "--progress=2s");
        }
        long read = 0;
        Matcher m = Pattern.compile("newspulse: ([\\d,]+) articles read").matcher(stderr);
        while (m.find()) {
            read = Math.max(read, Long.parseLong(m.group(1).replace(",", "")));
        }
        assertThat(read).as("every record read (progress lines: %s)", stderr).isEqualTo(records.size());
        List<Map<String, Object>> tooLarge = Tables.query(db, null, null,
                "SELECT COUNT(*) AS n FROM rejected_articles WHERE reason = 'record_too_large'");
        assertThat(((Number) tooLarge.get(0).get("n")).intValue()).isEqualTo(4);
        List<Map<String, Object>> windows = Tables.query(db, null, null,
                "SELECT COUNT(DISTINCT geo) AS geos, MAX(article_count) AS peak FROM trend_windows");
        assertThat(((Number) windows.get(0).get("geos")).intValue()).as("series of many countries").isGreaterThan(30);
        System.out.printf("memory bounds: %d records (%d articles, 4 pages of 24 MB, 4 of 5 MB) in a 1 GB JVM; %s%n",
                records.size(), ARTICLES, stderr.lines().filter(l -> l.contains("articles read")).reduce((a, b) -> b).orElse(""));
    }

    private static byte[] article(int i, Instant published) {
        String country = COUNTRIES[i % COUNTRIES.length];
        ObjectNode o = io.newspulse.Json.MAPPER.createObjectNode();
        o.put("url", "https://burst" + (i % 50) + ".example/" + i);
        o.put("title", String.format(STORIES[(i / 7) % STORIES.length], country).replaceAll("[.,].*", "") + " (" + i + ")");
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 8; s++) {
            body.append(String.format(STORIES[(i / 7 + s) % STORIES.length], country)).append(' ');
        }
        o.put("body", body.append("Report number ").append(i).append('.').toString());
        o.put("publisher", "Burst Wire " + (i % 50));
        o.put("published_at", published.toString());
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(String name, int bytes, Instant published) {
        StringBuilder html = new StringBuilder(bytes + 200).append("<html><head><title>").append(name)
                .append("</title></head><body><article>");
        String paragraph = "<p>Officials in Japan said the economy grew as exports rose and stocks climbed again.</p>\n";
        while (html.length() + paragraph.length() < bytes - 200) {
            html.append(paragraph);
        }
        html.append("</article></body></html>");
        ObjectNode o = io.newspulse.Json.MAPPER.createObjectNode();
        o.put("url", "https://pages.example/" + name);
        o.put("published_at", published.toString());
        o.put("html", html.toString());
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code newspulse run} in a JVM of its own with the given heap, as the launcher starts it; returns its stderr. */
    private String runJobInItsOwnJvm(String heap, String... settings) throws Exception {
        String cp = "target/classes:" + Files.readString(Path.of("target/classpath-runtime.txt")).trim() + ":"
                + Files.readString(Path.of("target/classpath-provided.txt")).trim();
        StringBuilder cmd = new StringBuilder("source scripts/java-opens.sh && exec java " + heap
                + " -XX:+ExitOnOutOfMemoryError \"${FLINK_JAVA_OPENS[@]}\" -Dlog4j.configurationFile=conf/log4j2-local.properties"
                + " -cp \"$NEWSPULSE_CP\" io.newspulse.cli.NewsPulseCli run");
        for (String s : settings) {
            cmd.append(" '").append(s).append('\'');
        }
        Path err = dir.resolve("job.err");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd.toString())
                .redirectOutput(dir.resolve("job.out").toFile()).redirectError(err.toFile());
        pb.environment().put("NEWSPULSE_CP", cp);
        Process p = pb.start();
        if (!p.waitFor(6, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the job did not finish within 6 minutes: " + Files.readString(err));
        }
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as("exit code of the 1 GB job (stderr: %s)", stderr).isZero();
        return stderr;
    }
}
