package io.newspulse.bench;

import io.newspulse.config.ConfigLoader;
import io.newspulse.enrich.ArticleTagger;
import io.newspulse.enrich.KeyTerms;
import io.newspulse.enrich.Languages;
import io.newspulse.enrich.MinHash;
import io.newspulse.enrich.Taggers;
import io.newspulse.enrich.Tokenizer;
import io.newspulse.enrich.Tokens;
import io.newspulse.ingest.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;

/**
 * Articles per second on one core for the tagging stage on 3 KB English articles without a declared language
 * (so the language check runs). Prints figures; asserts nothing. Run: {@code scripts/bench.sh tagging}.
 *
 * <ul>
 *   <li><b>job tagger</b>: what the job's tagging operator does per article ({@link ArticleTagger#tag}):
 *       tokenize headline and body once, language, MinHash signature, countries, topics, headline terms;
 *   <li><b>tag command</b>: the same plus the body's key terms, as {@code newspulse tag} writes them;
 *   <li>then each part alone, on text tokenized beforehand.
 * </ul>
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
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 3_000) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(body.length() % 5 == 0 ? "\n\n" : " ");
            }
            Article a = new Article();
            a.id = "a" + i;
            a.title = SENTENCES[random.nextInt(SENTENCES.length)];
            a.body = body.substring(0, 3_000);
            a.eventTime = Instant.EPOCH;
            articles.add(a);
        }
        List<Tokens[]> tokenized = new ArrayList<>();
        for (Article a : articles) {
            tokenized.add(new Tokens[] {Tokenizer.tokenize(a.title), Tokenizer.tokenize(a.body)});
        }
        System.out.printf("%,d articles of %,d chars, one thread; articles/s (three rounds, the first warms up)%n",
                n, articles.get(0).body.length());
        Tokens titleTokens = new Tokens();
        Tokens bodyTokens = new Tokens();
        for (int round = 1; round <= 3; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            line.append(rate("job tagger", n, i -> ArticleTagger.tag(articles.get(i % articles.size()), taggers,
                    titleTokens, bodyTokens).topics.size()));
            line.append(rate("tag command", n, i -> {
                Article a = articles.get(i % articles.size());
                Tokens title = Tokenizer.tokenize(a.title, titleTokens);
                Tokens body = Tokenizer.tokenize(a.body, bodyTokens);
                return taggers.tag(null, title, body).topics.size() + KeyTerms.of(title, body, taggers.gazetteer, 8).size();
            }));
            System.out.println(line);
            line = new StringBuilder("  parts:");
            line.append(rate("tokenize", n, i -> Tokenizer.tokenize(articles.get(i % articles.size()).body, bodyTokens).size()));
            line.append(rate("language", n, i -> Languages.of(null, tokenized.get(i % articles.size())[0],
                    tokenized.get(i % articles.size())[1]).length()));
            line.append(rate("minhash", n, i -> MinHash.of(tokenized.get(i % articles.size())[1])[0]));
            line.append(rate("countries", n, i -> taggers.countries.tag(tokenized.get(i % articles.size())[0],
                    tokenized.get(i % articles.size())[1]).size()));
            line.append(rate("topics", n, i -> taggers.topics.classify(tokenized.get(i % articles.size())[0],
                    tokenized.get(i % articles.size())[1]).size()));
            line.append(rate("key terms", n, i -> KeyTerms.of(tokenized.get(i % articles.size())[0],
                    tokenized.get(i % articles.size())[1], taggers.gazetteer, 8).size()));
            System.out.println(line);
        }
    }

    private static long sink;

    private static String rate(String what, int n, ToLongFunction<Integer> work) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += work.applyAsLong(i);
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        return String.format(" %s %,.0f;", what, perSecond);
    }
}
