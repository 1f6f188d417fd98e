package io.newspulse.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed and adversarial Kafka records, deterministic for a seed, mixed with valid articles: invalid JSON,
 * wrong types, missing fields, binary garbage, invalid UTF-8, wrong declared charsets, empty and huge records,
 * deeply nested HTML, pages of hundreds of thousands and of over a million tiny elements, dates far in the future and past,
 * SQL injection in every text field, titles of megabytes. Each record has a kind, so a test can say what
 * should have happened to it.
 */
public final class HostileCorpus {
    /** SQL that would do damage if any statement were built by string concatenation. */
    public static final String[] INJECTIONS = {
        "'); DROP TABLE trend_windows; --",
        "\" OR 1=1 --",
        "x'; UPDATE trend_alerts SET score = 0; --",
        "Robert'); DELETE FROM rejected_articles WHERE ('1'='1",
        "1; SELECT pg_sleep(10); --",
    };

    public static final Instant T0 = Instant.parse("2025-08-25T00:00:00Z");

    /** One record and what it is. */
    public static final class Input {
        public final String kind;
        public final byte[] value;
        /** True when the record is a well-formed article the job must count. */
        public final boolean valid;

        Input(String kind, byte[] value, boolean valid) {
            this.kind = kind;
            this.value = value;
            this.valid = valid;
        }
    }

    private final Random random;
    private final List<Input> inputs = new ArrayList<>();
    private int articleSeq;

    private HostileCorpus(long seed) {
        random = new Random(seed);
    }

    /**
     * About {@code hostile} adversarial records (plus a few huge ones) shuffled among {@code valid} valid
     * articles published over two days.
     */
    public static List<Input> generate(long seed, int valid, int hostile, int hugeRecordBytes) {
        HostileCorpus c = new HostileCorpus(seed);
        List<Input> articles = new ArrayList<>();
        for (int i = 0; i < valid; i++) {
            Instant published = T0.plusSeconds(48L * 3600 * i / valid);
            articles.add(new Input(i % 4 == 0 ? "valid_with_injection" : "valid", c.validArticle(i % 4 == 0, published), true));
        }
        int perKind = hostile / 20;
        for (int i = 0; i < perKind; i++) {
            c.add("invalid_json", c.invalidJson());
            c.add("not_an_object", c.pick("[1,2,3]", "42", "\"just a string\"", "null", "true", "[]", "{}x"));
            c.add("wrong_type", c.wrongType());
            c.add("missing_id", c.json(Map.of("title", "No url or id " + i, "body", c.text(200))));
            c.add("missing_content", c.json(Map.of("url", "https://hostile.example/mc/" + i, "title", "Title only")));
            c.add("binary", c.binary());
            c.add("invalid_utf8", c.invalidUtf8(i));
            c.add("wrong_charset", c.wrongCharset(i));
            c.add("empty", c.pick("", " ", "\n", "\t\r\n"));
            c.add("not_html", c.json(Map.of("url", "https://hostile.example/nh/" + i, "html", "%PDF-1.4 " + c.text(50))));
            c.add("empty_page", c.json(Map.of("url", "https://hostile.example/ep/" + i,
                    "html", "<html><head><title>Subscribe</title></head><body><nav>Home</nav></body></html>")));
            c.add("far_future", c.dated(i, "9999-12-31T23:59:59Z"));
            c.add("far_past", c.dated(i, c.pick("0001-01-01T00:00:00Z", "1900-01-01T00:00:00Z", "1970-01-01T00:00:00Z")));
            c.add("bad_date", c.dated(i, c.pick("yesterday", "2025-13-45", "1e30", "-99999999999999999", "2025-02-30T25:61:00Z")));
            c.add("control_chars", c.json(Map.of("url", "https://hostile.example/cc/" + i + "\u0000",
                    "title", "NUL\u0000 and BEL\u0007 in a title", "body", "Body with NUL \u0000 bytes " + c.text(120),
                    "published_at", c.time())));
            c.add("injection_reject", c.json(Map.of("url", INJECTIONS[i % INJECTIONS.length], "title",
                    INJECTIONS[(i + 1) % INJECTIONS.length])));
            c.add("huge_field_names", c.json(Map.of("x".repeat(10_000), "y", "url", "https://hostile.example/hf/" + i)));
            c.add("deep_json", ("[".repeat(5_000 + i % 100) + "]".repeat(5_000 + i % 100)).getBytes(StandardCharsets.UTF_8));
            c.add("number_overflow", ("{\"url\": \"https://hostile.example/no/" + i + "\", \"body\": \"" + c.text(100)
                    + "\", \"published_at\": 1" + "0".repeat(400) + "}").getBytes(StandardCharsets.UTF_8));
            c.add("duplicate_keys", ("{\"url\": \"https://hostile.example/dk/" + i + "\", \"url\": 7, \"body\": \""
                    + c.text(100) + "\", \"published_at\": \"" + c.time() + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        // a few large ones: deeply nested and element-heavy pages under the size limit, pages and titles over it
        for (int i = 0; i < 3; i++) {
            c.add("deep_html", c.json(Map.of("url", "https://hostile.example/deep/" + i, "published_at", c.time(),
                    "html", "<html><body>" + "<div>".repeat(100_000) + "Deep text. ".repeat(40) + "</div>".repeat(100_000)
                            + "</body></html>")));
            c.add("tiny_elements", c.json(Map.of("url", "https://hostile.example/tiny/" + i, "published_at", c.time(),
                    "html", "<html><body><article>" + "<b>w</b> ".repeat(400_000) + "</article></body></html>")));
            c.add("million_elements", c.json(Map.of("url", "https://hostile.example/million/" + i, "published_at", c.time(),
                    "html", "<html><body><p>" + "Words between breaks. ".repeat(20) + "<br>".repeat(1_150_000)
                            + "</p></body></html>")));
            c.add("megabyte_title", c.json(Map.of("url", "https://hostile.example/mt/" + i, "published_at", c.time(),
                    "title", "US China tariffs ".repeat(120_000), "body", c.tradeBody())));
            c.add("huge_page", c.json(Map.of("url", "https://hostile.example/huge/" + i,
                    "html", "<html><body><p>" + "A".repeat(hugeRecordBytes) + "</p></body></html>")));
        }
        // hostile records in random order, valid articles among them in the order they were published (a feed
        // out of order by days would rightly see most of them rejected as too late)
        java.util.Collections.shuffle(c.inputs, c.random);
        List<Input> mixed = new ArrayList<>(c.inputs.size() + articles.size());
        int a = 0;
        int h = 0;
        while (a < articles.size() || h < c.inputs.size()) {
            boolean takeArticle = h == c.inputs.size()
                    || a < articles.size() && c.random.nextInt(c.inputs.size() + articles.size()) < articles.size();
            mixed.add(takeArticle ? articles.get(a++) : c.inputs.get(h++));
        }
        return mixed;
    }

    /** Counts per kind, in first-seen order. */
    public static Map<String, Integer> kinds(List<Input> inputs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Input in : inputs) {
            counts.merge(in.kind, 1, Integer::sum);
        }
        return counts;
    }

    private void add(String kind, byte[] value) {
        inputs.add(new Input(kind, value, false));
    }

    private void add(String kind, String value) {
        add(kind, value.getBytes(StandardCharsets.UTF_8));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Hostile records that are articles after all are dated at the start of the feed (most arrive too late). */
    private String time() {
        return T0.plusSeconds(random.nextInt(3600)).toString();
    }

    private String text(int words) {
        String[] vocabulary = {"market", "minister", "talks", "growth", "weather", "council", "report", "city",
            "river", "budget", "school", "museum", "harbour", "festival", "bridge", "railway"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    private String tradeBody() {
        return "Washington and Beijing traded threats as new tariffs took effect, widening the trade war between the "
                + "United States and China. Chinese officials said the duties broke WTO rules. " + text(60);
    }

    private byte[] validArticle(boolean injected, Instant published) {
        int n = articleSeq++;
        ObjectNode o = Json.MAPPER.createObjectNode();
        String injection = INJECTIONS[n % INJECTIONS.length];
        o.put("url", "https://news" + (n % 9) + ".example/2025/story-" + n + (injected ? "?q=" + injection : ""));
        o.put("title", (injected ? injection + " " : "") + "US and China trade barbs over tariffs, story " + n);
        o.put("body", tradeBody() + (injected ? " " + injection : "") + " Story number " + n + ".");
        o.put("publisher", injected ? injection : "Publisher " + (n % 9));
        o.put("author", injected ? injection : "Reporter " + (n % 5));
        o.put("published_at", published.toString());
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String json(Map<String, String> fields) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        fields.forEach(o::put);
        return o.toString();
    }

    private String invalidJson() {
        String good = json(Map.of("url", "https://hostile.example/ij/" + random.nextInt(1_000_000), "body", text(40)));
        switch (random.nextInt(6)) {
            case 0: return good.substring(0, random.nextInt(good.length() - 1) + 1);
            case 1: return good + "}}garbage";
            case 2: return good.replace("\"url\"", "url");
            case 3: return "{\"url\": 'single quoted', \"body\": NaN}";
            case 4: return "{\"url\": \"https://x.example\", \"body\": \"unterminated";
            default: return "<html>not json at all</html>";
        }
    }

    private String wrongType() {
        switch (random.nextInt(5)) {
            case 0: return "{\"url\": 123, \"body\": \"" + text(30) + "\"}";
            case 1: return "{\"url\": \"https://hostile.example/wt\", \"body\": {\"nested\": true}}";
            case 2: return "{\"url\": \"https://hostile.example/wt\", \"title\": [\"a\", \"b\"], \"body\": \"" + text(30) + "\"}";
            case 3: return "{\"url\": \"https://hostile.example/wt\", \"body\": \"" + text(30) + "\", \"published_at\": [2025]}";
            default: return "{\"url\": true, \"html\": false}";
        }
    }

    private byte[] binary() {
        byte[] b = new byte[1 + random.nextInt(4096)];
        random.nextBytes(b);
        return b;
    }

    private byte[] invalidUtf8(int i) {
        byte[] head = ("{\"url\": \"https://hostile.example/iu/" + i + "\", \"title\": \"bad ").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] tail = ("\", \"body\": \"" + text(40) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    /** A page whose meta charset lies about its bytes (or names no charset at all), in a JSON envelope. */
    private String wrongCharset(int i) {
        String declared = pick("iso-8859-1", "windows-1252", "shift_jis", "x-no-such-charset", "utf-16");
        String text = "Zürich, São Paulo and Łódź: " + text(60);
        String body = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("ISO-8859-1"));
        return json(Map.of("url", "https://hostile.example/wc/" + i, "published_at", time(),
                "html", "<html><head><meta charset=\"" + declared + "\"></head><body><article><p>" + body
                        + "</p></article></body></html>"));
    }

    private String dated(int i, String date) {
        return json(Map.of("url", "https://hostile.example/dt/" + i + "/" + random.nextInt(1_000_000), "title",
                "A dated story", "body", text(40), "published_at", date));
    }
}
