package io.newspulse.report;

import static io.newspulse.sink.TrendRows.alert;
import static io.newspulse.sink.TrendRows.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newspulse.alert.TrendAlert;
import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendRows;
import io.newspulse.trend.TrendWindow;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report over known rows: its sections, spike rows and headlines are asserted in the file, and
 * its charts in a real headless browser (Debian's {@code chromium}), which must run the page's script and
 * draw one chart per series with every window and every alert.
 */
class TrendReportTest {
    private static final Instant T0 = Instant.parse("2025-08-25T00:00:00Z");
    private static final String HOSTILE = "Pentagon </script><script>alert(1)</script> & \"budget\" row";

    @TempDir
    Path dir;

    private Path report;

    private static Instant hour(int h) {
        return T0.plusSeconds(3600L * h);
    }

    @BeforeEach
    void writeReport() throws Exception {
        List<TrendWindow> windows = new ArrayList<>();
        List<TrendAlert> alerts = new ArrayList<>();
        double[] scores = {0.1, 0.2, -0.1, 0.3, Double.NaN, 0.2, 5.0, 7.0, 4.0, 1.0};
        for (int h = 0; h < scores.length; h++) {
            if (Double.isNaN(scores[h])) {
                continue; // no articles in this window: no row, drawn as a gap at zero share
            }
            TrendWindow w = window("trade", "CN-US", hour(h), h >= 6 ? 20 + h : 2, h >= 6 ? 9 : 2, 60, 0.04, scores[h],
                    "US and China trade tariff threats, hour " + h, "Tariffs bite");
            windows.add(w);
            if (h == 6) {
                alerts.add(alert(w, "new"));
            } else if (h == 7) {
                alerts.add(alert(w, "escalation"));
            }
        }
        for (int h = 5; h < 10; h++) {
            windows.add(window("defense", "US", hour(h), 3 + h, 4, 60, 0.05, h == 9 ? 3.5 : 0.5, HOSTILE));
        }
        String url = "jdbc:sqlite:" + dir.resolve("report.db");
        try (Connection c = DriverManager.getConnection(url)) {
            TrendRows.write(c, Dialect.SQLITE, windows, alerts);
            TrendReport.Options options = new TrendReport.Options();
            options.source = url;
            String html = new TrendReport(c, Dialect.SQLITE).render(options, Instant.parse("2026-01-01T00:00:00Z"));
            report = dir.resolve("report.html");
            Files.writeString(report, html, StandardCharsets.UTF_8);
        }
    }

    @Test
    void sectionsSpikesAndHeadlinesAreInTheFile() throws Exception {
        Document doc = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(doc.select("section.series")).extracting(s -> s.attr("data-topic") + "|" + s.attr("data-geo"))
                .as("ranked by peak score").containsExactly("trade|CN-US", "defense|US");
        Element trade = doc.selectFirst("section#series-1");
        assertThat(trade.select("p.summary").text()).contains("Peak score 7.00", "27 articles from 9 sources");
        assertThat(trade.select("tr.spike")).extracting(r -> (r.child(0).text() + " " + r.child(5).text() + " " + r.child(6).text()).trim())
                .containsExactly("2025-08-25 06:00 5.00 new", "2025-08-25 07:00 7.00 escalation", "2025-08-25 08:00 4.00");
        assertThat(trade.select("tr.spike").get(1).select("li")).extracting(Element::text)
                .containsExactly("US and China trade tariff threats, hour 7", "Tariffs bite");
        Element defense = doc.selectFirst("section#series-2");
        assertThat(defense.select("tr.spike li")).extracting(Element::text).containsExactly(HOSTILE);
        assertThat(doc.select("script")).as("the headline cannot open a script").hasSize(2);
        assertThat(doc.select("script[src], link[href], img[src], iframe")).as("nothing loaded from elsewhere").isEmpty();
    }

    @Test
    void aBrowserDrawsEveryWindowAndAlert() throws Exception {
        String chromium = findChromium();
        Document dom = Jsoup.parse(render(chromium, report));
        assertThat(dom.body().attr("data-charts-drawn")).isEqualTo("2");
        Element trade = dom.selectFirst("section#series-1 svg.chart-svg");
        assertThat(trade).as("the script drew the first chart").isNotNull();
        assertThat(trade.attr("data-points")).as("9 rows and one gap").isEqualTo("10");
        assertThat(trade.selectFirst("polyline.share").attr("points").trim().split("\\s+")).hasSize(10);
        assertThat(trade.selectFirst("polygon.baseline-band").attr("points").trim().split("\\s+")).hasSize(20);
        assertThat(trade.select("g.alert-marker")).extracting(g -> g.attr("data-severity"))
                .containsExactly("new", "escalation");
        assertThat(trade.selectFirst("path.score").attr("d")).as("the score breaks at the gap").matches("M[^M]+M[^M]+");
        Element defense = dom.selectFirst("section#series-2 svg.chart-svg");
        assertThat(defense.attr("data-points")).isEqualTo("5");
        assertThat(defense.select("g.alert-marker")).isEmpty();
        assertThat(dom.select("section#series-2 tr.spike li").text()).isEqualTo(HOSTILE);
    }

    /** Debian's chromium, or NEWSPULSE_CHROMIUM; skipped when absent unless NEWSPULSE_REQUIRE_BROWSER is set (CI). */
    static String findChromium() {
        String configured = System.getenv("NEWSPULSE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        String how = "no chromium on PATH: install Debian's chromium (apt-get install chromium) or set NEWSPULSE_CHROMIUM "
                + "to a Chromium binary to run the browser check of the HTML report (.ci/run installs it)";
        if (System.getenv("NEWSPULSE_REQUIRE_BROWSER") != null) {
            fail(how);
        }
        Assumptions.abort(how);
        return null;
    }

    /** The DOM after the page's scripts ran, as headless Chromium serializes it. */
    static String render(String chromium, Path page) throws Exception {
        Path profile = Files.createTempDirectory(page.getParent(), "chromium-profile");
        Path dom = page.resolveSibling("rendered.html");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(page.resolveSibling("chromium.log").toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s");
        }
        assertThat(p.exitValue()).as("chromium exit code (log: %s)", page.resolveSibling("chromium.log")).isZero();
        return Files.readString(dom);
    }
}
