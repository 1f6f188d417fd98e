package io.newspulse.trend;

import java.util.Arrays;

/**
 * One slide of event time of one series: its article count, its distinct sources and headline words with their
 * counts, and its newest {@value Headline#KEPT} distinct headlines. Everything in it is independent of arrival order,
 * so a replay yields the same rows. A syndicated copy adds its publisher to the sources but does not count as another
 * article.
 *
 * <p>Sources and words are kept in arrays, index for index, not in maps: a pane holds a few of each, and a window
 * reads its panes' words and sources by scanning each pane's hash codes (one small int array) rather than through
 * hash maps whose entries and keys lie all over the heap. The article count, the headlines and the maps of earlier
 * builds are declared by {@link WindowAccumulator} (a savepoint names the class that declares each field).
 */
public class Pane extends WindowAccumulator {
    private static final String[] NONE = new String[0];
    private static final int[] NO_COUNTS = new int[0];

    /** The pane's end, epoch millis (it starts one slide earlier). */
    public long end;
    /**
     * 0 for a pane counted in every window that holds it. Else the end of the first window it counts in: the pane holds
     * late articles whose earlier windows were final when they were judged ({@link TrendMention#watermark}), beside the
     * pane of the same end that holds the others.
     */
    public long firstWindowEnd;
    /**
     * Every source, with its original articles in {@link #sourceArticles} (0 for a source seen only with copies): the
     * sources are distinct, and one publisher's volume is not breadth.
     */
    public String[] sources = NONE;
    public int[] sourceArticles = NO_COUNTS;
    /** The distinct headline words of the original articles, with their article counts in {@link #wordCounts}. */
    public String[] words = NONE;
    public int[] wordCounts = NO_COUNTS;

    /** Hash codes of {@link #sources} and {@link #words}, index for index; not state: rebuilt when read anew. */
    private transient int[] sourceHashes;
    private transient int[] wordHashes;

    public Pane() {}

    Pane(long end) {
        this(end, 0);
    }

    Pane(long end, long firstWindowEnd) {
        this.end = end;
        this.firstWindowEnd = firstWindowEnd;
    }

    /** Whether the pane counts in the window ending at {@code windowEnd} (one that holds it). */
    boolean countsIn(long windowEnd) {
        return firstWindowEnd <= windowEnd;
    }

    /** Counts one mention. */
    void add(TrendMention m) {
        add(m, null);
    }

    /**
     * Counts one mention, keeping its source and words as {@code names} has them (null: as they come), so that panes
     * and histories compare words they share by reference rather than character by character.
     */
    void add(TrendMention m, RecentStrings names) {
        if (m.original) {
            articleCount++;
            if (m.source != null) {
                addSource(names == null ? m.source : names.of(m.source), 1);
            }
            for (String word : m.terms) {
                addWord(names == null ? word : names.of(word), 1);
            }
        } else if (m.source != null) {
            addSource(names == null ? m.source : names.of(m.source), 0);
        }
        Headline.offer(headlines, new Headline(m.eventTimeMillis, m.headline));
    }

    /** A pane of this one's and {@code other}'s article counts and headline words (nothing else), for learning them. */
    Pane wordsWith(Pane other) {
        Pane both = new Pane(end);
        for (Pane p : new Pane[] {this, other}) {
            both.articleCount += p.articleCount;
            for (int k = 0; k < p.words.length; k++) {
                both.addWord(p.words[k], p.wordCounts[k]);
            }
        }
        return both;
    }

    private void addSource(String source, int articles) {
        int i = indexOf(source, source.hashCode(), sources, sourceHashes());
        if (i < 0) { // a new source: the arrays grow by one (a pane has a few)
            i = sources.length;
            sources = Arrays.copyOf(sources, i + 1);
            sources[i] = source;
            sourceArticles = Arrays.copyOf(sourceArticles, i + 1);
            sourceHashes = withHash(sourceHashes, source);
        }
        sourceArticles[i] += articles;
    }

    private void addWord(String word, int articles) {
        int i = indexOf(word, word.hashCode(), words, wordHashes());
        if (i < 0) {
            i = words.length;
            words = Arrays.copyOf(words, i + 1);
            words[i] = word;
            wordCounts = Arrays.copyOf(wordCounts, i + 1);
            wordHashes = withHash(wordHashes, word);
        }
        wordCounts[i] += articles;
    }

    /** {@code hashes} with the hash code of {@code key} appended. */
    private static int[] withHash(int[] hashes, String key) {
        int[] grown = Arrays.copyOf(hashes, hashes.length + 1);
        grown[hashes.length] = key.hashCode();
        return grown;
    }

    int[] sourceHashes() {
        if (sourceHashes == null) {
            sourceHashes = hashesOf(sources);
        }
        return sourceHashes;
    }

    int[] wordHashes() {
        if (wordHashes == null) {
            wordHashes = hashesOf(words);
        }
        return wordHashes;
    }

    /** Where {@code key}, of hash code {@code hash}, is in {@code keys} (hash codes {@code hashes}), or −1. */
    static int indexOf(String key, int hash, String[] keys, int[] hashes) {
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] hashesOf(String[] keys) {
        int[] hashes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            hashes[i] = keys[i].hashCode();
        }
        return hashes;
    }

    /**
     * Brings a pane read from state up to date: the sources and words of a pane written by a build before session 8
     * move from its maps into the arrays; a field missing from older state reads as empty. True if it changed.
     */
    boolean restored() {
        boolean changed = false;
        if (sources == null || sourceArticles == null) {
            sources = NONE;
            sourceArticles = NO_COUNTS;
            sourceHashes = null;
            changed = true;
        }
        if (words == null || wordCounts == null) {
            words = NONE;
            wordCounts = NO_COUNTS;
            wordHashes = null;
            changed = true;
        }
        if (articlesBySource != null) {
            articlesBySource.forEach(this::addSource);
            articlesBySource = null;
            changed = true;
        }
        if (terms != null) {
            terms.forEach(this::addWord);
            terms = null;
            changed = true;
        }
        return changed;
    }
}
