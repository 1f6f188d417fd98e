package io.newspulse.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert as JSON to a webhook, asynchronously, with a timeout per call and retries with
 * exponential backoff. A webhook that fails or hangs never fails or stalls the job: after the last retry
 * the alert is logged and counted ({@code webhookFailures}) and the stream goes on; the alert itself is
 * safe in {@code trend_alerts}.
 */
public class WebhookNotifier extends RichAsyncFunction<TrendAlert, String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    static final long FIRST_BACKOFF_MILLIS = 500;

    private final String url;
    private final long timeoutMillis;
    private final int retries;
    private transient HttpClient client;
    private transient Counter delivered;
    private transient Counter failures;

    public WebhookNotifier(String url, Duration timeout, int retries) {
        this.url = url;
        this.timeoutMillis = timeout.toMillis();
        this.retries = retries;
    }

    /** Longest one alert can take over all attempts: the async operator's own timeout. */
    public long worstCaseMillis() {
        long total = 0;
        for (int attempt = 0; attempt <= retries; attempt++) {
            total += timeoutMillis + (attempt == 0 ? 0 : FIRST_BACKOFF_MILLIS << (attempt - 1));
        }
        return total + 1000;
    }

    @Override
    public void open(OpenContext openContext) {
        client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis)).build();
        delivered = getRuntimeContext().getMetricGroup().counter("webhookDelivered");
        failures = getRuntimeContext().getMetricGroup().counter("webhookFailures");
    }

    @Override
    public void asyncInvoke(TrendAlert alert, ResultFuture<String> result) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMillis(timeoutMillis))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", alert.alertId)
                .POST(HttpRequest.BodyPublishers.ofString(AlertJson.of(alert)))
                .build();
        attempt(request, alert, 0).whenComplete((ok, error) -> {
            if (Boolean.TRUE.equals(ok)) {
                delivered.inc();
            } else {
                failures.inc();
                LOG.warn("Webhook gave up on alert {} after {} attempts: {}", alert.alertId, retries + 1,
                        error != null ? error.toString() : "non-2xx responses");
            }
            result.complete(Collections.singleton(alert.alertId));
        });
    }

    private CompletableFuture<Boolean> attempt(HttpRequest request, TrendAlert alert, int attempt) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null && response.statusCode() / 100 == 2)
                .thenCompose(ok -> {
                    if (ok || attempt >= retries) {
                        return CompletableFuture.completedFuture(ok);
                    }
                    long backoff = FIRST_BACKOFF_MILLIS << attempt;
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(backoff, TimeUnit.MILLISECONDS))
                            .thenCompose(x -> attempt(request, alert, attempt + 1));
                });
    }

    @Override
    public void timeout(TrendAlert alert, ResultFuture<String> result) {
        failures.inc();
        LOG.warn("Webhook timed out on alert {}", alert.alertId);
        result.complete(Collections.emptyList());
    }
}
