package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * A window read in place through the panes that make it up, without adding them into a merged copy: a window has
 * {@code size / slide} panes at most, so a source or word is looked up in each of the others instead, and nothing is
 * allocated per source or word. Reads only; the panes are the series' own.
 */
final class WindowPanes {
    /** The series' panes, oldest first; the window's are {@code [from, to)}. */
    private final List<Pane> panes;
    private final int from;
    private final int to;
    /** The source figures, −1 until counted. */
    private int sourceCount = -1;
    private int topSourceArticles;

    private WindowPanes(List<Pane> panes, int from, int to) {
        this.panes = panes;
        this.from = from;
        this.to = to;
    }

    /**
     * The panes, of {@code panes} (oldest first), ending in {@code (windowEnd − size, windowEnd]}, less a pane of late
     * articles that counts only from a later window ({@link Pane#firstWindowEnd}).
     */
    static WindowPanes of(List<Pane> panes, long windowEnd, long sizeMillis) {
        int from = 0;
        while (from < panes.size() && panes.get(from).end <= windowEnd - sizeMillis) {
            from++;
        }
        int to = from;
        boolean all = true;
        while (to < panes.size() && panes.get(to).end <= windowEnd) {
            all &= panes.get(to).countsIn(windowEnd);
            to++;
        }
        if (all) {
            return new WindowPanes(panes, from, to);
        }
        List<Pane> counted = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (panes.get(i).countsIn(windowEnd)) {
                counted.add(panes.get(i));
            }
        }
        return new WindowPanes(counted, 0, counted.size());
    }

    /** True if the series had no article in the window. */
    boolean isEmpty() {
        return from == to;
    }

    long articleCount() {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += panes.get(i).articleCount;
        }
        return n;
    }

    /** How many distinct sources had an article (original or copy) in the window. */
    int sourceCount() {
        countSources();
        return sourceCount;
    }

    /** The most original articles any one publisher contributed to the window. */
    int topSourceArticles() {
        countSources();
        return topSourceArticles;
    }

    /** Both source figures in one pass over the panes' sources (each source counted with the first pane that has it). */
    private void countSources() {
        if (sourceCount >= 0) {
            return;
        }
        sourceCount = 0;
        topSourceArticles = 0;
        for (int i = from; i < to; i++) {
            Pane p = panes.get(i);
            int[] hashes = p.sourceHashes();
            for (int k = 0; k < hashes.length; k++) {
                if (!inEarlierPane(p.sources[k], hashes[k], i, true)) {
                    sourceCount++;
                    int articles = p.sourceArticles[k] + inLaterPanes(p.sources[k], hashes[k], i, true);
                    topSourceArticles = Math.max(topSourceArticles, articles);
                }
            }
        }
    }

    /** The window's newest distinct headlines, at most {@value Headline#KEPT}, newest first. */
    List<String> headlines() {
        if (isEmpty()) {
            return new ArrayList<>();
        }
        List<Headline> kept = panes.get(from).headlines;
        if (to - from > 1) {
            kept = new ArrayList<>(kept);
            for (int i = from + 1; i < to; i++) {
                for (Headline h : panes.get(i).headlines) {
                    Headline.merge(kept, h);
                }
            }
        }
        List<String> texts = new ArrayList<>(kept.size());
        for (Headline h : kept) {
            texts.add(h.text);
        }
        return texts;
    }

    /** The window's candidate headline words ({@link TermLift.Candidates}), given its {@code articles} articles. */
    TermLift.Candidates termCandidates(long articles) {
        TermLift.Candidates candidates = new TermLift.Candidates(articles);
        if (articles < TermLift.MIN_COUNT) { // no word can be in MIN_COUNT articles
            return candidates;
        }
        for (int i = from; i < to; i++) {
            Pane p = panes.get(i);
            int[] hashes = p.wordHashes();
            for (int k = 0; k < hashes.length; k++) {
                if (!inEarlierPane(p.words[k], hashes[k], i, false)) { // counted with the first pane that has it
                    candidates.offer(p.words[k], p.wordCounts[k] + inLaterPanes(p.words[k], hashes[k], i, false));
                }
            }
        }
        return candidates;
    }

    private boolean inEarlierPane(String key, int hash, int pane, boolean source) {
        for (int j = from; j < pane; j++) {
            if (indexIn(j, key, hash, source) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int inLaterPanes(String key, int hash, int pane, boolean source) {
        int n = 0;
        for (int j = pane + 1; j < to; j++) {
            int k = indexIn(j, key, hash, source);
            if (k >= 0) {
                Pane p = panes.get(j);
                n += source ? p.sourceArticles[k] : p.wordCounts[k];
            }
        }
        return n;
    }

    /** Where {@code key} is among the sources or words of pane {@code pane}, or −1. */
    private int indexIn(int pane, String key, int hash, boolean source) {
        Pane p = panes.get(pane);
        return source ? Pane.indexOf(key, hash, p.sources, p.sourceHashes()) : Pane.indexOf(key, hash, p.words, p.wordHashes());
    }
}
