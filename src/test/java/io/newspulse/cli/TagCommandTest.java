package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code tag} command on a small JSONL file: one output line per input line, in the documented shape. */
class TagCommandTest {
    @TempDir
    Path dir;

    @Test
    void tagsEachLineAndKeepsLinesAligned() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a1\", \"title\": \"Seoul and Beijing agree to resume trade talks\", \"body\": \"SEOUL, Aug 25 "
                        + "(Reuters) - South Korea and China agreed on Monday to restart talks on a free trade deal, officials "
                        + "in Seoul said. Tariffs on steel and chips will be discussed, and tariffs on cars later.\", "
                        + "\"published_at\": \"2025-08-25T09:00:00Z\"}",
                "not json",
                "{\"id\": 7, \"title\": \"The Bank of Japan raises interest rates\", \"body\": \"The Bank of Japan raised "
                        + "interest rates for the first time in months, and the yen rose.\"}",
                "{\"id\": \"a4\", \"body\": 12}",
                "{\"id\": \"fr1\", \"title\": \"La Chine et les Etats-Unis relancent leurs négociations commerciales\", "
                        + "\"body\": \"PEKIN - La Chine et les Etats-Unis ont repris mardi leurs négociations sur les droits de "
                        + "douane, a annoncé le ministère chinois du Commerce.\"}",
                ""));
        Path out = dir.resolve("out.jsonl");
        int code = new CommandLine(new TagCommand()).execute(in.toString(), "--out", out.toString());
        assertThat(code).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertThat(lines).hasSize(5);

        JsonNode korea = lines.get(0);
        assertThat(korea.get("id").asText()).isEqualTo("a1");
        assertThat(korea.get("countries")).extracting(c -> c.get("code").asText()).containsExactly("KR", "CN");
        assertThat(korea.get("countries").get(0).get("weight").asDouble())
                .as("the dateline and the lead make Korea the more salient").isGreaterThan(korea.get("countries").get(1).get("weight").asDouble());
        assertThat(korea.get("topics").get(0).get("name").asText()).isEqualTo("trade");
        assertThat(korea.get("terms")).extracting(JsonNode::asText).contains("trade", "talks", "tariffs")
                .doesNotContain("seoul", "beijing");

        assertThat(lines.get(1).get("error").asText()).startsWith("invalid JSON");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).get("countries")).extracting(c -> c.get("code").asText()).containsExactly("JP");
        assertThat(lines.get(2).get("topics")).extracting(t -> t.get("name").asText()).contains("central_banks");
        assertThat(lines.get(3).get("error").asText()).contains("'title' or 'body'");
        JsonNode french = lines.get(4);
        assertThat(french.get("language").asText()).isEqualTo("fr");
        assertThat(french.get("countries")).as("kept out of the English series, never mis-tagged").isEmpty();
        assertThat(french.get("topics")).isEmpty();
        assertThat(korea.get("language").asText()).isEqualTo("en");
    }
}
