package io.newspulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import io.newspulse.NewsPulseJob;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.Taggers;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Scores the tagger against a labelled JSONL corpus {@code {id, title, body, countries: [codes], topics:
 * [names]}}: precision, recall and F1 per country and per topic, and micro-averaged over all labels.
 */
@Command(name = "score-tags", description = "Precision/recall/F1 of country and topic tags on a labelled JSONL corpus.")
final class ScoreTagsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "labelled JSONL: {id, title, body, countries, topics}")
    Path file;

    @Option(names = "--errors", description = "also list each article whose tags differ from its labels")
    boolean errors;

    @Unmatched
    List<String> settings = new ArrayList<>();

    /** True/false positives and false negatives of one label. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores of one corpus: per label, and summed over labels (micro average). */
    static final class Scores {
        final Map<String, Counts> byLabel = new TreeMap<>();
        final Counts micro = new Counts();

        void add(Set<String> expected, Set<String> actual) {
            for (String label : actual) {
                Counts c = byLabel.computeIfAbsent(label, k -> new Counts());
                if (expected.contains(label)) {
                    c.tp++;
                    micro.tp++;
                } else {
                    c.fp++;
                    micro.fp++;
                }
            }
            for (String label : expected) {
                if (!actual.contains(label)) {
                    byLabel.computeIfAbsent(label, k -> new Counts()).fn++;
                    micro.fn++;
                }
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Result r = score(file, Taggers.from(NewsPulseJob.loadConfig(settings)));
        System.out.print(report(r.articles, r.countries, r.topics));
        if (errors) {
            System.out.println();
            System.out.println("Articles whose tags differ from their labels (expected -> tagged):");
            r.mistakes.forEach(System.out::println);
        }
        return 0;
    }

    /** The scores of one corpus, and a line per article whose tags differ from its labels. */
    static final class Result {
        final Scores countries = new Scores();
        final Scores topics = new Scores();
        final List<String> mistakes = new ArrayList<>();
        int articles;
    }

    static Result score(Path file, Taggers taggers) throws java.io.IOException {
        Result r = new Result();
        Scores countries = r.countries;
        Scores topics = r.topics;
        List<String> mistakes = r.mistakes;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = Json.MAPPER.readTree(line);
                String title = a.path("title").asText("");
                String body = a.path("body").asText("");
                Set<String> expectedCountries = labels(a.path("countries"));
                Set<String> expectedTopics = labels(a.path("topics"));
                Set<String> actualCountries = new LinkedHashSet<>();
                Set<String> actualTopics = new LinkedHashSet<>();
                Taggers.Tags tags = taggers.tag(a.path("language").asText(null), title, body);
                for (CountryScore c : tags.countries) {
                    actualCountries.add(c.code);
                }
                for (TopicScore t : tags.topics) {
                    actualTopics.add(t.topic);
                }
                countries.add(expectedCountries, actualCountries);
                topics.add(expectedTopics, actualTopics);
                r.articles++;
                if (!expectedCountries.equals(actualCountries) || !expectedTopics.equals(actualTopics)) {
                    mistakes.add(String.format(Locale.ROOT, "%-6s countries %s -> %s, topics %s -> %s  | %s",
                            a.path("id").asText(), expectedCountries, actualCountries, expectedTopics, actualTopics, title));
                }
            }
        }
        return r;
    }

    private static Set<String> labels(JsonNode array) {
        Set<String> set = new LinkedHashSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    static String report(int articles, Scores countries, Scores topics) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d articles%n", articles));
        sb.append(String.format(Locale.ROOT, "countries: micro precision %.3f, recall %.3f, F1 %.3f%n",
                countries.micro.precision(), countries.micro.recall(), countries.micro.f1()));
        sb.append(String.format(Locale.ROOT, "topics:    micro precision %.3f, recall %.3f, F1 %.3f%n",
                topics.micro.precision(), topics.micro.recall(), topics.micro.f1()));
        sb.append(String.format(Locale.ROOT, "%n%-14s %4s %4s %4s %6s %6s %6s%n", "topic", "tp", "fp", "fn", "P", "R", "F1"));
        topics.byLabel.forEach((label, c) -> sb.append(line(label, c)));
        sb.append(String.format(Locale.ROOT, "%n%-14s %4s %4s %4s %6s %6s %6s%n", "country", "tp", "fp", "fn", "P", "R", "F1"));
        countries.byLabel.forEach((label, c) -> sb.append(line(label, c)));
        return sb.toString();
    }

    private static String line(String label, Counts c) {
        return String.format(Locale.ROOT, "%-14s %4d %4d %4d %6.3f %6.3f %6.3f%n", label, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1());
    }
}
