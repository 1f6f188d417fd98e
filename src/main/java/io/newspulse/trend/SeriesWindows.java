package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;

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

    public SeriesWindows() {}

    /** The pane ending at {@code end}, or null. */
    Pane pane(long end) {
        for (Pane p : panes) {
            if (p.end == end) {
                return p;
            }
        }
        return null;
    }

    /** A new, empty pane ending at {@code end}, in its place. */
    Pane addPane(long end) {
        Pane p = new Pane(end);
        int i = panes.size();
        while (i > 0 && panes.get(i - 1).end > end) {
            i--;
        }
        panes.add(i, p);
        return p;
    }

    void removePane(long end) {
        panes.removeIf(p -> p.end == end);
    }

    /** The open window ending at {@code end}, or null. */
    OpenWindow openWindow(long end) {
        for (OpenWindow w : open) {
            if (w.end == end) {
                return w;
            }
        }
        return null;
    }

    /** A new open window ending at {@code end}, in its place. */
    OpenWindow addOpen(long end) {
        OpenWindow w = new OpenWindow();
        w.end = end;
        int i = open.size();
        while (i > 0 && open.get(i - 1).end > end) {
            i--;
        }
        open.add(i, w);
        return w;
    }

    boolean isEmpty() {
        return panes.isEmpty() && open.isEmpty();
    }
}
