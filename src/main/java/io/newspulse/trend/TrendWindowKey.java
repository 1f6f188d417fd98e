package io.newspulse.trend;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys window rows by series ({@code topic|geo}), the same key the windows were counted under. */
public class TrendWindowKey implements KeySelector<TrendWindow, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(TrendWindow w) {
        return w.seriesKey();
    }
}
