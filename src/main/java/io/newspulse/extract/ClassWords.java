package io.newspulse.extract;

/**
 * What the words of a {@code class}, {@code id} or {@code role} value say about a block: chrome ("share",
 * "related", "sidebar"), the article itself ("article", "content"), text that is never the article however long
 * (comments, galleries), a paywall, a byline. Plain substring tests: these values are short, and a regular expression
 * of forty case-insensitive alternatives cost more than parsing the page.
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

    /** Which of the word lists ({@code *_HINT} bits) a lower-case class, id or role value contains. */
    static int classify(String value) {
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

    /** Whether the value contains one of the words ({@code String.contains} is faster than any hand-made search here). */
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
