package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds known phrases in token streams: a trie over word numbers ({@link Lexicon}) walked from every position,
 * keeping the longest phrase that matches (so "Papua New Guinea" wins over "Guinea", "New Mexico" over
 * "Mexico"), with case rules per phrase ("US" only in capitals, names only capitalized, topic words in any
 * case). Each token's word is looked up once, from its characters, without making a string; a word no phrase
 * contains ends the walk at once.
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

    /** Characters the light stemmer may remove from a word: a text word that long beyond every phrase word can
     *  still meet one. */
    private static final int MAX_STEM_CUT = 3;

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
        private int[] words = new int[0];
        private List<Node<T>> children = new ArrayList<>(0);
        final List<Entry<T>> entries = new ArrayList<>(1);

        Node<T> child(int word) {
            for (int k = 0; k < words.length; k++) {
                if (words[k] == word) {
                    return children.get(k);
                }
            }
            return null;
        }

        Node<T> childOrAdd(int word) {
            Node<T> child = child(word);
            if (child == null) {
                child = new Node<>();
                words = Arrays.copyOf(words, words.length + 1);
                words[words.length - 1] = word;
                children.add(child);
            }
            return child;
        }
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

    private final Lexicon lexicon = new Lexicon();
    /** The trie's first level, by word number. */
    private final List<Node<T>> roots = new ArrayList<>();
    private final boolean stem;

    /** @param stem match words by a light English stem (plural and -ing/-ed forms), for topic vocabulary */
    public PhraseMatcher(boolean stem) {
        this.stem = stem;
    }

    /** Adds a phrase; a null value makes a blocking phrase that consumes its words without a result. */
    public void add(String phrase, CaseRule rule, T value) {
        Tokens tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<T> node = null;
        String[] surface = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            surface[i] = tokens.surface(i);
            char[] word = (stem ? stem(tokens.lower(i)) : tokens.lower(i)).toCharArray();
            int number = lexicon.intern(word, word.length);
            if (node == null) {
                while (roots.size() <= number) {
                    roots.add(null);
                }
                if (roots.get(number) == null) {
                    roots.set(number, new Node<>());
                }
                node = roots.get(number);
            } else {
                node = node.childOrAdd(number);
            }
        }
        node.entries.add(new Entry<>(surface, rule, value));
    }

    /** Reports each leftmost-longest match, blocking phrases included (their value is null). */
    public void match(Tokens tokens, Consumer<Match<T>> out) {
        match(tokens, 0, tokens.size(), out);
    }

    /** Like {@link #match(Tokens, Consumer)}, for the tokens {@code [from, to)} only: no phrase crosses the ends. */
    public void match(Tokens tokens, int from, int to, Consumer<Match<T>> out) {
        int[] words = words(tokens, from, to);
        int i = from;
        while (i < to) {
            Node<T> node = root(words[i - from]);
            Entry<T> best = null;
            int bestLen = 0;
            for (int j = i; node != null; ) {
                for (Entry<T> e : node.entries) {
                    if (accepts(e, tokens, i)) {
                        best = e;
                        bestLen = j - i + 1;
                        break;
                    }
                }
                if (++j >= to) {
                    break;
                }
                int word = words[j - from];
                node = word == Lexicon.ABSENT ? null : node.child(word);
            }
            if (best != null) {
                out.accept(new Match<>(best.value, i, bestLen));
                i += bestLen;
            } else {
                i++;
            }
        }
    }

    /** The word number of each token in {@code [from, to)}, {@link Lexicon#ABSENT} for words of no phrase. */
    private int[] words(Tokens tokens, int from, int to) {
        int[] words = new int[Math.max(0, to - from)];
        char[] lower = tokens.lowerChars();
        if (!stem) {
            for (int i = from; i < to; i++) {
                words[i - from] = lexicon.id(lower, tokens.lowerStart(i), tokens.length(i), tokens.hash(i));
            }
            return words;
        }
        char[] buffer = new char[lexicon.maxLength() + MAX_STEM_CUT];
        for (int i = from; i < to; i++) {
            int start = tokens.lowerStart(i);
            int n = tokens.length(i);
            int stemmed = stemLength(lower, start, n);
            if (stemmed == n) {
                words[i - from] = lexicon.id(lower, start, n, tokens.hash(i));
            } else if (stemmed != IES_TO_Y) {
                words[i - from] = lexicon.id(lower, start, stemmed);
            } else if (n - 2 > buffer.length) {
                words[i - from] = Lexicon.ABSENT;
            } else { // "economies" → "economy"
                System.arraycopy(lower, start, buffer, 0, n - 3);
                buffer[n - 3] = 'y';
                words[i - from] = lexicon.id(buffer, 0, n - 2);
            }
        }
        return words;
    }

    private Node<T> root(int word) {
        return word == Lexicon.ABSENT || word >= roots.size() ? null : roots.get(word);
    }

    private static <T> boolean accepts(Entry<T> e, Tokens tokens, int first) {
        switch (e.rule) {
            case EXACT:
                for (int k = 0; k < e.surface.length; k++) {
                    if (!tokens.surfaceEquals(first + k, e.surface[k])) {
                        return false;
                    }
                }
                return true;
            case CAPITALIZED:
                return tokens.isCapitalized(first);
            default:
                return true;
        }
    }

    /** A light stemmer: enough to make "tariffs", "sanctioned" and "elections" meet their phrase. */
    static String stem(String word) {
        char[] s = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
        int n = stemLength(s, 0, s.length);
        return n == IES_TO_Y ? new String(s, 0, s.length - 3) + "y" : new String(s, 0, n);
    }

    /** {@link #stemLength}'s answer for "-ies" words, whose stem ends in "y" instead. */
    private static final int IES_TO_Y = -1;

    /**
     * The stem of the lower-case word {@code s[from, from + n)}: the length of the prefix that is its stem, or
     * {@link #IES_TO_Y} when the stem is the word without "ies" plus "y".
     */
    static int stemLength(char[] s, int from, int n) {
        int end = from + n;
        char last = n == 0 ? 0 : s[end - 1];
        if (last != 's' && last != 'g' && last != 'd' && last != 'e') {
            return n; // most words: no suffix of interest
        }
        if (n > 5 && endsWith(s, end, "ies")) {
            return IES_TO_Y;
        } else if (n > 5 && endsWith(s, end, "ing")) {
            n -= 3;
        } else if (n > 4 && endsWith(s, end, "ed") && !endsWith(s, end, "eed")) {
            n -= 2;
        } else if (n > 4 && (endsWith(s, end, "ses") || endsWith(s, end, "xes") || endsWith(s, end, "ches")
                || endsWith(s, end, "shes"))) {
            n -= 2;
        } else if (n > 3 && last == 's' && !endsWith(s, end, "ss") && !endsWith(s, end, "us") && !endsWith(s, end, "is")) {
            n -= 1;
        }
        // "trade", "trading" and "traded" meet at "trad"
        if (n > 4 && s[from + n - 1] == 'e') {
            n -= 1;
        }
        return n;
    }

    /** The characters before {@code end} are {@code suffix} (callers check the word is long enough). */
    private static boolean endsWith(char[] s, int end, String suffix) {
        int m = suffix.length();
        for (int k = 0; k < m; k++) {
            if (s[end - m + k] != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
