package io.newspulse.bench;

import io.newspulse.config.ConfigLoader;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.KeyTerms;
import io.newspulse.enrich.Languages;
import io.newspulse.enrich.MinHash;
import io.newspulse.enrich.Taggers;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Articles per second on one core for the tagging stage on 3 KB articles: countries, topics, language and
 * the MinHash signature, as the job's tagger does them (key terms separately). Prints figures; asserts nothing.
 * Run: {@code scripts/bench.sh tagging}.
 */
public final class TaggingBenchmark {
    private static final String[] SENTENCES = {
        "Washington and Beijing traded threats as new tariffs took effect in the widening trade war.",
        "The central bank of Japan raised interest rates for the first time in years to fight inflation.",
        "Troops in Ukraine were put on alert after a border clash, the defence ministry in Kyiv said.",
        "Voters in Brazil go to the polls on Sunday in a tight election for president and congress.",
        "Farmers in India warned that the drought would cut the wheat harvest and raise food prices.",
        "Oil prices rose after Saudi Arabia said it would extend its output cuts into next year.",
        "Hospitals in Kenya reported new cases of cholera as floods contaminated water supplies.",
        "Officials in Berlin said the economy would shrink again as exports to China weakened.",
        "The minister told reporters that talks would resume next week after a pause over the summer.",
        "Analysts said the decision was widely expected and markets barely moved after the announcement.",
    };

    private TaggingBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Taggers taggers = Taggers.from(ConfigLoader.load(null, List.of(), Map.of()));
        Random random = new Random(42);
        List<String[]> articles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 3_000) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(body.length() % 5 == 0 ? "\n\n" : " ");
            }
            articles.add(new String[] {SENTENCES[random.nextInt(SENTENCES.length)], body.substring(0, 3_000)});
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) { // the first round warms the JIT up
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String[] a = articles.get(i % articles.size());
                for (CountryScore c : taggers.countries.tag(a[0], a[1])) {
                    sink += c.code.hashCode();
                }
                for (TopicScore t : taggers.topics.classify(a[0], a[1])) {
                    sink += t.topic.hashCode();
                }
                sink += MinHash.of(a[1])[0];
            }
            double tagging = n / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < n / 4; i++) {
                String[] a = articles.get(i % articles.size());
                sink += Languages.of(null, a[0], a[1]).hashCode();
            }
            double language = (n / 4) / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String[] a = articles.get(i % articles.size());
                sink += KeyTerms.of(a[0], a[1], taggers.gazetteer, 8).size();
            }
            double terms = n / ((System.nanoTime() - start) / 1e9);
            System.out.printf("round %d: countries+topics+minhash %,.0f articles/s; language detection %,.0f/s; "
                    + "key terms %,.0f/s (3 KB articles, one thread)%n", round + 1, tagging, language, terms);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
