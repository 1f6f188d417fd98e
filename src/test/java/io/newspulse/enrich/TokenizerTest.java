package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static String tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.surface).collect(Collectors.joining(" "));
    }

    @Test
    void splitsWordsAndJoinsDottedAbbreviations() {
        assertThat(tokens("U.S.-China talks, U.K. and U.S.A.")).isEqualTo("US China talks UK and USA");
        assertThat(tokens("China's exports")).isEqualTo("China s exports");
        assertThat(tokens("Sino-US")).isEqualTo("Sino US");
        assertThat(tokens("in the U.S. He said")).isEqualTo("in the US He said");
    }

    @Test
    void stemsPluralsAndVerbForms() {
        assertThat(PhraseMatcher.stem("tariffs")).isEqualTo(PhraseMatcher.stem("tariff"));
        assertThat(PhraseMatcher.stem("trading")).isEqualTo(PhraseMatcher.stem("trade"));
        assertThat(PhraseMatcher.stem("sanctioned")).isEqualTo(PhraseMatcher.stem("sanction"));
        assertThat(PhraseMatcher.stem("elections")).isEqualTo(PhraseMatcher.stem("election"));
        assertThat(PhraseMatcher.stem("economies")).isEqualTo(PhraseMatcher.stem("economy"));
    }
}
