package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's key terms, for labelling stories: the headline's content words first, then the words the body
 * repeats most (at least twice). Names of countries, capitals and leaders are left out, as in {@link TitleTerms}.
 */
public final class KeyTerms {
    private KeyTerms() {}

    public static List<String> of(Tokens title, Tokens body, Gazetteer gazetteer, int max) {
        Set<String> terms = new LinkedHashSet<>(TitleTerms.of(title, gazetteer.namedWords(title)));
        if (terms.size() < max && !body.isEmpty()) {
            Set<String> names = gazetteer.namedWords(body);
            for (String word : repeatedWords(body)) {
                if (terms.size() >= max) {
                    break;
                }
                if (!names.contains(word) && TitleTerms.isContentWord(word)) {
                    terms.add(word);
                }
            }
        }
        List<String> list = new ArrayList<>(terms);
        return list.size() > max ? list.subList(0, max) : list;
    }

    /**
     * The lower-case words of three letters or more that occur at least twice, most frequent first (ties
     * alphabetically). Words are counted by a 64-bit hash of their characters; only repeated ones become strings.
     */
    private static List<String> repeatedWords(Tokens tokens) {
        int capacity = Integer.highestOneBit(Math.max(16, tokens.size() * 2)) * 2;
        long[] hashes = new long[capacity];
        int[] counts = new int[capacity];
        int[] firstToken = new int[capacity];
        int mask = capacity - 1;
        char[] lower = tokens.lowerChars();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.length(i) < 3) {
                continue;
            }
            long h = 0xcbf29ce484222325L;
            for (int c = tokens.lowerStart(i), end = c + tokens.length(i); c < end; c++) {
                h ^= lower[c];
                h *= 0x100000001b3L;
            }
            h |= 1; // 0 marks a free slot
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[slot] != 0 && hashes[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (hashes[slot] == 0) {
                hashes[slot] = h;
                firstToken[slot] = i;
            }
            counts[slot]++;
        }
        List<WordCount> repeated = new ArrayList<>();
        for (int slot = 0; slot < capacity; slot++) {
            if (counts[slot] >= 2) {
                repeated.add(new WordCount(tokens.lower(firstToken[slot]), counts[slot]));
            }
        }
        repeated.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.word.compareTo(b.word));
        List<String> words = new ArrayList<>(repeated.size());
        for (WordCount w : repeated) {
            words.add(w.word);
        }
        return words;
    }

    private static final class WordCount {
        final String word;
        final int count;

        WordCount(String word, int count) {
            this.word = word;
            this.count = count;
        }
    }
}
