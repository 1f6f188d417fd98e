package io.newspulse.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small feeds of JSON envelopes that read like the news they stand for. */
public final class TestFeed {
    public static final Instant T0 = Instant.parse("2025-08-25T00:00:00Z");

    private final List<String> records = new ArrayList<>();
    private int serial;

    public static Instant at(int hour, int minute) {
        return T0.plusSeconds(hour * 3600L + minute * 60L);
    }

    /** A pre-extracted article envelope. */
    public TestFeed article(String publisher, String title, String body, Instant published) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("url", "https://news.example/" + publisher.toLowerCase().replace(' ', '-') + "/" + (++serial));
        n.put("title", title);
        n.put("body", body);
        n.put("published_at", published.toString());
        n.put("publisher", publisher);
        records.add(n.toString());
        return this;
    }

    /** A raw page envelope; the page states its own published time. */
    public TestFeed page(String publisher, String title, String body, Instant published) {
        String html = "<!DOCTYPE html><html lang=en><head><title>" + title + " | " + publisher + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + publisher + "\">"
                + "<meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a> Mexico Canada</nav><article><h1>" + title + "</h1>"
                + "<p>" + body.replace("\n\n", "</p><p>") + "</p></article>"
                + "<aside class=related><a href=/x>Brazil and Russia discuss grain exports</a></aside></body></html>";
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("url", "https://pages.example/" + (++serial));
        n.put("html", html);
        records.add(n.toString());
        return this;
    }

    /** Sends the previous record again, unchanged (a re-delivery). */
    public TestFeed resendLast() {
        records.add(records.get(records.size() - 1));
        return this;
    }

    public TestFeed raw(String record) {
        records.add(record);
        return this;
    }

    public List<String> records() {
        return records;
    }
}
