package io.newspulse.trend;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys series rows and window totals by window end, so a window's rows meet its total. */
public final class WindowEndKey {
    private WindowEndKey() {}

    public static class OfRow implements KeySelector<TrendWindow, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long getKey(TrendWindow w) {
            return w.windowEnd.toEpochMilli();
        }
    }

    public static class OfTotal implements KeySelector<WindowTotal, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long getKey(WindowTotal t) {
            return t.windowEnd;
        }
    }
}
