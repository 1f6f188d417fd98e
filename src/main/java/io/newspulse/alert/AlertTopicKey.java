package io.newspulse.alert;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys alerts by topic, so the alerts of one story across its series meet. */
public class AlertTopicKey implements KeySelector<TrendAlert, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(TrendAlert a) {
        return a.topic;
    }
}
