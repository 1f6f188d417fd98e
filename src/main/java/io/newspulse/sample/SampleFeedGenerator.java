package io.newspulse.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the bundled sample feed: a deterministic stream of realistic article envelopes over several
 * days, with varied publishers, topics and countries, syndicated copies, re-sent articles, late and very
 * late arrivals, raw HTML pages with site chrome, a handful of malformed records, and a planted rise in
 * US–China trade-tension coverage over the last two days. Same seed, same bytes.
 */
public final class SampleFeedGenerator {
    public static final Instant DEFAULT_START = Instant.parse("2025-08-15T00:00:00Z");
    static final String[][] PUBLISHERS = {
        {"Reuters", "reuters.com"}, {"Associated Press", "apnews.com"}, {"Bloomberg", "bloomberg.com"},
        {"BBC News", "bbc.co.uk"}, {"The Guardian", "theguardian.com"}, {"Nikkei Asia", "asia.nikkei.com"},
        {"South China Morning Post", "scmp.com"}, {"Yonhap", "en.yna.co.kr"}, {"Al Jazeera", "aljazeera.com"},
        {"Deutsche Welle", "dw.com"}, {"The Times of India", "timesofindia.com"}, {"ABC News Australia", "abc.net.au"},
        {"CNBC", "cnbc.com"}, {"Financial Times", "ft.com"}, {"Benzinga", "benzinga.com"},
        {"The Korea Herald", "koreaherald.com"}, {"Politico", "politico.com"}, {"Axios", "axios.com"},
        {"France 24", "france24.com"}, {"The Japan Times", "japantimes.co.jp"},
    };
    private static final String[] TOPICS = {"trade", "diplomacy", "defense", "economy", "central_banks", "energy",
        "technology", "health", "climate", "politics"};
    private static final String[] AUTHORS = {"Ana Silva", "David Chen", "Priya Raman", "Tom Becker", "Mina Park",
        "Laura Martin", "Kenji Sato", "Omar Haddad", "Sarah O'Neill", "Vishaal Sanjay"};
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Random random;
    private final Instant start;
    private final int days;
    private int serial;

    public SampleFeedGenerator(long seed, Instant start, int days) {
        this.random = new Random(seed);
        this.start = start;
        this.days = days;
    }

    /** One record of the feed and when it reaches the topic (arrival order is not publication order). */
    static final class Record {
        final Instant arrival;
        final String json;

        Record(Instant arrival, String json) {
            this.arrival = arrival;
            this.json = json;
        }
    }

    /** Writes the whole feed as JSON lines; returns the number of records. */
    public int write(Writer out) throws IOException {
        List<Record> records = generate();
        for (Record r : records) {
            out.write(r.json);
            out.write('\n');
        }
        return records.size();
    }

    List<Record> generate() {
        List<Record> records = new ArrayList<>();
        Instant end = start.plus(Duration.ofDays(days));
        Instant rampStart = end.minus(Duration.ofHours(42));
        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
            int hourOfDay = hour.atZone(ZoneOffset.UTC).getHour();
            double daytime = hourOfDay >= 6 && hourOfDay <= 20 ? 1.0 : 0.35;
            int background = poisson(12 * daytime);
            for (int i = 0; i < background; i++) {
                story(randomTopic(), hour, records);
            }
            // the planted story: US–China trade tensions, a trickle, then a rise over the last two days
            double planted = 0.12;
            if (!hour.isBefore(rampStart)) {
                planted += 5.0 * Duration.between(rampStart, hour).toHours() / 42.0 * daytime;
            }
            int n = poisson(planted);
            for (int i = 0; i < n; i++) {
                story("trade", SampleCountry.byCode("US"), SampleCountry.byCode("CN"), hour, records);
            }
        }
        addMalformed(records);
        records.sort(Comparator.comparing((Record r) -> r.arrival));
        return records;
    }

    private void story(String topic, Instant hour, List<Record> out) {
        SampleCountry a = randomCountry();
        SampleCountry b = null;
        if (StoryTemplates.PAIR_HEADLINES.containsKey(topic) && random.nextDouble() < 0.4) {
            do {
                b = randomCountry();
            } while (b == a);
        } else if (!StoryTemplates.SINGLE_HEADLINES.containsKey(topic)) {
            topic = "trade";
        }
        story(topic, a, b, hour, out);
    }

    private void story(String topic, SampleCountry a, SampleCountry b, Instant hour, List<Record> out) {
        Instant published = hour.plusSeconds(random.nextInt(3600));
        String[] publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
        String title = capitalize(fill(pick(b == null ? StoryTemplates.SINGLE_HEADLINES.get(topic)
                : StoryTemplates.PAIR_HEADLINES.get(topic)), a, b));
        String body = body(topic, a, b, publisher[0], published);
        String author = pick(AUTHORS);

        emit(publisher, title, body, author, published, out);
        // syndication: the same story on other sites, minutes later, under their own URLs
        if (random.nextDouble() < 0.12) {
            int copies = 1 + random.nextInt(3);
            for (int i = 0; i < copies; i++) {
                String[] other = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
                emit(other, title, body, author, published.plusSeconds(60 + random.nextInt(1800)), out);
            }
        }
    }

    private void emit(String[] publisher, String title, String body, String author, Instant published, List<Record> out) {
        String url = "https://www." + publisher[1] + "/" + PATH_DATE.format(published) + "/" + slug(title) + "-" + (++serial);
        Instant fetched = published.plusSeconds(30 + random.nextInt(900));
        Instant arrival = fetched;
        double lateness = random.nextDouble();
        if (lateness < 0.005) {
            arrival = fetched.plus(Duration.ofHours(30));          // beyond allowed lateness: too late
        } else if (lateness < 0.045) {
            arrival = fetched.plus(Duration.ofMinutes(70 + random.nextInt(240))); // late, corrects its windows
        }
        ObjectNode env = Json.MAPPER.createObjectNode();
        env.put("url", url);
        if (random.nextDouble() < 0.25) {
            env.put("html", SamplePages.render(title, body, publisher[0], author, url, published, random));
        } else {
            env.put("title", title);
            env.put("body", body);
            env.put("published_at", published.toString());
            if (random.nextDouble() < 0.95) {
                env.put("publisher", publisher[0]);
            }
            env.put("author", author);
        }
        env.put("fetched_at", fetched.toString());
        env.put("source", "sample-feed");
        String json = env.toString();
        out.add(new Record(arrival, json));
        if (random.nextDouble() < 0.02) {
            out.add(new Record(arrival.plus(Duration.ofMinutes(5 + random.nextInt(120))), json)); // re-sent
        }
    }

    private String body(String topic, SampleCountry a, SampleCountry b, String publisher, Instant published) {
        List<String> sentences = new ArrayList<>();
        for (String s : StoryTemplates.SENTENCES.get(topic)) {
            if (b != null || !s.contains("{B") && !s.contains("{b")) {
                sentences.add(s);
            }
        }
        StringBuilder sb = new StringBuilder();
        String city = a.capital.toUpperCase(Locale.ROOT);
        sb.append(city).append(", ").append(DATELINE.format(published)).append(" (").append(publisher).append(") - ")
                .append(fill(pick(sentences), a, b));
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            sb.append("\n\n").append(fill(pick(sentences), a, b)).append(' ').append(pick(StoryTemplates.FILLER));
        }
        return sb.toString();
    }

    private void addMalformed(List<Record> out) {
        Instant t = start.plus(Duration.ofHours(12));
        String[] bad = {
            "{\"url\": \"https://www.example.com/broken\", \"title\": \"Unclosed",
            "not json at all",
            "[\"an\", \"array\"]",
            "{}",
            "{\"title\": \"No url or id\", \"body\": \"Text without identity, long enough to be an article body otherwise.\"}",
            "{\"url\": \"https://www.example.com/no-content\", \"title\": \"Headline only\"}",
            "{\"url\": \"https://www.example.com/wrong-type\", \"title\": 42, \"body\": \"Body\"}",
            "{\"url\": \"https://www.example.com/bad-date\", \"title\": \"Bad date\", \"body\": \"Some text that is long enough to count as an article body for the feed.\", \"published_at\": \"yesterday afternoon\"}",
            "{\"url\": \"https://www.example.com/binary\", \"html\": \"\\u0000\\u0001\\u0002PK\\u0003\\u0004\\u0000\\u0000\\u0008\\u0000\\u0000\\u0000!\\u0000binary\\u0000\\u0001\"}",
            "{\"url\": \"https://www.example.com/plain\", \"html\": \"Just some plain text, no markup anywhere in this page.\"}",
            "{\"url\": \"https://www.example.com/stub\", \"html\": \"<html><body><div class='paywall'>Subscribe to read</div></body></html>\"}",
            "{\"url\": \"https://www.example.com/future\", \"title\": \"From the future\", \"body\": \"An article dated far in the future, which must not move the watermark or open windows decades ahead of the news.\", \"published_at\": \"2099-01-01T00:00:00Z\"}",
        };
        for (int i = 0; i < bad.length; i++) {
            out.add(new Record(t.plus(Duration.ofHours(17L * i)), bad[i]));
        }
    }

    private String fill(String template, SampleCountry a, SampleCountry b) {
        String s = template.replace("{A.title}", a.title()).replace("{A.cap}", a.capital).replace("{A.lead}", a.leader)
                .replace("{A}", a.name).replace("{a}", a.adjective);
        if (b != null) {
            s = s.replace("{B.cap}", b.capital).replace("{B.lead}", b.leader).replace("{B}", b.name).replace("{b}", b.adjective);
        }
        return s;
    }

    private SampleCountry randomCountry() {
        // the US and China are covered more than others, as in real newswire
        double r = random.nextDouble();
        if (r < 0.2) {
            return SampleCountry.ALL[0];
        }
        if (r < 0.32) {
            return SampleCountry.ALL[1];
        }
        return SampleCountry.ALL[2 + random.nextInt(SampleCountry.ALL.length - 2)];
    }

    private String randomTopic() {
        return TOPICS[random.nextInt(TOPICS.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
