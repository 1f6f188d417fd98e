package io.newspulse.enrich;

import java.util.Arrays;

/**
 * The word tokens of one text ({@link Tokenizer}): where each stands in the text, and its word lower-cased in
 * one shared character array, so matching, hashing and counting read words without making strings. A token's
 * word is its characters, or for a dotted abbreviation ({@code U.S.}) its letters without the dots.
 * {@link #surface} and {@link #lower} make strings for the few places that keep a word.
 *
 * <p>An instance can be refilled ({@link Tokenizer#tokenize(String, Tokens)}): a task that tokenizes every
 * article keeps one or two and allocates nothing per article. Buffers grown for a very long text are let go
 * at the next ordinary one.
 */
public final class Tokens {
    /** Buffers larger than this (in characters) are not kept for texts much smaller. */
    private static final int KEEP_CHARS = 1 << 16;

    private String text = "";
    private int size;
    /** The text's characters (the tokenizer's input). */
    private char[] chars = new char[0];
    /** Every token's word lower-cased, one after the other. */
    private char[] lower = new char[0];
    private int[] starts = new int[0];
    private int[] lowerStarts = new int[0];
    private int[] lengths = new int[0];
    /** {@link Lexicon#hash} of each token's lower-case word. */
    private int[] hashes = new int[0];
    /** Dotted abbreviations: their letters stand at every other character of the text. */
    private boolean[] abbreviation = new boolean[0];

    public Tokens() {}

    /** Empties this for {@code newText} and returns its characters, for the tokenizer to read. */
    char[] reset(String newText) {
        text = newText;
        size = 0;
        int n = newText.length();
        if (chars.length < n || chars.length > KEEP_CHARS && chars.length > 4 * n) {
            chars = new char[n];
            lower = new char[n];
            int capacity = n / 6 + 4;
            starts = new int[capacity];
            lowerStarts = new int[capacity];
            lengths = new int[capacity];
            hashes = new int[capacity];
            abbreviation = new boolean[capacity];
        }
        newText.getChars(0, n, chars, 0);
        return chars;
    }

    void add(int start, int lowerStart, int length, int hash, boolean isAbbreviation) {
        if (size == starts.length) {
            int capacity = size * 2 + 4;
            starts = Arrays.copyOf(starts, capacity);
            lowerStarts = Arrays.copyOf(lowerStarts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            abbreviation = Arrays.copyOf(abbreviation, capacity);
        }
        starts[size] = start;
        lowerStarts[size] = lowerStart;
        lengths[size] = length;
        hashes[size] = hash;
        abbreviation[size] = isAbbreviation;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Number of characters of the token's word. */
    public int length(int i) {
        return lengths[i];
    }

    /**
     * The lower-cased words of all tokens: token i's word is at {@link #lowerStart}(i) for {@link #length}(i)
     * characters. Written by the {@link Tokenizer} only.
     */
    char[] lowerChars() {
        return lower;
    }

    int lowerStart(int i) {
        return lowerStarts[i];
    }

    /** {@link Lexicon#hash} of the token's lower-case word. */
    int hash(int i) {
        return hashes[i];
    }

    /** Starts with a capital (or a digit): proper names. */
    public boolean isCapitalized(int i) {
        char c = chars[starts[i]];
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The token's word is exactly {@code word}, case included. */
    public boolean surfaceEquals(int i, String word) {
        int n = lengths[i];
        if (n != word.length()) {
            return false;
        }
        int step = abbreviation[i] ? 2 : 1;
        for (int k = 0; k < n; k++) {
            if (chars[starts[i] + step * k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The token's word lower-cased equals {@code lowerWord}. */
    public boolean lowerEquals(int i, String lowerWord) {
        int n = lengths[i];
        if (n != lowerWord.length()) {
            return false;
        }
        int from = lowerStarts[i];
        for (int k = 0; k < n; k++) {
            if (lower[from + k] != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The token's word as written ({@code US} for {@code U.S.}). */
    public String surface(int i) {
        if (!abbreviation[i]) {
            return new String(chars, starts[i], lengths[i]);
        }
        char[] letters = new char[lengths[i]];
        for (int k = 0; k < letters.length; k++) {
            letters[k] = chars[starts[i] + 2 * k];
        }
        return new String(letters);
    }

    /** The token's word lower-cased. */
    public String lower(int i) {
        return new String(lower, lowerStarts[i], lengths[i]);
    }

    /** Index of the first token starting at or after {@code offset} in the text ({@link #size} if none). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
