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
    public final double maxSourceShare;

    public AlertRules(double threshold, double rearmThreshold, long minArticles, int minSources, long cooldownMillis,
            double escalationFactor, double maxSourceShare) {
        this.threshold = threshold;
        this.rearmThreshold = rearmThreshold;
        this.minArticles = minArticles;
        this.minSources = minSources;
        this.cooldownMillis = cooldownMillis;
        this.escalationFactor = escalationFactor;
        this.maxSourceShare = maxSourceShare;
    }

    /** Whether a window has the volume and the breadth of a story (the score is judged separately). */
    public boolean broadEnough(long articles, int sources, int topSourceArticles) {
        return articles >= minArticles && sources >= minSources && topSourceArticles <= maxSourceShare * articles;
    }

    public static AlertRules from(JobConfig c) {
        return new AlertRules(c.get(ConfigKeys.ALERTS_THRESHOLD), c.get(ConfigKeys.ALERTS_REARM_THRESHOLD),
                c.get(ConfigKeys.ALERTS_MIN_ARTICLES), c.get(ConfigKeys.ALERTS_MIN_SOURCES),
                c.get(ConfigKeys.ALERTS_COOLDOWN).toMillis(), c.get(ConfigKeys.ALERTS_ESCALATION_FACTOR),
                c.get(ConfigKeys.ALERTS_MAX_SOURCE_SHARE));
    }
}
