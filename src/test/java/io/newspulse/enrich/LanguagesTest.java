package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void declaredLanguageWinsAndIsNormalized() {
        assertThat(Languages.of("en-GB", "Titre", "Un texte en français")).isEqualTo("en");
        assertThat(Languages.of("FR", (String) null, null)).isEqualTo("fr");
        assertThat(Languages.of("  ", "Short", "")).isEqualTo(Languages.UNDETERMINED);
        assertThat(Languages.of("not a language!", "Short", "")).isEqualTo(Languages.UNDETERMINED);
    }

    @Test
    void undeclaredLanguageIsDetectedFromTheText() {
        assertThat(Languages.of(null, "Le gouvernement français annonce un plan",
                "PARIS - Le gouvernement a présenté mardi un plan pour relancer l'économie, après une année difficile "
                        + "pour les entreprises et les ménages.")).isEqualTo("fr");
        assertThat(Languages.of(null, "Bundesregierung beschließt neues Gesetz",
                "BERLIN - Die Bundesregierung hat am Dienstag ein Gesetz zur Stärkung der Wirtschaft beschlossen, "
                        + "wie ein Sprecher mitteilte.")).isEqualTo("de");
        assertThat(Languages.of(null, "US and China trade barbs over tariffs",
                "Washington and Beijing traded threats on Monday as new tariffs took effect, widening the trade war.")).isEqualTo("en");
    }

    @Test
    void onlyEnglishAndUndeterminedAreTagged() {
        assertThat(Languages.isTaggable("en")).isTrue();
        assertThat(Languages.isTaggable(Languages.UNDETERMINED)).isTrue();
        assertThat(Languages.isTaggable("fr")).isFalse();
    }

    /** The shortcut that spares the detector must take plain English and nothing else. */
    @Test
    void onlyPlainEnglishSkipsTheDetector() {
        String[] english = {
            "The central bank of Japan raised interest rates on Tuesday for the first time in 17 years, saying that "
                    + "wages had risen enough to sustain inflation at its target.",
            "Officials said the storm, which has been moving slowly across the Gulf, would reach the coast by the "
                    + "weekend and that residents of low-lying areas were told to leave their homes.",
        };
        String[] others = {
            // French, German, Dutch, Spanish, Italian, Portuguese, Danish, Swedish, Polish, Romanian, Indonesian
            "Le gouvernement a présenté mardi un plan pour relancer l'économie, après une année difficile pour les "
                    + "entreprises et les ménages, a indiqué le ministre des finances.",
            "Die Bundesregierung hat am Dienstag ein Gesetz zur Stärkung der Wirtschaft beschlossen, wie ein Sprecher "
                    + "in Berlin mitteilte; die Opposition will dagegen klagen.",
            "Het kabinet heeft dinsdag een plan gepresenteerd om de economie te versterken, of de Tweede Kamer ermee "
                    + "instemt is nog niet duidelijk, zei de minister van financiën.",
            "El gobierno presentó el martes un plan para reactivar la economía tras un año difícil para las empresas "
                    + "y los hogares, según informó el ministro de Hacienda.",
            "Il governo ha presentato martedì un piano per rilanciare l'economia dopo un anno difficile per le imprese "
                    + "e le famiglie, ha detto il ministro dell'economia.",
            "O governo apresentou na terça-feira um plano para relançar a economia depois de um ano difícil para as "
                    + "empresas e as famílias, disse o ministro das Finanças.",
            "Regeringen har tirsdag fremlagt en plan for at styrke økonomien, efter et svært år for virksomheder og "
                    + "husholdninger, oplyser finansministeren til pressen.",
            "Regeringen presenterade på tisdagen en plan för att stärka ekonomin efter ett svårt år för företag och "
                    + "hushåll, sade finansministern till pressen.",
            "Rząd przedstawił we wtorek plan ożywienia gospodarki po trudnym roku dla firm i gospodarstw domowych, "
                    + "to poinformował minister finansów na konferencji.",
            "Guvernul a prezentat marți un plan pentru relansarea economiei, după un an dificil pentru companii și "
                    + "gospodării, care are sprijinul majorității, a declarat ministrul.",
            "Pemerintah pada hari Selasa memaparkan rencana untuk memulihkan ekonomi setelah tahun yang sulit bagi "
                    + "perusahaan dan rumah tangga, kata menteri keuangan.",
        };
        for (String text : english) {
            assertThat(Languages.isPlainlyEnglish(Tokenizer.tokenize(""), Tokenizer.tokenize(text))).as(text).isTrue();
        }
        for (String text : others) {
            assertThat(Languages.isPlainlyEnglish(Tokenizer.tokenize(""), Tokenizer.tokenize(text))).as(text).isFalse();
            assertThat(Languages.of(null, "", text)).as(text).isNotEqualTo("en");
        }
        // an English headline over a foreign article is not enough
        assertThat(Languages.isPlainlyEnglish(Tokenizer.tokenize("The rise and fall of the euro: what it means for you"),
                Tokenizer.tokenize(others[0]))).isFalse();
    }
}
