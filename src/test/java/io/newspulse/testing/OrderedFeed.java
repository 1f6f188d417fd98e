package io.newspulse.testing;

import java.util.List;

/**
 * Days of in-order news (US–China trade now and then, the economies and hospitals of five countries) from
 * six publishers, with a US–China trade burst on the third day and a malformed record a day; each article
 * its own story. In order and without copies, so every run over it must leave exactly the same tables.
 */
public final class OrderedFeed {
    private static final String[] PUBLISHERS = {"Reuters", "AP", "Bloomberg", "AFP", "Nikkei Asia", "BBC News"};
    private static final String[] ECONOMIES = {"Japan", "Germany", "India", "Brazil", "Canada"};

    private OrderedFeed() {}

    public static List<String> days(int days) {
        TestFeed f = new TestFeed();
        int n = 0;
        for (int hour = 0; hour < 24 * days; hour++) {
            int trade = hour >= 56 && hour < 62 ? 6 : hour % 3 == 0 ? 1 : 0;
            for (int i = 0; i < trade; i++, n++) {
                f.article(PUBLISHERS[n % PUBLISHERS.length], "US and China trade barbs over tariffs, round " + n,
                        story("Washington and Beijing traded threats as new tariffs took effect in the trade war", n),
                        TestFeed.at(hour, 5 + 8 * i));
            }
            for (int i = 0; i < 3; i++, n++) {
                String country = ECONOMIES[(hour + i) % ECONOMIES.length];
                f.article(PUBLISHERS[n % PUBLISHERS.length], country + " economy grows as exports rise, report " + n,
                        story(country + "'s economy grew and GDP rose as exports and stocks climbed", n), TestFeed.at(hour, 20 + i));
            }
            if (hour % 2 == 1) {
                String country = ECONOMIES[hour % ECONOMIES.length];
                f.article(PUBLISHERS[n % PUBLISHERS.length], country + " hospitals report virus cases, update " + n,
                        story("Hospitals in " + country + " reported new virus cases and a vaccine campaign began", n),
                        TestFeed.at(hour, 40));
                n++;
            }
            if (hour % 24 == 7) {
                f.raw("{\"url\": \"https://bad.example/" + hour + "\", \"title\": \"broken");
            }
        }
        return f.records();
    }

    private static String story(String lead, int n) {
        return lead + ", officials said in statement number " + n + ".\n\nAbout " + (100 + 37 * n % 900)
                + " companies and " + (3 + n % 17) + " ministries are affected, according to analyst note " + (n * 7919 % 10007)
                + ", which also cited " + (n % 5 + 2) + " earlier rounds of talks.";
    }
}
