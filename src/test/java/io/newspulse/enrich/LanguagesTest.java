package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void declaredLanguageWinsAndIsNormalized() {
        assertThat(Languages.of("en-GB", "Titre", "Un texte en français")).isEqualTo("en");
        assertThat(Languages.of("FR", null, null)).isEqualTo("fr");
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
}
