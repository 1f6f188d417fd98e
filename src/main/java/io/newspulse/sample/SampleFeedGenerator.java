package io.newspulse.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the sample feed and its ground truth, deterministically by seed. The background has daily
 * cycles, weekend lulls, growing volume, a feed outage, syndicated copies, re-sent and late articles,
 * raw HTML pages with site chrome and a few malformed records. Planted on top, with known start times:
 * a sudden US–China trade-tension burst and a coup in a small country (both should alert), and two decoys
 * that should not: a slow steady rise of Saudi energy coverage and one prolific publisher spamming
 * Indian technology stories.
 */
public final class SampleFeedGenerator {
    public static final Instant DEFAULT_START = Instant.parse("2025-08-15T00:00:00Z");
    static final String SPAMMER = "TechWire Daily";
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
    private static final double BASE_PER_HOUR = 10;

    private final Random random;
    private final long seed;
    private final Instant start;
    private final int days;
    private final List<PlantedEvent> events = new ArrayList<>();
    private int serial;

    public SampleFeedGenerator(long seed, Instant start, int days) {
        if (days < 4) {
            throw new IllegalArgumentException("the sample feed needs at least 4 days (history before its events)");
        }
        this.random = new Random(seed);
        this.seed = seed;
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

    /** The planted events of the last {@link #write} (or {@link #generate}), as JSON. */
    public void writeTruth(Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("seed", seed);
        root.put("start", start.toString());
        root.put("days", days);
        ArrayNode list = root.putArray("events");
        for (PlantedEvent e : events) {
            list.add(Json.MAPPER.valueToTree(e));
        }
        out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.write('\n');
    }

    public List<PlantedEvent> events() {
        return events;
    }

    List<Record> generate() {
        events.clear();
        List<Record> records = new ArrayList<>();
        Instant end = start.plus(Duration.ofDays(days));
        double hours = Duration.between(start, end).toHours();
        Instant outageStart = at(0.45);
        Instant outageEnd = outageStart.plus(Duration.ofHours(8));
        Instant spamStart = at(0.35);
        Instant spamEnd = spamStart.plus(Duration.ofHours(8));
        Instant coupStart = at(0.62);
        Instant coupEnd = coupStart.plus(Duration.ofHours(14));
        Instant burstStart = at(0.85);
        Instant burstEnd = burstStart.plus(Duration.ofHours(20));
        events.add(new PlantedEvent("us-china-trade-burst", "burst", "trade", "CN-US", burstStart, burstEnd, true));
        events.add(new PlantedEvent("coup-in-gabon", "burst", "conflict", "GA", coupStart, coupEnd, true));
        events.add(new PlantedEvent("slow-rise-saudi-energy", "decoy", "energy", "SA", start, end, false));
        events.add(new PlantedEvent("one-publisher-spams-indian-tech", "decoy", "technology", "IN", spamStart, spamEnd, false));
        events.add(new PlantedEvent("feed-outage", "condition", null, null, outageStart, outageEnd, false));
        events.add(new PlantedEvent("weekend-lulls-and-volume-growth", "condition", null, null, start, end, false));

        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
            if (!hour.isBefore(outageStart) && hour.isBefore(outageEnd)) {
                continue; // the crawler is down: nothing arrives, nothing is published into the feed
            }
            double t = Duration.between(start, hour).toHours() / hours;
            double volume = daytime(hour) * weekend(hour) * (1 + 0.6 * t);
            for (int i = poisson(BASE_PER_HOUR * volume); i > 0; i--) {
                backgroundStory(hour, records);
            }
            // a trickle of US–China trade stories all along, so the pair has a history
            for (int i = poisson(0.12 * volume); i > 0; i--) {
                story("trade", SampleCountry.byCode("US"), SampleCountry.byCode("CN"), hour, randomPublisher(), records);
            }
            // decoy: Saudi energy coverage rises slowly and steadily over the whole period
            for (int i = poisson((0.05 + 1.0 * t) * volume); i > 0; i--) {
                story("energy", SampleCountry.byCode("SA"), null, hour, randomPublisher(), records);
            }
            if (!hour.isBefore(spamStart) && hour.isBefore(spamEnd)) {
                String[] spammer = {SPAMMER, "techwiredaily.example"};
                for (int i = poisson(5); i > 0; i--) {
                    story("technology", SampleCountry.byCode("IN"), null, hour, spammer, records);
                }
            }
            // breaking news: the bursts start strong and settle
            boolean firstHours = hour.isBefore(coupStart.plus(Duration.ofHours(2)));
            if (!hour.isBefore(coupStart) && hour.isBefore(coupEnd)) {
                for (int i = poisson(firstHours ? 9.0 : 3.0); i > 0; i--) {
                    story("coup", SampleCountry.GABON, null, hour, randomPublisher(), records);
                }
            }
            if (!hour.isBefore(burstStart) && hour.isBefore(burstEnd)) {
                boolean breaking = hour.isBefore(burstStart.plus(Duration.ofHours(2)));
                for (int i = poisson(breaking ? 10.0 : 6.0 * daytime(hour)); i > 0; i--) {
                    story("trade", SampleCountry.byCode("US"), SampleCountry.byCode("CN"), hour, randomPublisher(), records);
                }
            }
        }
        addMalformed(records);
        records.sort(Comparator.comparing((Record r) -> r.arrival));
        return records;
    }

    private Instant at(double fraction) {
        long hours = Math.round(days * 24 * fraction);
        return start.plus(Duration.ofHours(hours));
    }

    private static double daytime(Instant hour) {
        int h = hour.atZone(ZoneOffset.UTC).getHour();
        return h >= 6 && h <= 20 ? 1.0 : 0.35;
    }

    private static double weekend(Instant hour) {
        DayOfWeek d = ZonedDateTime.ofInstant(hour, ZoneOffset.UTC).getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? 0.5 : 1.0;
    }

    private void backgroundStory(Instant hour, List<Record> out) {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        SampleCountry a = randomCountry();
        SampleCountry b = null;
        if (StoryTemplates.PAIR_HEADLINES.containsKey(topic) && random.nextDouble() < 0.4) {
            do {
                b = randomCountry();
            } while (b == a);
        }
        story(topic, a, b, hour, randomPublisher(), out);
    }

    private void story(String topic, SampleCountry a, SampleCountry b, Instant hour, String[] publisher, List<Record> out) {
        Instant published = hour.plusSeconds(random.nextInt(3600));
        String product = pick(StoryTemplates.PRODUCTS);
        List<String> headlines = "coup".equals(topic) ? StoryTemplates.COUP_HEADLINES
                : b == null ? StoryTemplates.SINGLE_HEADLINES.get(topic) : StoryTemplates.PAIR_HEADLINES.get(topic);
        String title = capitalize(fill(pick(headlines), a, b, product));
        String body = body(topic, a, b, publisher[0], published, product);
        String author = pick(AUTHORS);

        emit(publisher, title, body, author, published, out);
        // syndication: the same story on other sites, minutes later, under their own URLs
        if (!SPAMMER.equals(publisher[0]) && random.nextDouble() < 0.12) {
            int copies = 1 + random.nextInt(3);
            for (int i = 0; i < copies; i++) {
                String[] other = randomPublisher();
                String copyBody = random.nextBoolean() ? body
                        : body + "\n\nThis story was first published by " + publisher[0] + ".";
                emit(other, title, copyBody, author, published.plusSeconds(60 + random.nextInt(1800)), out);
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

    private String body(String topic, SampleCountry a, SampleCountry b, String publisher, Instant published, String product) {
        List<String> sentences = new ArrayList<>();
        for (String s : StoryTemplates.SENTENCES.get(topic)) {
            if (b != null || !s.contains("{B") && !s.contains("{b")) {
                sentences.add(s);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(a.capital.toUpperCase(Locale.ROOT)).append(", ").append(DATELINE.format(published))
                .append(" (").append(publisher).append(") - ").append(fill(pick(sentences), a, b, product))
                .append(' ').append(detail());
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            sb.append("\n\n").append(fill(pick(sentences), a, b, product)).append(' ').append(detail());
            if (random.nextBoolean()) {
                sb.append(' ').append(pick(StoryTemplates.FILLER));
            }
        }
        return sb.toString();
    }

    /** A sentence of facts drawn for this story alone. */
    private String detail() {
        return pick(StoryTemplates.DETAILS)
                .replace("{person}", pick(StoryTemplates.PEOPLE))
                .replace("{day}", pick(StoryTemplates.DAYS))
                .replace("{month}", pick(StoryTemplates.MONTHS))
                .replace("{n}", Integer.toString(2 + random.nextInt(900)))
                .replace("{pct}", String.format(Locale.ROOT, "%.1f", 0.1 + random.nextDouble() * 9.8));
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

    private static String fill(String template, SampleCountry a, SampleCountry b, String product) {
        String s = template.replace("{A.title}", a.title()).replace("{A.cap}", a.capital).replace("{A.lead}", a.leader)
                .replace("{A}", a.name).replace("{a}", a.adjective).replace("{product}", product);
        if (b != null) {
            s = s.replace("{B.cap}", b.capital).replace("{B.lead}", b.leader).replace("{B}", b.name).replace("{b}", b.adjective);
        }
        return s;
    }

    private SampleCountry randomCountry() {
        // the US and China are covered more than others, as in real newswire
        double r = random.nextDouble();
        if (r < 0.18) {
            return SampleCountry.ALL[0];
        }
        if (r < 0.28) {
            return SampleCountry.ALL[1];
        }
        SampleCountry c;
        do {
            c = SampleCountry.ALL[2 + random.nextInt(SampleCountry.ALL.length - 2)];
        } while ("SA".equals(c.code)); // Saudi coverage is the slow-rise decoy's alone
        return c;
    }

    private String[] randomPublisher() {
        return PUBLISHERS[random.nextInt(PUBLISHERS.length)];
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
