package io.newspulse.trend;

/**
 * A headline kept as a window's example. The newest come first: when a series spikes, its newest articles
 * are the ones about the spike. Ties break on the text, so the choice never depends on arrival order.
 */
public class Headline implements Comparable<Headline> {
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
}
