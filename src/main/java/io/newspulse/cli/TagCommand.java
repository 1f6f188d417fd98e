package io.newspulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import io.newspulse.NewsPulseJob;
import io.newspulse.config.ConfigException;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.KeyTerms;
import io.newspulse.enrich.Taggers;
import io.newspulse.enrich.Tokenizer;
import io.newspulse.enrich.Tokens;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Tags articles the way the job does, one JSON object per line, so any labelled corpus can be scored against
 * it: reads {@code {id, title, body, published_at, language}} and writes {@code {id, language, countries:
 * [{code, weight}], topics: [{name, score}], terms: [...]}}; an article that is not in English gets its
 * language and no tags, as in the job. A line that cannot be read gives {@code {id, error}} in its place,
 * so output lines stay aligned with input lines.
 */
@Command(name = "tag", description = {
    "Tags JSONL articles {id, title, body} with countries, topics and key terms (JSONL out).",
    "Tagging settings may follow: --tagging.min-country-salience=… etc. (see the configuration table)."})
final class TagCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a JSONL file, or - for standard input")
    String input;

    @Option(names = "--out", description = "file to write (default: standard output)")
    Path out;

    @Option(names = "--terms", defaultValue = "8", description = "key terms per article (default: ${DEFAULT-VALUE})")
    int terms;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Taggers taggers;
        try {
            taggers = Taggers.from(NewsPulseJob.loadConfig(settings));
        } catch (ConfigException e) {
            System.err.println("newspulse tag: " + e.getMessage());
            return 2;
        }
        int lines = 0;
        int errors = 0;
        try (BufferedReader in = new BufferedReader("-".equals(input)
                        ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8));
                Writer w = new BufferedWriter(out == null
                        ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                ObjectNode result = tag(line, taggers, terms);
                if (result.has("error")) {
                    errors++;
                }
                w.write(Json.MAPPER.writeValueAsString(result));
                w.write('\n');
            }
        }
        System.err.printf("newspulse: tagged %d articles%s%n", lines - errors, errors == 0 ? "" : ", " + errors + " unreadable");
        return 0;
    }

    static ObjectNode tag(String line, Taggers taggers, int maxTerms) {
        ObjectNode result = Json.MAPPER.createObjectNode();
        JsonNode article;
        try {
            article = Json.MAPPER.readTree(line);
        } catch (Exception e) {
            result.putNull("id");
            result.put("error", "invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return result;
        }
        JsonNode id = article.get("id");
        result.set("id", id == null ? Json.MAPPER.nullNode() : id);
        if (!article.isObject() || !article.path("title").isTextual() && !article.path("body").isTextual()) {
            result.put("error", "expected an object with a text 'title' or 'body'");
            return result;
        }
        Tokens title = Tokenizer.tokenize(article.path("title").asText(""));
        Tokens body = Tokenizer.tokenize(article.path("body").asText(""));
        Taggers.Tags tags = taggers.tag(article.path("language").asText(null), title, body);
        result.put("language", tags.language);
        ArrayNode countries = result.putArray("countries");
        ArrayNode topics = result.putArray("topics");
        ArrayNode terms = result.putArray("terms");
        if (!tags.isTagged()) {
            return result; // the job keeps it out of every series, so no tags here either
        }
        for (CountryScore c : tags.countries) {
            countries.addObject().put("code", c.code).put("weight", round(c.salience));
        }
        for (TopicScore t : tags.topics) {
            topics.addObject().put("name", t.topic).put("score", round(t.score));
        }
        KeyTerms.of(title, body, taggers.gazetteer, maxTerms).forEach(terms::add);
        return result;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
