package io.newspulse.ingest;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import java.io.Serializable;
import java.time.Duration;

/** The explicit limits applied to every input record (see the {@code limits.*} configuration keys). */
public final class IngestLimits implements Serializable {
    private static final long serialVersionUID = 1L;

    public final long maxRecordBytes;
    public final int maxTitleChars;
    public final int maxFieldChars;
    public final int maxBodyChars;
    public final int minBodyChars;
    public final long maxFutureSkewMillis;

    public IngestLimits(long maxRecordBytes, int maxTitleChars, int maxFieldChars, int maxBodyChars, int minBodyChars,
            Duration maxFutureSkew) {
        this.maxRecordBytes = maxRecordBytes;
        this.maxTitleChars = maxTitleChars;
        this.maxFieldChars = maxFieldChars;
        this.maxBodyChars = maxBodyChars;
        this.minBodyChars = minBodyChars;
        this.maxFutureSkewMillis = maxFutureSkew.toMillis();
    }

    public static IngestLimits from(JobConfig config) {
        return new IngestLimits(config.get(ConfigKeys.LIMITS_MAX_RECORD_BYTES), config.get(ConfigKeys.LIMITS_MAX_TITLE_CHARS),
                config.get(ConfigKeys.LIMITS_MAX_FIELD_CHARS),
                config.get(ConfigKeys.LIMITS_MAX_BODY_CHARS), config.get(ConfigKeys.LIMITS_MIN_BODY_CHARS),
                config.get(ConfigKeys.INGEST_MAX_FUTURE_SKEW));
    }
}
