package io.newspulse.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields a {@link Pane} declared through this class before session 8, kept here because a savepoint names the
 * class that declares each field of a state POJO: moved to {@link Pane}, they would no longer restore. Only {@link
 * Pane} extends it.
 */
public abstract class WindowAccumulator {
    public long articleCount;
    /**
     * Sources as builds before session 8 counted them (null otherwise): a pane restored from their state moves them into
     * its arrays when first read ({@link Pane#restored}).
     */
    public Map<String, Integer> articlesBySource;
    /** Headline words as builds before session 8 counted them (null otherwise), moved likewise. */
    public Map<String, Integer> terms;
    /** Sorted by {@link Headline#compareTo}, distinct by text, at most {@value Headline#KEPT}. */
    public List<Headline> headlines = new ArrayList<>();

    WindowAccumulator() {}
}
