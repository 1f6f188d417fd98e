package io.newspulse.config;

import java.time.Duration;
import java.util.List;

/**
 * Every configuration key the job understands, with its default and meaning. The README's configuration
 * table is checked against this list by a test, so the two cannot drift apart.
 */
public final class ConfigKeys {
    private ConfigKeys() {}

    // --- where articles come from
    public static final ConfigKey<String> SOURCE_TYPE = new ConfigKey<>("source.type", "files",
            "Where articles come from: `files` (a directory or file of .jsonl/.json/.html/.html.gz) or `kafka`.",
            v -> ValueParsers.oneOf(v, "files", "kafka"));
    public static final ConfigKey<String> SOURCE_PATH = new ConfigKey<>("source.path", "data/sample-feed.jsonl",
            "File or directory read when `source.type` is `files`; subdirectories are read too. At most one reader per"
                    + " file (a reader without a file would end at once and stop checkpoints): split a large backfill into"
                    + " several files to read it in parallel.",
            ValueParsers::nonBlank);
    public static final ConfigKey<String> KAFKA_BOOTSTRAP_SERVERS = new ConfigKey<>("kafka.bootstrap-servers", "localhost:9092",
            "Kafka brokers, `host:port[,host:port…]`.", ValueParsers::hostPorts);
    public static final ConfigKey<String> KAFKA_TOPIC = new ConfigKey<>("kafka.topic", "articles.raw",
            "Topic of JSON article envelopes.", ValueParsers::nonBlank);
    public static final ConfigKey<String> KAFKA_GROUP_ID = new ConfigKey<>("kafka.group-id", "newspulse",
            "Consumer group id (offsets are committed on checkpoints, for monitoring only: Flink restores from its own state).",
            ValueParsers::nonBlank);
    public static final ConfigKey<String> KAFKA_STARTING_OFFSETS = new ConfigKey<>("kafka.starting-offsets", "committed",
            "Where a fresh start begins: `committed` (falls back to earliest), `earliest` or `latest`. Ignored on restore.",
            v -> ValueParsers.oneOf(v, "committed", "earliest", "latest"));
    public static final ConfigKey<String> KAFKA_PROPERTIES_FILE = new ConfigKey<>("kafka.properties-file", null,
            "Optional Java properties file of extra Kafka client settings (security.protocol, sasl.*, ssl.*) for the source "
                    + "and the alerts topic; keeps credentials out of the configuration. Never logged.", ValueParsers::optional);
    public static final ConfigKey<Boolean> KAFKA_BOUNDED = new ConfigKey<>("kafka.bounded", "false",
            "Stop at the offsets that are latest when the job starts (replays and tests); `false` runs forever.",
            ValueParsers::bool);

    // --- event time
    public static final ConfigKey<Duration> WATERMARK_OUT_OF_ORDERNESS = new ConfigKey<>("watermark.out-of-orderness", "1h",
            "How far behind the newest published time an article may arrive and still count as on time.",
            ValueParsers::duration);
    public static final ConfigKey<Duration> WATERMARK_IDLENESS = new ConfigKey<>("watermark.idleness", "1m",
            "A source split silent this long stops holding back the watermark.", ValueParsers::positiveDuration);
    public static final ConfigKey<Duration> INGEST_MAX_FUTURE_SKEW = new ConfigKey<>("ingest.max-future-skew", "1d",
            "Articles published further than this in the future (vs. the wall clock) are rejected, so one bad date cannot jump the watermark.",
            ValueParsers::positiveDuration);

    // --- limits
    public static final ConfigKey<Long> LIMITS_MAX_RECORD_BYTES = new ConfigKey<>("limits.max-record-bytes", "5mb",
            "Largest envelope or page accepted; larger ones are rejected as `record_too_large` without being parsed.",
            v -> ValueParsers.byteSize(v, 1024, 512L * 1024 * 1024));
    public static final ConfigKey<Integer> LIMITS_MAX_TITLE_CHARS = new ConfigKey<>("limits.max-title-chars", "500",
            "Titles longer than this are cut (and the cut is counted).", v -> ValueParsers.intInRange(v, 20, 100_000));
    public static final ConfigKey<Integer> LIMITS_MAX_FIELD_CHARS = new ConfigKey<>("limits.max-field-chars", "2000",
            "Longest url or id accepted (longer: rejected as `field_too_long`); publisher and author names are cut to it.",
            v -> ValueParsers.intInRange(v, 100, 1_000_000));
    public static final ConfigKey<Integer> LIMITS_MAX_BODY_CHARS = new ConfigKey<>("limits.max-body-chars", "100000",
            "Body text longer than this is cut before tagging.", v -> ValueParsers.intInRange(v, 100, 10_000_000));
    public static final ConfigKey<Integer> LIMITS_MIN_BODY_CHARS = new ConfigKey<>("limits.min-body-chars", "80",
            "Articles with less body text than this are rejected as `no_article_text` (empty pages, paywall stubs).",
            v -> ValueParsers.intInRange(v, 0, 100_000));

    // --- dedup
    public static final ConfigKey<Duration> DEDUP_HORIZON = new ConfigKey<>("dedup.horizon", "7d",
            "How long an article id (canonical URL, else url or id) is remembered, so a re-delivered article is counted once.",
            ValueParsers::positiveDuration);

    public static final ConfigKey<Double> DEDUP_MIN_SIMILARITY = new ConfigKey<>("dedup.min-similarity", "0.7",
            "Estimated Jaccard similarity of body 3-shingles (MinHash) at which an article counts as a copy of an earlier one.",
            v -> ValueParsers.doubleInRange(v, 0.3, 1.0));
    public static final ConfigKey<Integer> DEDUP_MAX_BUCKET_ENTRIES = new ConfigKey<>("dedup.max-bucket-entries", "500",
            "Originals kept per MinHash band bucket (the oldest leave first): bounds the work per article when many "
                    + "different articles share a band, e.g. templated spam.", v -> ValueParsers.intInRange(v, 10, 1_000_000));

    // --- tagging
    public static final ConfigKey<Double> TAGGING_MIN_COUNTRY_SALIENCE = new ConfigKey<>("tagging.min-country-salience", "2.0",
            "Salience a country needs for the article to be *about* it (headline mention 3, lead 2, body 1 each).",
            v -> ValueParsers.doubleInRange(v, 0.1, 1000));
    public static final ConfigKey<Double> TAGGING_MIN_COUNTRY_SHARE = new ConfigKey<>("tagging.min-country-share", "0.3",
            "A country must also reach this fraction of the most salient country's salience: what an article is about, "
                    + "not every place it mentions on the way.", v -> ValueParsers.doubleInRange(v, 0, 1));
    public static final ConfigKey<Integer> TAGGING_MAX_COUNTRIES = new ConfigKey<>("tagging.max-countries", "4",
            "Most salient countries kept per article (pairs are formed among them).", v -> ValueParsers.intInRange(v, 1, 20));
    public static final ConfigKey<Double> TAGGING_MIN_TOPIC_SCORE = new ConfigKey<>("tagging.min-topic-score", "3.0",
            "Score a topic needs to be assigned (sum of matched phrase weights, headline matches doubled).",
            v -> ValueParsers.doubleInRange(v, 0.1, 1000));
    public static final ConfigKey<Double> TAGGING_MIN_TOPIC_SHARE = new ConfigKey<>("tagging.min-topic-share", "0.5",
            "A topic is also kept only if its score is at least this fraction of the article's best topic, so side remarks do not make topics.",
            v -> ValueParsers.doubleInRange(v, 0, 1));
    public static final ConfigKey<String> TAGGING_GAZETTEER = new ConfigKey<>("tagging.gazetteer", null,
            "Optional path of a gazetteer YAML that replaces the bundled one.", ValueParsers::optional);
    public static final ConfigKey<String> TAGGING_TAXONOMY = new ConfigKey<>("tagging.taxonomy", null,
            "Optional path of a topic taxonomy YAML that replaces the bundled one.", ValueParsers::optional);

    // --- windows and scores
    public static final ConfigKey<Duration> WINDOW_SIZE = new ConfigKey<>("window.size", "6h",
            "Length of each sliding event-time window.", ValueParsers::positiveDuration);
    public static final ConfigKey<Duration> WINDOW_SLIDE = new ConfigKey<>("window.slide", "1h",
            "How often a new window starts; `window.size` must be a multiple of it.", ValueParsers::positiveDuration);
    public static final ConfigKey<Duration> WINDOW_ALLOWED_LATENESS = new ConfigKey<>("window.allowed-lateness", "6h",
            "How long after a window closes a late article still corrects it; later ones go to `rejected_articles` as `too_late`.",
            ValueParsers::duration);
    public static final ConfigKey<Duration> TREND_HALF_LIFE = new ConfigKey<>("trend.half-life", "72h",
            "Half-life of a series' baseline (EWMA of its share per window). A series silent for ten half-lives is forgotten: its state is dropped and it starts again as new.",
            ValueParsers::positiveDuration);
    public static final ConfigKey<Integer> TREND_MIN_HISTORY = new ConfigKey<>("trend.min-history", "24",
            "Windows a series must have seen before it gets a score (before that `score` is NULL).",
            v -> ValueParsers.intInRange(v, 1, 100_000));
    public static final ConfigKey<Double> TREND_NOISE_FLOOR = new ConfigKey<>("trend.noise-floor", "2.0",
            "β in score = (count − baseline) / (std + β): keeps tiny series from scoring high on one article.",
            v -> ValueParsers.doubleInRange(v, 0.0001, 1_000_000));

    // --- alerts
    public static final ConfigKey<Double> ALERTS_THRESHOLD = new ConfigKey<>("alerts.threshold", "3.0",
            "Score at which a series alerts.", v -> ValueParsers.doubleInRange(v, 0.1, 1000));
    public static final ConfigKey<Double> ALERTS_REARM_THRESHOLD = new ConfigKey<>("alerts.rearm-threshold", "1.0",
            "After an alert, the series alerts again only once its score has fallen below this (one alert per story).",
            v -> ValueParsers.doubleInRange(v, -1000, 1000));
    public static final ConfigKey<Long> ALERTS_MIN_ARTICLES = new ConfigKey<>("alerts.min-articles", "5",
            "Original articles a window needs to alert.", v -> (long) ValueParsers.intInRange(v, 1, 1_000_000));
    public static final ConfigKey<Integer> ALERTS_MIN_SOURCES = new ConfigKey<>("alerts.min-sources", "3",
            "Distinct publishers a window needs to alert (one prolific publisher is not a trend).",
            v -> ValueParsers.intInRange(v, 1, 10_000));
    public static final ConfigKey<Double> ALERTS_MAX_SOURCE_SHARE = new ConfigKey<>("alerts.max-source-share", "0.5",
            "A window alerts only if no single publisher wrote more than this share of its articles.",
            v -> ValueParsers.doubleInRange(v, 0.01, 1.0));
    public static final ConfigKey<Duration> ALERTS_COOLDOWN = new ConfigKey<>("alerts.cooldown", "24h",
            "Least event time between two new alerts of one series.", ValueParsers::duration);
    public static final ConfigKey<Double> ALERTS_ESCALATION_FACTOR = new ConfigKey<>("alerts.escalation-factor", "2.0",
            "A live story whose window count reaches this multiple of the count at its last alert raises an escalation.",
            v -> ValueParsers.doubleInRange(v, 1.01, 1000));
    public static final ConfigKey<String> ALERTS_KAFKA_TOPIC = new ConfigKey<>("alerts.kafka-topic", null,
            "Kafka topic that also receives each alert as JSON (brokers: kafka.bootstrap-servers); unset: table only.",
            ValueParsers::optional);
    public static final ConfigKey<String> ALERTS_WEBHOOK_URL = new ConfigKey<>("alerts.webhook-url", null,
            "HTTP(S) URL that receives each alert as a JSON POST; unset: no webhook.", ValueParsers::httpUrlOrNull);
    public static final ConfigKey<Duration> ALERTS_WEBHOOK_TIMEOUT = new ConfigKey<>("alerts.webhook-timeout", "5s",
            "Timeout of one webhook call.", ValueParsers::positiveDuration);
    public static final ConfigKey<Integer> ALERTS_WEBHOOK_RETRIES = new ConfigKey<>("alerts.webhook-retries", "3",
            "Retries of a failed webhook call (with backoff) before the alert is given up on that channel (logged, counted).",
            v -> ValueParsers.intInRange(v, 0, 20));

    // --- output
    public static final ConfigKey<String> JDBC_URL = new ConfigKey<>("jdbc.url", "jdbc:sqlite:data/newspulse.db",
            "Where trend tables are written: `jdbc:sqlite:FILE` or `jdbc:postgresql://host:port/db`.", ValueParsers::jdbcUrl);
    public static final ConfigKey<String> JDBC_USER = new ConfigKey<>("jdbc.user", null,
            "Database user (PostgreSQL).", ValueParsers::optional);
    public static final ConfigKey<String> JDBC_PASSWORD = new ConfigKey<>("jdbc.password", null,
            "Database password; prefer the `NEWSPULSE_JDBC_PASSWORD` environment variable or `jdbc.password-file`. Never logged.",
            ValueParsers::optional);
    public static final ConfigKey<String> JDBC_PASSWORD_FILE = new ConfigKey<>("jdbc.password-file", null,
            "Optional file whose first line is the database password (e.g. a mounted secret).", ValueParsers::optional);
    public static final ConfigKey<Integer> JDBC_BATCH_SIZE = new ConfigKey<>("jdbc.batch-size", "500",
            "Rows per JDBC batch (alerts are written one at a time, as they come).", v -> ValueParsers.intInRange(v, 1, 100_000));
    public static final ConfigKey<Duration> JDBC_BATCH_INTERVAL = new ConfigKey<>("jdbc.batch-interval", "2s",
            "Longest a row waits in a batch before it is written (trend windows and rejects).", ValueParsers::positiveDuration);
    public static final ConfigKey<Integer> JDBC_MAX_RETRIES = new ConfigKey<>("jdbc.max-retries", "5",
            "Retries of a failed batch before the job fails over (and restores from its last checkpoint).",
            v -> ValueParsers.intInRange(v, 0, 100));
    public static final ConfigKey<Boolean> JDBC_CREATE_TABLES = new ConfigKey<>("jdbc.create-tables", "true",
            "Create missing tables and indexes at start (idempotent).", ValueParsers::bool);

    // --- runtime
    public static final ConfigKey<Duration> CHECKPOINT_INTERVAL = new ConfigKey<>("checkpoint.interval", "30s",
            "Checkpoint interval; sinks flush on every checkpoint.", ValueParsers::positiveDuration);
    public static final ConfigKey<Integer> PARALLELISM = new ConfigKey<>("parallelism", "0",
            "Job parallelism; `0` keeps the cluster's default (local runs: 2). SQLite output is always written by one task.",
            v -> ValueParsers.intInRange(v, 0, 10_000));

    public static final List<ConfigKey<?>> ALL = List.of(
            SOURCE_TYPE, SOURCE_PATH,
            KAFKA_BOOTSTRAP_SERVERS, KAFKA_TOPIC, KAFKA_GROUP_ID, KAFKA_STARTING_OFFSETS, KAFKA_PROPERTIES_FILE, KAFKA_BOUNDED,
            WATERMARK_OUT_OF_ORDERNESS, WATERMARK_IDLENESS, INGEST_MAX_FUTURE_SKEW,
            LIMITS_MAX_RECORD_BYTES, LIMITS_MAX_TITLE_CHARS, LIMITS_MAX_FIELD_CHARS, LIMITS_MAX_BODY_CHARS, LIMITS_MIN_BODY_CHARS,
            DEDUP_HORIZON, DEDUP_MIN_SIMILARITY, DEDUP_MAX_BUCKET_ENTRIES,
            TAGGING_MIN_COUNTRY_SALIENCE, TAGGING_MIN_COUNTRY_SHARE, TAGGING_MAX_COUNTRIES, TAGGING_MIN_TOPIC_SCORE, TAGGING_MIN_TOPIC_SHARE, TAGGING_GAZETTEER, TAGGING_TAXONOMY,
            WINDOW_SIZE, WINDOW_SLIDE, WINDOW_ALLOWED_LATENESS,
            TREND_HALF_LIFE, TREND_MIN_HISTORY, TREND_NOISE_FLOOR,
            ALERTS_THRESHOLD, ALERTS_REARM_THRESHOLD, ALERTS_MIN_ARTICLES, ALERTS_MIN_SOURCES, ALERTS_MAX_SOURCE_SHARE, ALERTS_COOLDOWN,
            ALERTS_ESCALATION_FACTOR, ALERTS_KAFKA_TOPIC, ALERTS_WEBHOOK_URL, ALERTS_WEBHOOK_TIMEOUT, ALERTS_WEBHOOK_RETRIES,
            JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_PASSWORD_FILE, JDBC_BATCH_SIZE, JDBC_BATCH_INTERVAL, JDBC_MAX_RETRIES, JDBC_CREATE_TABLES,
            CHECKPOINT_INTERVAL, PARALLELISM);
}
