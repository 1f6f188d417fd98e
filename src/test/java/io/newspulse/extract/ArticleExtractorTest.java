package io.newspulse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.Gazetteer;
import io.newspulse.enrich.GazetteerCountryTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final String AGGREGATOR_URL =
            "https://www.inkl.com/news/trump-to-meet-south-korea-s-president-monday-as-seoul-sends-envoy-to-beijing";

    static String page(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheOriginalStoryFromAnAggregatorPage() throws IOException {
        ExtractedPage p = ArticleExtractor.extract(page("aggregator-benzinga.html"), AGGREGATOR_URL);

        assertThat(p.title).isEqualTo("Trump To Meet South Korea's President Monday As Seoul Sends Envoy To Beijing");
        assertThat(p.publisher).isEqualTo("Benzinga");
        assertThat(p.author).isEqualTo("Vishaal Sanjay");
        assertThat(p.publishedAt).isEqualTo(Instant.parse("2025-08-25T13:12:00Z"));
        assertThat(p.canonicalUrl).isEqualTo(AGGREGATOR_URL);
        assertThat(p.language).isEqualTo("en");
    }

    @Test
    void keepsTheArticleTextAndDropsTheAggregatorChrome() throws IOException {
        String body = ArticleExtractor.extract(page("aggregator-benzinga.html"), AGGREGATOR_URL).body;

        assertThat(body).startsWith("South Korean President Lee Jae Myung landed in Washington on Monday");
        assertThat(body).contains("Mending South Korea-China Ties", "personal letter from Lee to Chinese President Xi Jinping",
                "have warmed to China.");
        assertThat(body).doesNotContain("Get all your news in one place", "Start reading", "Sign up to read this article",
                "Already a member", "Related Stories", "Top stories on inkl", "Fourteen days free", "Download the app",
                "See Also", "Photo Courtesy", "Read More", "Shutterstock", "Germany and France");
        // paragraphs stay paragraphs
        assertThat(body.split("\n\n")).hasSizeGreaterThanOrEqualTo(8);
    }

    /**
     * ASP.NET WebForms pages wrap the whole body in one {@code <form>}: that form is read as any other block, while a
     * small form (a search box) is not text.
     */
    @Test
    void readsAPageWrappedInOneFormAndLeavesSmallFormsOut() throws IOException {
        String body = ArticleExtractor.extract(page("webforms-story.html"), null).body;

        assertThat(body).startsWith("By Dana Whitfield").contains(
                "County commissioners on Tuesday approved a plan to build a two-mile flood barrier",
                "Construction is expected to begin next spring and to take about three years, the county engineer told the board.");
        assertThat(body).doesNotContain("Search the Courier archive", "Most read", "Copyright Riverside Courier");

        String paragraph = "<p>The council voted on Tuesday to extend the tram line to the airport, a project that has been"
                + " debated for a decade, and officials said the first trams could run within four years.</p>";
        String withCommentForm = "<html><body><div class=\"story\">" + paragraph.repeat(3)
                + "<form action=\"/comments\"><label>Leave a comment about this story and share your view with other"
                + " readers of the paper</label><textarea name=\"c\"></textarea><button>Post</button></form>"
                + paragraph.repeat(2) + "</div></body></html>";
        assertThat(ArticleExtractor.extract(withCommentForm, null).body).contains("first trams could run")
                .doesNotContain("Leave a comment");
    }

    /** A story written as text and line breaks around a photo box (no paragraphs) still outvotes a box of teasers. */
    @Test
    void readsAStoryOfLooseTextAroundAPhotoBox() {
        String text = "The port authority said on Monday that container traffic rose for a third month, as exporters"
                + " rushed shipments ahead of new tariffs, and that it would hire two hundred more workers by June.";
        String page = "<html><body><div class=\"box\">"
                + "<p>Teaser: rail strike talks resume after a week of walkouts, the union says.</p>".repeat(3)
                + "</div><div class=\"view\"><strong>Port traffic</strong><br><br>"
                + "<div class=\"photo\"><img src=\"p.jpg\"></div>" + (text + "<br><br>").repeat(4)
                + "</div></body></html>";
        String body = ArticleExtractor.extract(page, null).body;
        assertThat(body).contains("container traffic rose for a third month").doesNotContain("Teaser");
    }

    /** A site that puts each of the first paragraphs in a div of its own: they belong to the story that follows. */
    @Test
    void keepsParagraphsWrappedInDivsOfTheirOwnBesideTheStory() {
        String p = "<p>The regional council said the new ferry timetable would add six crossings a day from May,"
                + " after months of complaints from commuters about crowded boats.</p>";
        String page = "<html><body><div id=\"main\">"
                + "<div class=\"firstPar\"><p>Ferry operators will run more boats to the islands this summer, the council"
                + " announced on Friday, ending a long dispute over subsidies.</p></div>"
                + "<div class=\"secondPar\"><p>The operators had warned that without new money they would cut the winter"
                + " service, which islanders rely on to reach schools and hospitals.</p></div>"
                + "<div class=\"related\"><ul><li><a href=\"/a\">Bridge plan shelved</a></li></ul></div>"
                + "<div class=\"body\">" + p.repeat(6) + "</div></div></body></html>";
        assertThat(ArticleExtractor.extract(page, null).body)
                .startsWith("Ferry operators will run more boats to the islands this summer")
                .contains("which islanders rely on to reach schools and hospitals.", "about crowded boats.");
    }

    /** Short lines before the story are lead-in chrome, but a short Chinese sentence is a sentence. */
    @Test
    void aShortParagraphInChineseIsNotLeadInChrome() {
        String first = "香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。";
        String sentence = "不过泛民主派议员们普遍指责他撒谎，要求他马上辞职下台，一些亲北京阵营议员欢迎他道歉，且认为应能获得香港民众接受。";
        String more = "<p>" + sentence + sentence + "</p>";
        String page = "<html><body><div class=\"story\"><p>" + first + "</p>" + more.repeat(5) + "</div></body></html>";
        assertThat(first.length()).isLessThan(80);
        assertThat(ArticleExtractor.extract(page, null).body).startsWith(first + "\n\n" + sentence);
        assertThat(BodyExtractor.latinLength("abc", 80)).isEqualTo(3);
        assertThat(BodyExtractor.latinLength("香港", 80)).isEqualTo(6);
        assertThat(BodyExtractor.latinLength("서울", 80)).isEqualTo(4);
    }

    /**
     * A story cut by figures into containers of one class, the first wrapping its paragraphs deeper than they vote:
     * every container joins the story.
     */
    @Test
    void joinsEveryPartOfAStoryCutIntoContainersOfOneClass() {
        String p = "<p>The observatory's new camera, the largest ever built for astronomy, will photograph the whole"
                + " southern sky every few nights, and its first images show galaxies never seen before.</p>";
        String q = "<p>It took engineers two decades to design the camera, whose sensor is as wide as a small car and"
                + " has to be kept colder than the surface of Mars.</p>";
        String deep = "<div class=\"part\"><div><div><section><div><div><div class=\"text\">" + q.repeat(4)
                + "</div></div></div></section></div></div></div>";
        String figure = "<figure><img src=\"a.jpg\"></figure>";
        String page = "<html><body><div class=\"story\">" + deep + figure + "<div class=\"part\">" + p.repeat(6) + "</div>"
                + figure + "<div class=\"part\">" + p.repeat(20) + "</div></div></body></html>";
        assertThat(ArticleExtractor.extract(page, null).body)
                .startsWith("It took engineers two decades to design the camera")
                .contains("its first images show galaxies never seen before.");
    }

    @Test
    void theExtractedStoryIsAboutTheUsSouthKoreaAndChina() throws IOException {
        ExtractedPage p = ArticleExtractor.extract(page("aggregator-benzinga.html"), AGGREGATOR_URL);
        List<CountryScore> countries = new GazetteerCountryTagger(Gazetteer.load(null), 2.0, 6).tag(p.title, p.body);

        List<String> codes = countries.stream().map(c -> c.code).collect(Collectors.toList());
        assertThat(codes).contains("US", "KR", "CN");
        // countries named only in the dropped chrome do not leak in
        assertThat(codes).doesNotContain("DE", "FR", "CA", "MX", "BR");
    }

    @Test
    void fallsBackFromJsonLdToMetaTagsToTimeElementToUrlDate() {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"2025-03-01T08:00:00+01:00\">"
                + "</head><body><p>x</p></body></html>";
        assertThat(ArticleExtractor.extract(meta, null).publishedAt).isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));

        String time = "<html><body><article><time datetime=\"2025-03-02T10:00:00Z\">2 March</time><p>x</p></article></body></html>";
        assertThat(ArticleExtractor.extract(time, null).publishedAt).isEqualTo(Instant.parse("2025-03-02T10:00:00Z"));

        String none = "<html><body><p>No date anywhere on this page.</p></body></html>";
        assertThat(ArticleExtractor.extract(none, "https://example.com/2025/03/04/story").publishedAt)
                .isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
        assertThat(ArticleExtractor.extract(none, "https://example.com/story").publishedAt).isNull();
    }

    @Test
    void titleFromTheTitleTagLosesTheSiteSuffix() {
        String html = "<html><head><title>Oil prices climb on supply fears | Example News</title></head><body></body></html>";
        assertThat(ArticleExtractor.extract(html, null).title).isEqualTo("Oil prices climb on supply fears");
    }

    @Test
    void recognisesWhatIsNotHtml() {
        assertThat(ArticleExtractor.looksLikeHtml("<!DOCTYPE html><html><body><p>Hi</p></body></html>")).isTrue();
        assertThat(ArticleExtractor.looksLikeHtml("Just plain text without any markup.")).isFalse();
        assertThat(ArticleExtractor.looksLikeHtml("{\"json\": true}")).isFalse();
        assertThat(ArticleExtractor.looksLikeHtml("\u0000\u0001\u0002PK\u0003\u0004<html>\u0000\u0000\u0000\u0001\u0002")).isFalse();
    }

    @Test
    void jsonLdLosesItsCdataWrapperAndNothingElse() {
        assertThat(PageMetadata.withoutCdata("<![CDATA[{\"a\":1}]]>")).isEqualTo("{\"a\":1}");
        assertThat(PageMetadata.withoutCdata("\n  //<![CDATA[\n{\"a\":1}\n  // ]]>\n").strip()).isEqualTo("{\"a\":1}");
        assertThat(PageMetadata.withoutCdata(" {\"a\":\"]]> inside\"} ")).isEqualTo("{\"a\":\"]]> inside\"}");
        assertThat(PageMetadata.withoutCdata("// a comment\n{}")).isEqualTo("// a comment\n{}");
    }

    @Test
    void aTitleLosesTheSiteNameItStartsWithAndNothingElse() {
        assertThat(PageMetadata.withoutSiteName("TechCrunch | 2005 Zuckerberg Didn't Want To Take Over The World", "TechCrunch"))
                .isEqualTo("2005 Zuckerberg Didn't Want To Take Over The World");
        assertThat(PageMetadata.withoutSiteName("Time - Oil spill threatens the gulf", "TIME.com"))
                .isEqualTo("Oil spill threatens the gulf");
        assertThat(PageMetadata.withoutSiteName("Gaza - Israel talks resume in Cairo", "Reuters"))
                .as("a dash of the headline's own").isEqualTo("Gaza - Israel talks resume in Cairo");
        assertThat(PageMetadata.withoutSiteName("Shovel Knight review | Polygon", "Polygon"))
                .as("a site name after the headline stays, as Readability keeps it")
                .isEqualTo("Shovel Knight review | Polygon");
        assertThat(PageMetadata.withoutSiteName("Plain headline", null)).isEqualTo("Plain headline");
    }

    @Test
    void hiddenInlineStyles() {
        assertThat(BodyExtractor.isHiddenStyle("display:none")).isTrue();
        assertThat(BodyExtractor.isHiddenStyle("color: red; DISPLAY :\tNone;")).isTrue();
        assertThat(BodyExtractor.isHiddenStyle("visibility: hidden")).isTrue();
        assertThat(BodyExtractor.isHiddenStyle("text-decoration: none; display: block")).isFalse();
        assertThat(BodyExtractor.isHiddenStyle("overflow: hidden; display: flex")).isFalse();
        assertThat(BodyExtractor.isHiddenStyle("display")).isFalse();
        assertThat(BodyExtractor.isHiddenStyle("")).isFalse();
    }

    /** A figure's caption is part of the story (Readability keeps it); a credit is not, alone or after the caption. */
    @Test
    void keepsCaptionsWithoutTheirCredits() {
        String story = "<p>" + ("The port reopened on Monday after a week of strikes, officials said, and the first ships "
                + "were unloading by the evening. ").repeat(4) + "</p>";
        String html = "<html><body><article>"
                + "<figure><img src=a.jpg><figcaption>Ships queue outside the harbour on Monday. Photo: Jane Doe/Reuters"
                + "</figcaption></figure>" + story
                + "<figure><img src=b.jpg><figcaption>(AP Photo/John Roe)</figcaption></figure>" + story
                + "<figure><img src=c.jpg><figcaption>Image copyright Getty Images</figcaption></figure>" + story
                + "</article></body></html>";
        String body = ArticleExtractor.extract(html, null).body;

        assertThat(body).startsWith("Ships queue outside the harbour on Monday.\n\nThe port reopened on Monday")
                .doesNotContain("Jane Doe", "AP Photo", "Getty");
        assertThat(BodyExtractor.isCredit("Photograph: Andrew Harnik/AP")).isTrue();
        assertThat(BodyExtractor.isCredit("© Reuters")).isTrue();
        assertThat(BodyExtractor.isCredit("Thomas Jackson/Digital Vision/Getty Images")).isTrue();
        assertThat(BodyExtractor.isCredit("Photos show the flooded town centre after the river burst its banks")).isFalse();
        assertThat(BodyExtractor.isCredit("Image caption Kenya is getting ready to welcome the US president")).isFalse();
        assertThat(BodyExtractor.isCredit("(Mike Watson Images/Moodboard/Getty)")).isTrue();
        assertThat(BodyExtractor.isCredit("Jane Doe/AFP")).isTrue();
        assertThat(BodyExtractor.isCredit("Michael Bloomberg speaks in New York")).as("a name, not a credit").isFalse();
        assertThat(BodyExtractor.isCredit("EPA chief testifies before Congress")).isFalse();
        assertThat(BodyExtractor.withoutCredit("A man walks past a carrier in Harare on Thursday Credit: STR/AFP"))
                .isEqualTo("A man walks past a carrier in Harare on Thursday");
        assertThat(BodyExtractor.withoutCredit("Sources: the ministry says no. Officials disagree.")).isEqualTo(
                "Sources: the ministry says no. Officials disagree.");
    }
}
