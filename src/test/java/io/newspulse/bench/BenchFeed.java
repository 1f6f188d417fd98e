package io.newspulse.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import io.newspulse.enrich.TaggedArticle;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmarks' input, made from an index alone (so a parallel source can make its share without holding the
 * feed): English news articles of about 3 KB about one to three of 40 countries and one of eight kinds of story,
 * spread evenly over {@code days} of event time, 5 % of them syndicated copies of an earlier one. As pre-extracted
 * JSON envelopes, as HTML pages (with navigation, related links, scripts and a footer around the article), or
 * already tagged for the counting stage.
 *
 * <p>A parallel source reads contiguous ranges of indexes; {@link #position} interleaves them in event time so
 * every reader moves through the same days together, as partitions of a real topic do.
 */
final class BenchFeed implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    private static final String[][] COUNTRIES = {
        {"JP", "Japan", "Japanese"}, {"DE", "Germany", "German"}, {"IN", "India", "Indian"}, {"BR", "Brazil", "Brazilian"},
        {"CA", "Canada", "Canadian"}, {"FR", "France", "French"}, {"KE", "Kenya", "Kenyan"}, {"MX", "Mexico", "Mexican"},
        {"TR", "Turkey", "Turkish"}, {"EG", "Egypt", "Egyptian"}, {"NG", "Nigeria", "Nigerian"}, {"VN", "Vietnam", "Vietnamese"},
        {"PL", "Poland", "Polish"}, {"CL", "Chile", "Chilean"}, {"IL", "Israel", "Israeli"}, {"IR", "Iran", "Iranian"},
        {"PK", "Pakistan", "Pakistani"}, {"ES", "Spain", "Spanish"}, {"IT", "Italy", "Italian"}, {"SE", "Sweden", "Swedish"},
        {"NO", "Norway", "Norwegian"}, {"GH", "Ghana", "Ghanaian"}, {"PE", "Peru", "Peruvian"}, {"AR", "Argentina", "Argentine"},
        {"AU", "Australia", "Australian"}, {"ID", "Indonesia", "Indonesian"}, {"TH", "Thailand", "Thai"},
        {"UA", "Ukraine", "Ukrainian"}, {"RU", "Russia", "Russian"}, {"CN", "China", "Chinese"},
        {"SA", "Saudi Arabia", "Saudi"}, {"ZA", "South Africa", "South African"}, {"CO", "Colombia", "Colombian"},
        {"MA", "Morocco", "Moroccan"}, {"GR", "Greece", "Greek"}, {"PT", "Portugal", "Portuguese"},
        {"IE", "Ireland", "Irish"}, {"AT", "Austria", "Austrian"}, {"HU", "Hungary", "Hungarian"}, {"RO", "Romania", "Romanian"}};
    /** Story leads by topic: %1$s and %2$s are country names, %3$s the first country's adjective. */
    private static final String[][] STORIES = {
        {"trade", "%1$s and %2$s traded threats as new tariffs on steel and cars took effect, widening the trade dispute."},
        {"central_banks", "The %3$s central bank raised interest rates to fight inflation, and its governor warned %2$s of spillovers."},
        {"defense", "Troops in %1$s were put on alert after a border clash with %2$s, the defence ministry said."},
        {"elections", "Voters in %1$s go to the polls on Sunday in a tight election watched closely in %2$s."},
        {"energy", "%1$s agreed to buy more liquefied natural gas from %2$s as oil and gas prices climbed."},
        {"health", "Hospitals in %1$s reported new cholera cases, and %2$s sent vaccines and doctors to help."},
        {"agriculture", "Farmers in %1$s warned that drought would cut the wheat harvest and raise food prices in %2$s."},
        {"diplomacy", "The foreign ministers of %1$s and %2$s met for talks on restoring diplomatic ties, the embassy said."}};
    /** Filler sentences of running English; each {@code _} takes a random word of {@link #WORDS}, so no two bodies match. */
    private static final String[] FILLER = {
        "The _ said that the _ of the _ would be _ by the end of the _.",
        "Officials from the _ and the _ met with _ on _ to discuss the _.",
        "It was not clear whether the _ would have any _ on the _ this _.",
        "According to the _, the _ has _ since the _ and will _ again.",
        "Analysts said the _ were _ and that the _ had been _ for weeks.",
        "Their _ said the _ was _ with the _ which it had _ last year.",
        "This _ comes after the _ warned that _ could _ the _ of the region.",
        "The _ added that it would _ the _ and would not _ the _ again."};
    private static final String[] WORDS = ("officials ministry government minister report talks plan deal market prices "
            + "workers companies city region capital spokesman statement policy analysts figures growth quarter exports "
            + "imports budget parliament court police border protest agency data survey industry bank investors "
            + "power water roads schools hospitals farmers port airport railway factory jobs wages taxes support "
            + "opposition leaders meeting summit agreement measures response crisis pressure concerns delayed expected "
            + "approved rejected reviewed raised cut extended signed announced planned welcomed criticised postponed "
            + "unions tariffs loans bonds reserves contracts vaccines troops ships satellites elections courts reforms "
            + "shipments harvests pipelines refineries mines banks exchanges regulators prosecutors judges voters").split(" ");
    private static final String[] PUBLISHERS = {"Daily Ledger", "Morning Post", "Global Wire", "Evening Standard",
        "Metro Herald", "Capital Times", "Harbor Gazette", "Northern Star", "Valley Courier", "Coast Chronicle",
        "City Journal", "Pacific Tribune", "Atlantic Review", "Summit News", "River Dispatch", "Union Observer"};

    private final long count;
    private final int readers;
    private final long spanMillis;

    /** {@code count} articles over {@code days} of event time, read by {@code readers} parallel readers. */
    BenchFeed(long count, int readers, int days) {
        this.count = count;
        this.readers = readers;
        this.spanMillis = days * 86_400_000L;
    }

    long count() {
        return count;
    }

    /** Where index {@code i} falls in event-time order when {@code readers} readers split the indexes in ranges. */
    long position(long i) {
        long share = (count + readers - 1) / readers;
        return (i % share) * readers + i / share;
    }

    long eventTimeMillis(long i) {
        long jitter = new SplittableRandom(i * 31 + 7).nextLong(20 * 60_000L); // up to 20 minutes out of order
        return T0.toEpochMilli() + position(i) * spanMillis / count - jitter;
    }

    /** A syndicated copy tells the story of this earlier index, or -1 for an original. */
    private long copyOf(long i) {
        SplittableRandom r = new SplittableRandom(i * 131 + 3);
        return i > 100 && r.nextInt(20) == 0 ? i - 1 - r.nextInt(100) : -1;
    }

    /** Title, body, publisher, country codes and topic of article {@code i}. */
    Story story(long i) {
        return story(i, true);
    }

    private Story story(long i, boolean withBody) {
        long copy = copyOf(i);
        Story s = text(copy >= 0 ? copy : i, withBody);
        s.publisher = PUBLISHERS[(int) (i % PUBLISHERS.length)];
        s.id = "bench-" + i;
        s.eventTimeMillis = eventTimeMillis(i);
        return s;
    }

    private Story text(long i, boolean withBody) {
        SplittableRandom r = new SplittableRandom(i);
        int n = 1 + (r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 7 ? 0 : 2); // 2 countries mostly, else 1 or 3
        List<String[]> countries = new ArrayList<>();
        while (countries.size() < n) {
            String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
            if (!countries.contains(c)) {
                countries.add(c);
            }
        }
        String[] story = STORIES[r.nextInt(STORIES.length)];
        String[] a = countries.get(0);
        String[] b = countries.get(countries.size() > 1 ? 1 : 0);
        Story s = new Story();
        s.topic = story[0];
        s.title = String.format("%s: %s %s over %s", a == b ? a[1] : a[1] + " and " + b[1],
                capitalize(WORDS[r.nextInt(WORDS.length)]), WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)]);
        StringBuilder body = new StringBuilder(String.format(story[1], a[1], b[1], a[2]));
        if (countries.size() > 2) {
            body.append(' ').append(countries.get(2)[1]).append(" said it would join the talks.");
        }
        while (withBody && body.length() < 3_000) {
            body.append(body.length() % 4 == 0 ? "\n\n" : " ");
            String sentence = FILLER[r.nextInt(FILLER.length)];
            for (int at = sentence.indexOf('_'); at >= 0; at = sentence.indexOf('_')) {
                sentence = sentence.substring(0, at) + WORDS[r.nextInt(WORDS.length)] + sentence.substring(at + 1);
            }
            body.append(sentence);
        }
        s.body = body.toString();
        for (String[] c : countries) {
            s.countries.add(c[0]);
        }
        return s;
    }

    /** Article {@code i} as a pre-extracted JSON envelope. */
    byte[] json(long i) {
        Story s = story(i);
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("url", "https://" + slug(s.publisher) + ".example/world/" + s.id);
        n.put("title", s.title);
        n.put("body", s.body);
        n.put("published_at", Instant.ofEpochMilli(s.eventTimeMillis).toString());
        n.put("publisher", s.publisher);
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Article {@code i} as a raw page envelope: the article inside a news site's page (about 6 KB). */
    byte[] html(long i) {
        Story s = story(i);
        StringBuilder page = new StringBuilder(16_000);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(s.title).append(" | ")
                .append(s.publisher).append("</title><meta property=\"og:site_name\" content=\"").append(s.publisher)
                .append("\"><meta property=\"article:published_time\" content=\"").append(Instant.ofEpochMilli(s.eventTimeMillis))
                .append("\"><link rel=\"stylesheet\" href=\"/static/site.css\"><script>window.dataLayer=window.dataLayer||[];")
                .append("function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-BENCH');</script>")
                .append("</head><body><header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(s.publisher)
                .append("</a><nav class=\"main-nav\"><ul>");
        for (String section : new String[] {"World", "Politics", "Business", "Markets", "Technology", "Science", "Health",
            "Sport", "Culture", "Opinion", "Video", "Podcasts"}) {
            page.append("<li class=\"nav-item\"><a href=\"/").append(section.toLowerCase()).append("\">").append(section)
                    .append("</a></li>");
        }
        page.append("</ul></nav></header><main><div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> "
                + "<a href=\"#\">Email</a></div><article class=\"story\"><h1>").append(s.title)
                .append("</h1><div class=\"byline\">By Staff Reporter</div><div class=\"article-body\">");
        for (String paragraph : s.body.split("\n\n")) {
            page.append("<p>").append(paragraph).append("</p>");
        }
        page.append("</div></article><aside class=\"related-stories\"><h2>Related Stories</h2><ul>");
        for (int k = 0; k < 8; k++) {
            page.append("<li><a href=\"/world/related-").append(k).append("\">").append(COUNTRIES[(int) ((i + k) % 40)][1])
                    .append(" officials meet on trade and energy plans</a></li>");
        }
        page.append("</ul></aside><div class=\"newsletter-signup\">Sign up for our morning newsletter "
                + "<form><input type=\"email\"><button>Subscribe</button></form></div></main><footer class=\"site-footer\">");
        for (String link : new String[] {"About us", "Contact", "Careers", "Advertise", "Privacy", "Terms", "Cookies"}) {
            page.append("<a href=\"/").append(slug(link)).append("\">").append(link).append("</a> ");
        }
        page.append("<p>© 2025 ").append(s.publisher).append("</p></footer><script src=\"/static/app.js\" async></script>"
                + "<script>(function(){var s=document.createElement('script');s.src='/ads.js';document.body.appendChild(s);})();"
                + "</script></body></html>");
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("url", "https://" + slug(s.publisher) + ".example/world/" + s.id);
        n.put("html", page.toString());
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Article {@code i} as the tagger would have tagged it (English, its countries and topic), for the counting stage. */
    TaggedArticle tagged(long i) {
        Story s = story(i, false);
        TaggedArticle t = new TaggedArticle();
        t.articleId = s.id;
        t.title = s.title;
        t.source = s.publisher;
        t.eventTime = Instant.ofEpochMilli(s.eventTimeMillis);
        t.language = "en";
        t.countries = s.countries;
        t.topics = new ArrayList<>(List.of(s.topic));
        t.storyId = s.id;
        String[] words = s.title.toLowerCase().split("\\W+");
        for (String w : words) {
            if (w.length() > 3 && t.titleTerms.size() < 4) {
                t.titleTerms.add(w);
            }
        }
        return t;
    }

    /** How many series mentions (topic × country and topic × country pair) article {@code i} makes. */
    static int seriesOf(TaggedArticle t) {
        int n = t.countries.size();
        return t.topics.size() * (n + n * (n - 1) / 2);
    }

    static final class Story {
        String id;
        String title;
        String body;
        String publisher;
        String topic;
        long eventTimeMillis;
        final List<String> countries = new ArrayList<>();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
