package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static ResultTable sample() {
        ResultTable t = new ResultTable(List.of("topic", "score", "window_end", "headline"));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("topic", "trade");
        a.put("score", 7.5432);
        a.put("window_end", Instant.parse("2025-08-23T14:00:00Z"));
        a.put("headline", "Tariffs, \"again\": a headline that is long enough to be cut in a terminal table but kept whole elsewhere");
        t.add(a);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("topic", "conflict");
        b.put("score", 12.25);
        b.put("window_end", Instant.parse("2025-08-21T07:00:00Z"));
        b.put("headline", List.of("Coup in Gabon", "Gunfire in Libreville"));
        t.add(b);
        return t;
    }

    @Test
    void tableAlignsColumnsRightAlignsNumbersAndCutsLongText() {
        List<String> lines = sample().render(ResultTable.Format.TABLE).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("topic     score  window_end           headline");
        assertThat(lines.get(1)).startsWith("trade      7.54  2025-08-23 14:00:00  Tariffs,");
        assertThat(lines.get(2)).startsWith("conflict  12.25  2025-08-21 07:00:00");
        assertThat(lines.get(1)).endsWith("…").hasSizeLessThan(40 + ResultTable.MAX_CELL);
    }

    @Test
    void csvQuotesAndKeepsEverythingWhole() {
        String csv = sample().render(ResultTable.Format.CSV);
        assertThat(csv.lines().toList()).containsExactly(
                "topic,score,window_end,headline",
                "trade,7.5432,2025-08-23T14:00:00Z,\"Tariffs, \"\"again\"\": a headline that is long enough to be cut in a "
                        + "terminal table but kept whole elsewhere\"",
                "conflict,12.25,2025-08-21T07:00:00Z,\"[\"\"Coup in Gabon\"\",\"\"Gunfire in Libreville\"\"]\"");
    }

    @Test
    void jsonKeepsTypesAndArrays() throws Exception {
        JsonNode json = Json.MAPPER.readTree(sample().render(ResultTable.Format.JSON));
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("score").asDouble()).isEqualTo(7.5432);
        assertThat(json.get(0).get("window_end").asText()).isEqualTo("2025-08-23T14:00:00Z");
        assertThat(json.get(1).get("headline").isArray()).isTrue();
        assertThat(json.get(1).get("headline").get(1).asText()).isEqualTo("Gunfire in Libreville");
    }

    @Test
    void sinceTakesADurationBackFromTheNewestWindowOrAUtcTime() {
        Instant latest = Instant.parse("2025-08-25T05:00:00Z");
        assertThat(TopCommand.resolveSince("24h", latest)).isEqualTo(Instant.parse("2025-08-24T05:00:00Z"));
        assertThat(TopCommand.resolveSince("7d", latest)).isEqualTo(Instant.parse("2025-08-18T05:00:00Z"));
        assertThat(TopCommand.resolveSince("2025-08-20", latest)).isEqualTo(Instant.parse("2025-08-20T00:00:00Z"));
        assertThat(TopCommand.resolveSince("2025-08-20T06:00Z", latest)).isEqualTo(Instant.parse("2025-08-20T06:00:00Z"));
        assertThat(TopCommand.resolveSince("2025-08-20T06:00", latest)).isEqualTo(Instant.parse("2025-08-20T06:00:00Z"));
        assertThatThrownBy(() -> TopCommand.resolveSince("yesterday", latest)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopCommand.resolveSince("20-08-2025", latest))
                .hasMessageContaining("a date like 2025-08-20");
    }
}
