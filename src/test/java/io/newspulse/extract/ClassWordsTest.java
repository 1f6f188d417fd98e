package io.newspulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
    @Test
    void classValuesSayWhatTheyAre() {
        assertThat(ClassWords.classify("social-share-bar")).isEqualTo(ClassWords.UNLIKELY_HINT);
        assertThat(ClassWords.classify("Article-Body")).isEqualTo(ClassWords.LIKELY_HINT);
        assertThat(ClassWords.classify("comment-list")).isEqualTo(ClassWords.UNLIKELY_HINT | ClassWords.NEVER_PROSE_HINT);
        assertThat(ClassWords.classify("piano-offer")).isEqualTo(ClassWords.PAYWALL_HINT);
        assertThat(ClassWords.classify("FeatureByline")).isEqualTo(ClassWords.BYLINE_HINT);
        assertThat(ClassWords.classify("meta article-author")).isEqualTo(ClassWords.BYLINE_HINT | ClassWords.LIKELY_HINT);
        assertThat(ClassWords.classify("authors-list")).as("author only as a word").isZero();
        assertThat(ClassWords.classify("top AD slot")).as("ad as a whole word").isEqualTo(ClassWords.UNLIKELY_HINT);
        assertThat(ClassWords.classify("headline")).as("not ad inside a word").isZero();
        assertThat(ClassWords.classify("NavBar")).as("a word starting with nav").isEqualTo(ClassWords.UNLIKELY_HINT);
        assertThat(ClassWords.classify("CtxtMenu_Attached")).as("menu inside a word").isZero();
        assertThat(ClassWords.classify("")).isZero();
    }

    /** The automaton finds exactly what one search per word in the lower-cased value finds. */
    @Test
    void theAutomatonAgreesWithOneSearchPerWord() {
        String[] pieces = {"comment", "share", "ad", "ads", "ad-", "nav", "menu", "article", "content", "main", "byline",
            "author", "article-author", "paywall", "gallery", "respon", "story", "text", "body", "sub", "scri", "promo",
            "most-read", "-", "_", " ", "  ", "\t", "x", "q", "9", "Ü", "İ", "K", "é", "CONTENT", "Author", "NAV"};
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                String piece = pieces[random.nextInt(pieces.length)];
                if (random.nextInt(4) == 0) { // a piece cut short, or with a stray character in it
                    int cut = random.nextInt(piece.length() + 1);
                    piece = piece.substring(0, cut) + (char) ('a' + random.nextInt(26)) + piece.substring(cut);
                }
                value.append(piece);
            }
            String v = value.toString();
            assertThat(ClassWords.classify(v)).as(v).isEqualTo(ClassWords.classifyLowerCase(v.toLowerCase(Locale.ROOT)));
        }
    }
}
