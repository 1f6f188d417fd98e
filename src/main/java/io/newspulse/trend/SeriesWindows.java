package io.newspulse.trend;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What {@link SeriesTrends} keeps of one series between its final windows: its panes and its open windows, each
 * oldest first. One state value per series, read once per mention or timer: a series has a dozen panes and windows at
 * most, so a short list beats a map of state entries read one look-up at a time.
 */
public class SeriesWindows {
    /** Panes with articles, by end, oldest first; a pane leaves when the last window holding it is final. */
    public List<Pane> panes = new ArrayList<>();
    /** Windows that fired and may still change, by end, oldest first. */
    public List<OpenWindow> open = new ArrayList<>();
    /**
     * When the series is next due, as written at the last checkpoint ({@link SeriesTrends} keeps the current ones in
     * its {@link DueTable}); null in state of builds that kept them as Flink timers.
     */
    public long[] dueTimes;
    /**
     * Late mentions held until the watermark here reaches the one they were judged against ({@link
     * SeriesTrends}), in the order they came; null when none (nearly always).
     */
    public List<TrendMention> held;

    /** The series' topic and geo, split from its key once per object read from state (not state). */
    transient String topic;
    transient String geo;
    /** Whether {@link #restored} has looked at these panes since they were read from state. */
    private transient boolean restoredChecked;

    public SeriesWindows() {}

    /**
     * Brings panes written by an earlier build up to date ({@link Pane#restored}); looks once per object read from
     * state (a heap state backend hands the same object back until a snapshot copies it).
     */
    void restored() {
        if (!restoredChecked) {
            for (Pane p : panes) {
                p.restored();
            }
            restoredChecked = true;
        }
    }

    /** Sets {@link #topic} and {@link #geo} from the series key {@code topic|geo}, unless set. */
    void nameFrom(String series) {
        if (topic == null) {
            int bar = series.indexOf('|');
            topic = series.substring(0, bar);
            geo = series.substring(bar + 1);
        }
    }

    /** The pane ending at {@code end} and counted from {@code firstWindowEnd} ({@link Pane}), or null. */
    Pane pane(long end, long firstWindowEnd) {
        for (Pane p : panes) {
            if (p.end == end && p.firstWindowEnd == firstWindowEnd) {
                return p;
            }
        }
        return null;
    }

    /** A new, empty pane ending at {@code end} and counted from {@code firstWindowEnd}, in its place. */
    Pane addPane(long end, long firstWindowEnd) {
        return insert(panes, new Pane(end, firstWindowEnd), p -> p.end);
    }

    /**
     * Removes the panes ending at {@code end} (one, or beside it one of late articles per window they count from) and
     * returns their article count and words as one pane (null if the series had no article in them).
     */
    Pane removePanes(long end) {
        Pane removed = null;
        for (Iterator<Pane> it = panes.iterator(); it.hasNext(); ) {
            Pane p = it.next();
            if (p.end > end) {
                break;
            } else if (p.end == end) {
                it.remove();
                removed = removed == null ? p : removed.wordsWith(p);
            }
        }
        return removed;
    }

    /** The open window ending at {@code end}, or null. */
    OpenWindow openWindow(long end) {
        return find(open, end, w -> w.end);
    }

    /** A new open window ending at {@code end}, in its place. */
    OpenWindow addOpen(long end) {
        OpenWindow w = new OpenWindow();
        w.end = end;
        return insert(open, w, x -> x.end);
    }

    private static <T> T find(List<T> list, long end, ToLongFunction<T> endOf) {
        for (T t : list) {
            if (endOf.applyAsLong(t) == end) {
                return t;
            }
        }
        return null;
    }

    /** Adds {@code t} to {@code list}, kept oldest first (a new end is nearly always the newest: looked for from the back). */
    private static <T> T insert(List<T> list, T t, ToLongFunction<T> endOf) {
        long end = endOf.applyAsLong(t);
        int i = list.size();
        while (i > 0 && endOf.applyAsLong(list.get(i - 1)) > end) {
            i--;
        }
        list.add(i, t);
        return t;
    }

    /** Holds {@code m} until the watermark reaches {@link TrendMention#watermark}. */
    void hold(TrendMention m) {
        if (held == null) {
            held = new ArrayList<>(1);
        }
        held.add(m);
    }

    /** Removes and returns the held mentions judged by {@code watermark}, in the order they came. */
    List<TrendMention> release(long watermark) {
        List<TrendMention> released = new ArrayList<>();
        if (held != null) {
            for (Iterator<TrendMention> it = held.iterator(); it.hasNext(); ) {
                TrendMention m = it.next();
                if (m.watermark <= watermark) {
                    released.add(m);
                    it.remove();
                }
            }
            if (held.isEmpty()) {
                held = null;
            }
        }
        return released;
    }

    boolean isEmpty() {
        return panes.isEmpty() && open.isEmpty() && held == null;
    }
}
