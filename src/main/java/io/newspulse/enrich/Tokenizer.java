package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens for phrase matching. Letters and digits form tokens; everything else
 * separates them, so {@code US-China} is two tokens and {@code China's} yields {@code China}. Dotted
 * abbreviations are joined: {@code U.S.} becomes {@code US}, {@code U.K.} becomes {@code UK}.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** One token: its text as written (dots of abbreviations removed) and lower-cased. */
    public static final class Token {
        public final String surface;
        public final String lower;

        Token(String surface) {
            this.surface = surface;
            this.lower = surface.toLowerCase(java.util.Locale.ROOT);
        }

        boolean isCapitalized() {
            return Character.isUpperCase(surface.charAt(0)) || Character.isDigit(surface.charAt(0));
        }
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isAbbreviationStart(text, i)) {
                StringBuilder sb = new StringBuilder();
                while (i + 1 < n && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
                    sb.append(text.charAt(i));
                    i += 2;
                }
                tokens.add(new Token(sb.toString()));
                continue;
            }
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(text.substring(start, i)));
        }
        return tokens;
    }

    /** {@code U.S.}-style: an upper-case letter, a dot, another upper-case letter and a dot. */
    private static boolean isAbbreviationStart(String text, int i) {
        return i + 3 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && Character.isUpperCase(text.charAt(i + 2)) && text.charAt(i + 3) == '.'
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
