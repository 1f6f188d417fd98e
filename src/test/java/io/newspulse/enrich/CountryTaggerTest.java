package io.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryTaggerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(null);
    }

    private static List<String> about(String title, String body) {
        return new GazetteerCountryTagger(gazetteer, 2.0, 6).tag(title, body).stream()
                .map(c -> c.code).collect(Collectors.toList());
    }

    @Test
    void findsCountriesByNameAliasDemonymCapitalAndLeader() {
        assertThat(about("U.S. and China trade barbs", "")).containsExactlyInAnyOrder("US", "CN");
        assertThat(about("Seoul sends envoy to Beijing", "")).containsExactlyInAnyOrder("KR", "CN");
        assertThat(about("Xi Jinping meets Putin", "")).containsExactlyInAnyOrder("CN", "RU");
        assertThat(about("Emirati fund buys stake", "")).containsExactly("AE");
        assertThat(about("Kremlin rejects talks with Kyiv", "")).containsExactlyInAnyOrder("RU", "UA");
        assertThat(about("Sino-US ties fray", "")).containsExactlyInAnyOrder("CN", "US");
        assertThat(about("Talks in Downing Street", "")).containsExactly("GB");
        assertThat(about("Lesotho holds election", "")).containsExactly("LS");
    }

    @Test
    void acronymsNeedTheirCapitals() {
        assertThat(about("Let us talk about it", "")).isEmpty();
        assertThat(about("Talks with US officials", "")).containsExactly("US");
    }

    @Test
    void namesNeedACapitalSoCommonWordsDoNotMatch() {
        assertThat(about("Fine china and roast turkey for dinner", "")).isEmpty();
    }

    @Test
    void longestMatchWinsAndBlockersCountForNothing() {
        assertThat(about("Papua New Guinea votes", "")).containsExactly("PG");
        assertThat(about("Storms hit New Mexico", "")).isEmpty();
        assertThat(about("The Washington Post reports", "")).isEmpty();
        assertThat(about("Michael Jordan retires again", "")).isEmpty();
    }

    @Test
    void ambiguousWordsWeighHalf() {
        // "Georgia" alone in a body is half a mention: not enough to be about the country
        assertThat(about("Storm warning", "Heavy rain is expected in Georgia this week.")).isEmpty();
        assertThat(about("Tbilisi protests grow", "")).containsExactly("GE");
    }

    @Test
    void salienceSeparatesWhatAnArticleIsAboutFromWhatItMentions() {
        String body = "SEOUL, Aug 25 (Reuters) - South Korea said on Monday it would expand exports.\n\n"
                + "Officials in Seoul said demand was strong. India was mentioned once.";
        List<String> codes = about("South Korean exports rise", body);
        assertThat(codes).containsExactly("KR");
    }

    @Test
    void mostSalientComesFirstAndTheCapApplies() {
        List<String> codes = new GazetteerCountryTagger(gazetteer, 1.0, 2)
                .tag("China and Japan talk", "China, Japan, India and Brazil met. China spoke first.").stream()
                .map(c -> c.code).collect(Collectors.toList());
        assertThat(codes).containsExactly("CN", "JP");
    }

    @Test
    void publisherNamesInDatelinesAreNotCountries() {
        assertThat(about("Markets steady", "TOKYO, Aug 25 (The Japan Times) - Trading was calm; the South China Morning Post agreed."))
                .containsExactly("JP");
    }
}
