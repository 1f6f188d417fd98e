package io.newspulse.enrich;

/**
 * Splits text into word tokens for phrase matching. Letters and digits form tokens; everything else
 * separates them, so {@code US-China} is two tokens and {@code China's} yields {@code China}. Dotted
 * abbreviations are joined: {@code U.S.} becomes {@code US}, {@code U.K.} becomes {@code UK}.
 *
 * <p>Tokens are offsets into the text plus one lower-cased copy of their characters ({@link Tokens}), not
 * strings: an article is tokenized once, and both taggers, the MinHash signature and the language check read
 * the same tokens.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static Tokens tokenize(String text) {
        return tokenize(text, new Tokens());
    }

    /** Tokenizes {@code text} into {@code tokens}, emptied first (what a task does to allocate nothing). */
    public static Tokens tokenize(String text, Tokens tokens) {
        String s = text == null ? "" : text;
        char[] chars = tokens.reset(s);
        char[] lower = tokens.lowerChars();
        int n = s.length();
        int written = 0;
        int i = 0;
        while (i < n) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int lowerStart = written;
            int hash = 0; // Lexicon.hash of the lower-case word, computed on the way
            boolean abbreviation = isAbbreviationStart(chars, n, i);
            if (abbreviation) {
                while (i + 1 < n && Character.isUpperCase(chars[i]) && chars[i + 1] == '.') {
                    char c = lower(chars[i]);
                    lower[written++] = c;
                    hash = 31 * hash + c;
                    i += 2;
                }
            } else {
                char c;
                while (i < n && isWordChar(c = chars[i])) {
                    c = lower(c);
                    lower[written++] = c;
                    hash = 31 * hash + c;
                    i++;
                }
            }
            tokens.add(start, lowerStart, written - lowerStart, hash, abbreviation);
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** {@code U.S.}-style: an upper-case letter, a dot, another upper-case letter and a dot. */
    private static boolean isAbbreviationStart(char[] text, int n, int i) {
        return i + 3 < n && text[i + 1] == '.' && text[i + 3] == '.' && Character.isUpperCase(text[i])
                && Character.isUpperCase(text[i + 2]) && (i == 0 || !Character.isLetterOrDigit(text[i - 1]));
    }
}
