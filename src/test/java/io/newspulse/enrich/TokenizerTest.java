package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static String tokens(String text) {
        Tokens tokens = Tokenizer.tokenize(text);
        return IntStream.range(0, tokens.size()).mapToObj(tokens::surface).collect(Collectors.joining(" "));
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

    @Test
    void aRefilledTokensHoldsOnlyTheNewText() {
        Tokens reused = new Tokens();
        Tokenizer.tokenize("A much longer text, with U.S. abbreviations and many words in it. ".repeat(50), reused);
        Tokenizer.tokenize("Sino-US talks, U.K. said", reused);
        Tokens fresh = Tokenizer.tokenize("Sino-US talks, U.K. said");
        assertThat(reused.size()).isEqualTo(fresh.size()).isEqualTo(5);
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(reused.surface(i)).isEqualTo(fresh.surface(i));
            assertThat(reused.lower(i)).isEqualTo(fresh.lower(i));
            assertThat(reused.hash(i)).isEqualTo(fresh.lower(i).hashCode());
        }
        assertThat(reused.surface(3)).isEqualTo("UK");
        assertThat(reused.isCapitalized(3)).isTrue();
        assertThat(reused.surfaceEquals(1, "US")).isTrue();
        assertThat(reused.surfaceEquals(1, "us")).isFalse();
        assertThat(reused.firstAtOrAfter(8)).isEqualTo(2);
    }
}
