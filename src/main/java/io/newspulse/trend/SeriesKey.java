package io.newspulse.trend;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys mentions by series ({@code topic|geo}). */
public class SeriesKey implements KeySelector<TrendMention, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(TrendMention m) {
        return m.seriesKey();
    }
}
