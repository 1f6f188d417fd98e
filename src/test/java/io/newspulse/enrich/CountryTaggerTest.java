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
        assertThat(about("Storms hit New Mexico", "")).as("a US state, not Mexico").containsExactly("US");
        assertThat(about("The Washington Post reports", "")).isEmpty();
        assertThat(about("Michael Jordan retires again", "")).isEmpty();
    }

    @Test
    void ambiguousWordsNeedTheCountryNamedAnotherWay() {
        assertThat(about("Storm warning", "Heavy rain is expected in Georgia this week.")).isEmpty();
        assertThat(about("Georgia governor signs voting bill", "ATLANTA (AP) - The governor of Georgia signed a bill "
                + "changing election rules in the state, drawing protests in Atlanta.")).as("the US state").containsExactly("US");
        assertThat(about("Georgia's parliament passes foreign agents law", "TBILISI (Reuters) - Georgia's parliament "
                + "passed the law on Tuesday, prompting protests in Tbilisi.")).as("the country").containsExactly("GE");
        assertThat(about("Jordan scores 40 as Bulls win", "Jordan scored 40 points as the Bulls beat the Knicks."))
                .doesNotContain("JO");
        assertThat(about("Jordan hosts Gaza talks", "AMMAN - Jordanian officials hosted talks on Gaza.")).contains("JO");
        assertThat(about("Chad Johnson signs with Patriots", "Chad Johnson signed a one-year deal.")).doesNotContain("TD");
        assertThat(about("Tbilisi protests grow", "")).containsExactly("GE");
    }

    @Test
    void statesAndCitiesOfTheUnitedStatesAreTheUnitedStates() {
        assertThat(about("Texas floods kill dozens", "")).containsExactly("US");
        assertThat(about("Indiana lawmakers pass budget", "INDIANAPOLIS - Lawmakers passed a budget.")).containsExactly("US");
        assertThat(about("Wildfires spread in Washington State", "")).containsExactly("US");
        assertThat(about("Protest at Columbia University", "")).isEmpty();
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
