package io.newspulse.alert;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import java.io.Serializable;

/** When a scored window becomes an alert (the {@code alerts.*} configuration keys). */
public final class AlertRules implements Serializable {
    private static final long serialVersionUID = 1L;

    public final double threshold;
    public final double rearmThreshold;
    public final long minArticles;
    public final int minSources;
    public final long cooldownMillis;
    public final double escalationFactor;

    public AlertRules(double threshold, double rearmThreshold, long minArticles, int minSources, long cooldownMillis,
            double escalationFactor) {
        this.threshold = threshold;
        this.rearmThreshold = rearmThreshold;
        this.minArticles = minArticles;
        this.minSources = minSources;
        this.cooldownMillis = cooldownMillis;
        this.escalationFactor = escalationFactor;
    }

    public static AlertRules from(JobConfig c) {
        return new AlertRules(c.get(ConfigKeys.ALERTS_THRESHOLD), c.get(ConfigKeys.ALERTS_REARM_THRESHOLD),
                c.get(ConfigKeys.ALERTS_MIN_ARTICLES), c.get(ConfigKeys.ALERTS_MIN_SOURCES),
                c.get(ConfigKeys.ALERTS_COOLDOWN).toMillis(), c.get(ConfigKeys.ALERTS_ESCALATION_FACTOR));
    }
}
