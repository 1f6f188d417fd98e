package io.newspulse.enrich;

import io.newspulse.enrich.Tokenizer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds known phrases in token streams: a token trie walked from every position, keeping the longest
 * phrase that matches (so "Papua New Guinea" wins over "Guinea", "New Mexico" over "Mexico"), with case
 * rules per phrase ("US" only in capitals, names only capitalized, topic words in any case).
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** How a phrase's case must match the text. */
    public enum CaseRule {
        /** Written exactly so: acronyms like {@code US}, {@code WHO}. */
        EXACT,
        /** First word capitalized: proper names, so "china" (porcelain) or "turkey" (the bird) do not match. */
        CAPITALIZED,
        /** Any case: topic vocabulary. */
        ANY
    }

    private static final class Entry<T> {
        final String[] surface;
        final CaseRule rule;
        final T value;

        Entry(String[] surface, CaseRule rule, T value) {
            this.surface = surface;
            this.rule = rule;
            this.value = value;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    /** A phrase found in the text. {@code value} is null for blocking phrases. */
    public static final class Match<T> {
        public final T value;
        public final int firstToken;
        public final int tokenCount;

        Match(T value, int firstToken, int tokenCount) {
            this.value = value;
            this.firstToken = firstToken;
            this.tokenCount = tokenCount;
        }
    }

    private final Node<T> root = new Node<>();
    private final boolean stem;

    /** @param stem match words by a light English stem (plural and -ing/-ed forms), for topic vocabulary */
    public PhraseMatcher(boolean stem) {
        this.stem = stem;
    }

    /** Adds a phrase; a null value makes a blocking phrase that consumes its words without a result. */
    public void add(String phrase, CaseRule rule, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<T> node = root;
        String[] surface = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            surface[i] = tokens.get(i).surface;
            node = node.next.computeIfAbsent(key(tokens.get(i).lower), k -> new Node<>());
        }
        node.entries.add(new Entry<>(surface, rule, value));
    }

    /** Reports each leftmost-longest match, blocking phrases included (their value is null). */
    public void match(List<Token> tokens, Consumer<Match<T>> out) {
        int i = 0;
        while (i < tokens.size()) {
            Node<T> node = root;
            Entry<T> best = null;
            int bestLen = 0;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(key(tokens.get(j).lower));
                if (node == null) {
                    break;
                }
                for (Entry<T> e : node.entries) {
                    if (accepts(e, tokens, i)) {
                        best = e;
                        bestLen = j - i + 1;
                        break;
                    }
                }
            }
            if (best != null) {
                out.accept(new Match<>(best.value, i, bestLen));
                i += bestLen;
            } else {
                i++;
            }
        }
    }

    private static <T> boolean accepts(Entry<T> e, List<Token> tokens, int first) {
        switch (e.rule) {
            case EXACT:
                for (int k = 0; k < e.surface.length; k++) {
                    if (!e.surface[k].equals(tokens.get(first + k).surface)) {
                        return false;
                    }
                }
                return true;
            case CAPITALIZED:
                return tokens.get(first).isCapitalized();
            default:
                return true;
        }
    }

    private String key(String lower) {
        return stem ? stem(lower) : lower;
    }

    /** A light stemmer: enough to make "tariffs", "sanctioned" and "elections" meet their phrase. */
    static String stem(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.length() > 5 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ed") && !s.endsWith("eed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && (s.endsWith("ses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        // "trade", "trading" and "traded" meet at "trad"
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
