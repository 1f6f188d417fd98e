package io.newspulse.trend;

/** A headline kept as a window's example, ordered by published time then article id (deterministic). */
public class Headline implements Comparable<Headline> {
    public long eventTimeMillis;
    public String articleId;
    public String text;

    public Headline() {}

    public Headline(long eventTimeMillis, String articleId, String text) {
        this.eventTimeMillis = eventTimeMillis;
        this.articleId = articleId;
        this.text = text;
    }

    @Override
    public int compareTo(Headline o) {
        int c = Long.compare(eventTimeMillis, o.eventTimeMillis);
        return c != 0 ? c : articleId.compareTo(o.articleId);
    }
}
