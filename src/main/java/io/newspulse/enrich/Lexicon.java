package io.newspulse.enrich;

import java.util.Arrays;

/**
 * Numbers the words of a phrase list, and finds a word's number from characters in a buffer without making a
 * string: an open-addressing table of {@code char[]} keys with their hashes beside them. Built once, then only
 * read.
 */
final class Lexicon {
    static final int ABSENT = -1;

    /** Slot s holds a word's hash at {@code 2s} and its number at {@code 2s + 1} ({@link #ABSENT} when free):
     *  a probe reads one cache line, and a word's characters only when the hashes agree. */
    private int[] slots = emptySlots(256);
    private char[][] keys = new char[256][];
    private int size;
    private int maxLength;

    /** The word's number, added if new. */
    int intern(char[] word, int length) {
        int found = id(word, 0, length);
        if (found != ABSENT) {
            return found;
        }
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        maxLength = Math.max(maxLength, length);
        insert(Arrays.copyOf(word, length), hash(word, 0, length), size);
        return size++;
    }

    /** The number of the word in {@code chars[from, from + length)}, or {@link #ABSENT}. */
    int id(char[] chars, int from, int length) {
        return length > maxLength || length <= 0 ? ABSENT : id(chars, from, length, hash(chars, from, length));
    }

    /** {@link #id(char[], int, int)} when the word's {@link #hash} is known (the tokenizer computes it). */
    int id(char[] chars, int from, int length, int hash) {
        if (length > maxLength || length <= 0) {
            return ABSENT;
        }
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[2 * slot + 1];
            if (id == ABSENT) {
                return ABSENT;
            }
            if (slots[2 * slot] == hash) {
                char[] key = keys[slot];
                if (key.length == length && Arrays.equals(key, 0, length, chars, from, from + length)) {
                    return id;
                }
            }
        }
    }

    /** Longest word: a token longer than this is no word of the list. */
    int maxLength() {
        return maxLength;
    }

    /** A word's hash: the polynomial {@code h = 31·h + c} over its characters, as {@link String#hashCode}. */
    static int hash(char[] chars, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static int[] emptySlots(int capacity) {
        int[] slots = new int[2 * capacity];
        for (int s = 0; s < capacity; s++) {
            slots[2 * s + 1] = ABSENT;
        }
        return slots;
    }

    private void insert(char[] key, int hash, int id) {
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (slots[2 * slot + 1] != ABSENT) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = id;
    }

    private void rehash(int capacity) {
        char[][] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new char[capacity][];
        slots = emptySlots(capacity);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != null) {
                insert(oldKeys[s], oldSlots[2 * s], oldSlots[2 * s + 1]);
            }
        }
    }
}
