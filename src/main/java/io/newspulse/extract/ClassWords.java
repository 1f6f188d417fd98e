package io.newspulse.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the words of a {@code class}, {@code id} or {@code role} value say about a block: chrome ("share",
 * "related", "sidebar"), the article itself ("article", "content"), text that is never the article however long
 * (comments, galleries), a paywall. Plain substring tests in one pass over the value, trying at each letter only the
 * words that start with it: these values are short, and a regular expression of forty case-insensitive alternatives
 * cost more than parsing the page.
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

    /** Every word of the lists above, grouped by its first letter, with the bits it sets ({@code byline} included). */
    private static final String[][] WORDS_BY_FIRST = new String[128][];
    private static final int[][] BITS_BY_FIRST = new int[128][];

    static {
        Map<String, Integer> bits = new LinkedHashMap<>();
        String[][] lists = {UNLIKELY, LIKELY, NEVER_PROSE, PAYWALL, {"byline"}};
        int[] listBits = {UNLIKELY_HINT, LIKELY_HINT, NEVER_PROSE_HINT, PAYWALL_HINT, BYLINE_HINT};
        for (int l = 0; l < lists.length; l++) {
            for (String w : lists[l]) {
                bits.merge(w, listBits[l], (a, b) -> a | b);
            }
        }
        for (char first = 0; first < 128; first++) {
            List<String> words = new ArrayList<>();
            for (String w : bits.keySet()) {
                if (w.charAt(0) == first) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                WORDS_BY_FIRST[first] = words.toArray(new String[0]);
                BITS_BY_FIRST[first] = words.stream().mapToInt(bits::get).toArray();
            }
        }
    }

    /**
     * Which of the word lists ({@code *_HINT} bits) a lower-case class, id or role value contains: one pass over the
     * value, testing at each letter only the words that start with it.
     */
    static int classify(String value) {
        int hints = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            String[] words = c < 128 ? WORDS_BY_FIRST[c] : null;
            if (words == null) {
                continue;
            }
            int[] bits = BITS_BY_FIRST[c];
            for (int w = 0; w < words.length; w++) {
                if ((hints | bits[w]) != hints && value.startsWith(words[w], i)) {
                    hints |= bits[w];
                }
            }
        }
        if ((hints & UNLIKELY_HINT) == 0 && hasWord(value)) {
            hints |= UNLIKELY_HINT;
        }
        if ((hints & BYLINE_HINT) == 0 && isByline(value)) {
            hints |= BYLINE_HINT;
        }
        return hints;
    }

    /** The class {@code author} or {@code article-author} ({@code byline} anywhere is found with the other words). */
    private static boolean isByline(String value) {
        if (!value.contains("author")) {
            return false; // most values: decided without splitting
        }
        for (String word : value.trim().split("\\s+")) {
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
                if (end - start == word.length() && value.startsWith(word, start)) {
                    return true;
                }
            }
            for (String prefix : UNLIKELY_WORD_STARTS) {
                if (end - start >= prefix.length() && value.startsWith(prefix, start)) {
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
}
