package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.config.ConfigLoader;
import io.newspulse.enrich.Taggers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tagger with its default settings on the project's labelled development set
 * ({@code src/test/resources/tagging/dev.jsonl}: headlines and leads across many countries and topics, with
 * the usual traps), and on the archive-style set ({@code dev-archive.jsonl}: 1980s–90s wire stories, with the
 * names, leaders and vocabulary of that time). Guards the figures reported in docs/QUALITY.md against regressions.
 */
class TaggingDevSetTest {
    @Test
    void microF1OnTheDevelopmentSetStaysAtItsReportedLevel() throws Exception {
        assertMicroF1("dev.jsonl", 300, 0.97, 0.89);
    }

    @Test
    void microF1OnTheArchiveStyleSetStaysAtItsReportedLevel() throws Exception {
        assertMicroF1("dev-archive.jsonl", 40, 0.95, 0.84);
    }

    private static void assertMicroF1(String set, int minArticles, double countries, double topics) throws Exception {
        ScoreTagsCommand.Result r = ScoreTagsCommand.score(Path.of("src/test/resources/tagging", set),
                Taggers.from(ConfigLoader.load(null, List.of(), Map.of())));
        String report = ScoreTagsCommand.report(r.articles, r.countries, r.topics) + String.join("\n", r.mistakes);
        assertThat(r.articles).isGreaterThanOrEqualTo(minArticles);
        assertThat(r.countries.micro.f1()).as(report).isGreaterThanOrEqualTo(countries);
        assertThat(r.topics.micro.f1()).as(report).isGreaterThanOrEqualTo(topics);
    }
}
