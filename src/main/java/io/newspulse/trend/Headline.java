package io.newspulse.trend;

import java.util.List;

/**
 * A headline kept as a window's example. The newest come first: when a series spikes, its newest articles
 * are the ones about the spike. Ties break on the text, so the choice never depends on arrival order.
 */
public class Headline implements Comparable<Headline> {
    /** Headlines a pane or window keeps. */
    public static final int KEPT = 3;

    public long eventTimeMillis;
    public String text;

    public Headline() {}

    public Headline(long eventTimeMillis, String text) {
        this.eventTimeMillis = eventTimeMillis;
        this.text = text;
    }

    @Override
    public int compareTo(Headline o) {
        int c = Long.compare(o.eventTimeMillis, eventTimeMillis);
        return c != 0 ? c : text.compareTo(o.text);
    }

    /**
     * Offers {@code h} to {@code headlines} (sorted by {@link #compareTo}, distinct by text, at most {@value #KEPT}); a
     * blank headline is not kept.
     */
    static void offer(List<Headline> headlines, Headline h) {
        if (h.text == null || h.text.isBlank()) {
            return;
        }
        merge(headlines, h);
    }

    /** {@link #offer} for a headline known not to be blank (one that another list kept). */
    static void merge(List<Headline> headlines, Headline h) {
        for (int i = 0; i < headlines.size(); i++) {
            Headline kept = headlines.get(i);
            if (kept.text.equals(h.text)) {
                if (h.compareTo(kept) >= 0) {
                    return;
                }
                headlines.remove(i);
                break;
            }
        }
        int at = headlines.size();
        while (at > 0 && h.compareTo(headlines.get(at - 1)) < 0) {
            at--;
        }
        if (at < KEPT) {
            headlines.add(at, h);
            if (headlines.size() > KEPT) {
                headlines.remove(KEPT);
            }
        }
    }
}
