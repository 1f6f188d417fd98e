package io.newspulse.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the words of a {@code class}, {@code id} or {@code role} value say about a block: chrome ("share",
 * "related", "sidebar"), the article itself ("article", "content"), text that is never the article however long
 * (comments, galleries), a paywall, a byline. All the lists are found in one pass over the value (an Aho–Corasick automaton): a regular
 * expression of forty case-insensitive alternatives cost more than parsing the page, and a substring search per word
 * still cost a tenth of it.
 */
final class ClassWords {
    private ClassWords() {}

    /** What {@link #classify} finds, one bit each. */
    static final int UNLIKELY_HINT = 1;
    static final int LIKELY_HINT = 2;
    static final int NEVER_PROSE_HINT = 4;
    static final int PAYWALL_HINT = 8;
    /** A byline: {@code byline} anywhere ({@code FeatureByline}), or the word {@code author} / {@code article-author}. */
    static final int BYLINE_HINT = 16;
    /** Class words of paywalls and registration walls. */
    private static final String[] PAYWALL = {"paywall", "regwall", "subscriber-only", "subscribers-only", "premium-content",
        "piano-offer", "meter-wall"};

    /** Class/id words of page chrome that is never article text. */
    private static final String[] UNLIKELY = {"comment", "share", "social", "related", "newsletter", "subscri", "promo",
        "advert", "ad-", "sponsor", "cookie", "consent", "paywall", "signup", "sign-up", "sidebar", "footer", "masthead",
        "breadcrumb", "recommend", "outbrain", "taboola", "popup", "modal", "banner", "disqus", "trending",
        "most-read", "more-stories", "read-more", "app-download", "toolbar", "gallery", "slideshow", "carousel"};
    /** ... and these as whole words ({@code ad}, {@code ads}) or word starts ({@code nav}, {@code navbar},
     *  {@code menu-item}, but not MathJax's {@code CtxtMenu_Attached}). */
    private static final String[] UNLIKELY_WORDS = {"ad", "ads"};
    private static final String[] UNLIKELY_WORD_STARTS = {"nav", "menu"};
    /** Class/id words that mark the article itself; they protect a block from the list above. */
    private static final String[] LIKELY = {"article", "story", "entry", "post-body", "content", "main", "text", "body",
        "paragraph", "prose"};

    /** Class words of blocks that are long, plain text and still never the article: reader comments, captioned
     *  galleries. */
    private static final String[] NEVER_PROSE = {"comment", "disqus", "reply", "replies", "discussion", "respon",
        "gallery", "slideshow", "carousel"};

    /** A substring {@code author}: the value is then split into words for {@link #isAuthor}. */
    private static final int AUTHOR_SUBSTRING = 1 << 30;

    /** All the substring lists in one automaton, scanned once per value. */
    private static final WordAutomaton WORDS = new WordAutomaton()
            .add(UNLIKELY, UNLIKELY_HINT)
            .add(LIKELY, LIKELY_HINT)
            .add(NEVER_PROSE, NEVER_PROSE_HINT)
            .add(PAYWALL, PAYWALL_HINT)
            .add(new String[] {"byline"}, BYLINE_HINT)
            .add(new String[] {"author"}, AUTHOR_SUBSTRING)
            .addWords(UNLIKELY_WORDS, UNLIKELY_WORD_STARTS, UNLIKELY_HINT)
            .build();

    /**
     * Which of the word lists ({@code *_HINT} bits) a class, id or role value contains, in any case. Pages repeat
     * a few class values and have thousands of distinct ones (a fifth of all elements on the test pages have one not
     * seen before on their page), so this is one pass over the value's characters, not a search per word.
     */
    static int classify(String value) {
        int found = WORDS.scan(value);
        if (found < 0) { // characters outside ASCII: lower-cased as Java does, then the plain search
            return classifyLowerCase(value.toLowerCase(java.util.Locale.ROOT));
        }
        int hints = found & ~AUTHOR_SUBSTRING;
        if ((found & AUTHOR_SUBSTRING) != 0 && (hints & BYLINE_HINT) == 0 && isAuthor(value.toLowerCase(java.util.Locale.ROOT))) {
            hints |= BYLINE_HINT;
        }
        return hints;
    }

    /** {@link #classify} for a value already in lower case, one search per word (the rule the automaton implements). */
    static int classifyLowerCase(String value) {
        int hints = 0;
        if (containsAny(value, UNLIKELY) || hasWord(value)) {
            hints |= UNLIKELY_HINT;
        }
        if (containsAny(value, LIKELY)) {
            hints |= LIKELY_HINT;
        }
        if (containsAny(value, NEVER_PROSE)) {
            hints |= NEVER_PROSE_HINT;
        }
        if (containsAny(value, PAYWALL)) {
            hints |= PAYWALL_HINT;
        }
        if (value.contains("byline") || isAuthor(value)) {
            hints |= BYLINE_HINT;
        }
        return hints;
    }

    private static boolean containsAny(String value, String[] words) {
        for (String w : words) {
            if (value.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The class {@code author} or {@code article-author}. */
    private static boolean isAuthor(String value) {
        if (!value.contains("author")) {
            return false; // most values: decided without splitting
        }
        for (String word : PageMetadata.SPACES.split(value.trim())) {
            if (word.equals("author") || word.equals("article-author")) {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #UNLIKELY_WORDS} as a whole word, or a word starting with one of {@link #UNLIKELY_WORD_STARTS}. */
    private static boolean hasWord(String value) {
        int n = value.length();
        for (int start = 0; start < n; ) {
            while (start < n && !isWordChar(value.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && isWordChar(value.charAt(end))) {
                end++;
            }
            for (String word : UNLIKELY_WORDS) {
                if (end - start == word.length() && value.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
            }
            for (String prefix : UNLIKELY_WORD_STARTS) {
                if (end - start >= prefix.length() && value.regionMatches(true, start, prefix, 0, prefix.length())) {
                    return true;
                }
            }
            start = end;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
    }

    /**
     * Aho–Corasick over ASCII, case-insensitive: the bits of every word found anywhere in a value, in one pass. A
     * table of next states per (state, character class); characters that occur in no word go back to the start.
     */
    static final class WordAutomaton {
        /** a–z, 0–9, '-', '_', anything else. */
        private static final int CLASSES = 39;
        private static final int OTHER = CLASSES - 1;
        /** What may stand before or after a whole word: '-', or (standing for any other character) a space. */
        private static final char[] WORD_EDGES = {'-', ' '};
        private final List<String> words = new ArrayList<>();
        private final List<Integer> bits = new ArrayList<>();
        private int[] next;
        private int[] output;

        WordAutomaton add(String[] list, int bit) {
            for (String w : list) {
                add(w, bit);
            }
            return this;
        }

        /**
         * {@code words} as whole words, {@code starts} at the start of a word; a word is a run of letters, digits and
         * '_' (as in {@link #hasWord}), so the edges are '-', any other character, or the ends of the value.
         */
        WordAutomaton addWords(String[] words, String[] starts, int bit) {
            for (char before : WORD_EDGES) {
                for (String w : words) {
                    for (char after : WORD_EDGES) {
                        add(before + w + after, bit);
                    }
                }
                for (String w : starts) {
                    add(before + w, bit);
                }
            }
            return this;
        }

        private void add(String word, int bit) {
            words.add(word);
            bits.add(bit);
        }

        WordAutomaton build() {
            // the trie
            List<int[]> children = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            children.add(newRow());
            out.add(0);
            for (int i = 0; i < words.size(); i++) {
                int state = 0;
                for (char c : words.get(i).toCharArray()) {
                    int k = classOf(c);
                    if (k == OTHER && c != ' ') {
                        throw new IllegalArgumentException("word " + words.get(i) + ": only a-z, 0-9, '-', '_' and ' '");
                    }
                    if (children.get(state)[k] < 0) {
                        children.get(state)[k] = children.size();
                        children.add(newRow());
                        out.add(0);
                    }
                    state = children.get(state)[k];
                }
                out.set(state, out.get(state) | bits.get(i));
            }
            // failure links, breadth first, folded into a full transition table
            int n = children.size();
            next = new int[n * CLASSES];
            output = new int[n];
            int[] fail = new int[n];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int k = 0; k < CLASSES; k++) {
                int child = children.get(0)[k];
                next[k] = child < 0 ? 0 : child;
                if (child > 0) {
                    fail[child] = 0;
                    queue.add(child);
                }
            }
            output[0] = out.get(0);
            while (!queue.isEmpty()) {
                int state = queue.poll();
                output[state] = out.get(state) | output[fail[state]];
                for (int k = 0; k < CLASSES; k++) {
                    int child = children.get(state)[k];
                    if (child < 0) {
                        next[state * CLASSES + k] = next[fail[state] * CLASSES + k];
                    } else {
                        next[state * CLASSES + k] = child;
                        fail[child] = next[fail[state] * CLASSES + k];
                        queue.add(child);
                    }
                }
            }
            return this;
        }

        /**
         * The bits of the words in {@code value}, or -1 if it holds a character outside ASCII. The value is read as if
         * between two spaces, so that whole words at its ends are found.
         */
        int scan(String value) {
            int state = next[OTHER];
            int found = 0;
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (c >= 128) {
                    return -1;
                }
                state = next[state * CLASSES + CLASS_OF[c]];
                found |= output[state];
            }
            return found | output[next[state * CLASSES + OTHER]];
        }

        private static int[] newRow() {
            int[] row = new int[CLASSES];
            Arrays.fill(row, -1);
            return row;
        }

        /** {@link #classOf} of each ASCII character. */
        private static final byte[] CLASS_OF = new byte[128];

        static {
            for (char c = 0; c < 128; c++) {
                CLASS_OF[c] = (byte) classOf(c);
            }
        }

        private static int classOf(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            } else if (c >= 'A' && c <= 'Z') {
                return c - 'A';
            } else if (c >= '0' && c <= '9') {
                return 26 + c - '0';
            } else if (c == '-') {
                return 36;
            } else if (c == '_') {
                return 37;
            }
            return OTHER;
        }
    }
}
